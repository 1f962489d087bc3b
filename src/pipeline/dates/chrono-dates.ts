/**
 * What chrono-node reads well: dates written in digits, in the orders it knows (`12/30/2025`,
 * `2025-12-30`, `2025-12-30T23:15`), with any time beside them. The news grammar reads dates with
 * their month named and clock times itself, so chrono is only asked about paragraphs with a date
 * in digits. Only the values chrono is certain of are kept; the year of a date written without
 * one is left to the resolver, which knows the publication day and the tense.
 */
import { strict, type ParsedComponents } from 'chrono-node';
import type { Clock } from './calendar.ts';
import type { DateExpression } from './expressions.ts';

/** A phrase chrono found: its character range in the text and what it says. */
export interface ChronoMatch {
  readonly start: number;
  readonly end: number;
  readonly expression: DateExpression;
}

/** Chrono keeps a leading preposition in its text; a TimeML phrase does not. */
const LEADING_WORD = /^(?:at|on|in|by|from|since|until|till|of|before|after|around|about)\s+/i;

/** A clock time as news writes it: `5 p.m.`, `10:35`, `noon`; chrono also reads `$1.01 a share` as 1:01 a.m. */
const WRITTEN_CLOCK = /\d\s*[ap]\.?\s?m\b|\d:\d\d|\bnoon\b|\bmidnight\b/i;

/**
 * A date with its month named, or all three parts in digits. Chrono also reads fractions (`1/4`)
 * as dates, and counts from its reference (`the weeks before`); the grammar reads those.
 */
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

/** A date in digits: `12/30/2025`, `2025-12-30`, `30.12.2025`. */
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

/** A fixed reference: chrono's own guesses from it are never used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Find dates written in digits in a paragraph with chrono-node's strict English parser.
 *
 * @example findChronoDates('The order is dated 12/25/2025.') // [{ start: 19, end: 29, expression: { kind: 'month-day', year: 2025, month: 12, day: 25, … } }]
 */
export function findChronoDates(text: string): ChronoMatch[] {
  // The grammar reads dates with their month named and clock times; chrono is asked only
  // about paragraphs with a date in digits, which keeps it off the many that have none.
  if (!NUMERIC_DATE.test(text)) return [];
  const found: ChronoMatch[] = [];
  for (const result of strict.parse(text, REFERENCE)) {
    const expression = toExpression(result.start);
    if (expression === null || !isWrittenOut(expression, result.text)) continue;
    const lead = LEADING_WORD.exec(result.text)?.[0].length ?? 0;
    const phrase = result.text.slice(lead).replace(/[\s,]+$/, '');
    found.push({ start: result.index + lead, end: result.index + lead + phrase.length, expression });
  }
  return found;
}

function isWrittenOut(expression: DateExpression, text: string): boolean {
  if (!/[0-9]/.test(text) || (expression.kind === 'month-day' && !WRITTEN_DATE.test(text))) return false;
  const hasClock = expression.kind === 'clock' || ((expression.kind === 'month-day' || expression.kind === 'weekday') && expression.clock !== null);
  return !hasClock || WRITTEN_CLOCK.test(text);
}

function toExpression(components: ParsedComponents): DateExpression | null {
  const known = (component: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') =>
    components.isCertain(component) ? components.get(component) : null;
  const month = known('month');
  const day = known('day');
  const hour = known('hour');
  const clock: Clock | null = hour === null ? null : { hour, minute: known('minute') ?? 0 };
  const weekday = known('weekday');
  const isoWeekday = weekday === null ? null : weekday === 0 ? 7 : weekday;
  if (month !== null && day !== null) {
    return { kind: 'month-day', year: known('year'), month, day, weekday: isoWeekday, clock };
  }
  if (clock === null) return null;
  if (isoWeekday !== null) return { kind: 'weekday', weekday: isoWeekday, direction: null, clock, fromLast: false };
  return { kind: 'clock', clock };
}
