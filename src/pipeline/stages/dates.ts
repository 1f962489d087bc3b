/**
 * Find every date and time phrase of an article's summary and body, and resolve each against
 * the publication's local day (the day printed in the byline, in the outlet's zone), the tense
 * of its sentence and the last date mentioned before it.
 */
import { formatDay, fromDayNumber, parseDay, type CalendarValue } from '../dates/calendar.ts';
import type { DateExpression } from '../dates/expressions.ts';
import { findDatePhrases, refusedYearNumbers, type DatePhrase } from '../dates/find-dates.ts';
import { resolveDate, type ResolvedDate } from '../dates/resolve-date.ts';
import { judgeYearDistance } from '../dates/year-evidence.ts';
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { DateMention, Paragraph, PublishedInstant, RefusedYear, TimexType } from '../types.ts';

/** The date phrases of an article, and the numbers that look like years but were not read as dates. */
export type FoundDates = Staged<DateMention[]> & { readonly refusedYears: RefusedYear[] };

/** The parts of an article the dates are read from. */
export interface DatedText {
  readonly summary: string | null;
  readonly body: readonly Paragraph[];
  readonly published: PublishedInstant | null;
}

/**
 * Whether later phrases may count from this one. A comparison (`a year earlier`, `the
 * year-earlier quarter`, `the 1988 period`, `two years ago`) is not what the text goes on to
 * speak of, and a reference has no date.
 */
function anchorsLater(expression: DateExpression, value: CalendarValue): boolean {
  if (value.precision === 'reference' || expression.kind === 'ago') return false;
  if (expression.kind === 'anaphoric') return !expression.counted;
  if (expression.kind === 'quarter' || expression.kind === 'half') {
    return expression.year.type !== 'mention' && !(expression.kind === 'quarter' && expression.quarter === null && expression.year.type === 'explicit');
  }
  return true;
}

/** TimeML's type of a phrase: a length, a recurrence, a time of day (its value has a `T`), or a date. */
function timexType(expression: DateExpression, value: string): TimexType {
  if (expression.kind === 'duration') return 'DURATION';
  if (expression.kind === 'set') return 'SET';
  return /^[\dX]{4}-\d{2}-\d{2}T/.test(value) ? 'TIME' : 'DATE';
}

function mention(paragraph: string, text: string, phrase: DatePhrase, resolved: ResolvedDate): Omit<DateMention, 'type'> {
  return {
    phrase: text.slice(phrase.start, phrase.end),
    paragraph,
    offset: phrase.start,
    value: resolved.value,
    start: resolved.range === null ? null : formatDay(resolved.range.first),
    end: resolved.range === null ? null : formatDay(resolved.range.last),
    precision: resolved.precision,
  };
}

/**
 * The paragraphs dates are read from, in reading order: the summary (id `summary`), then the body.
 *
 * @example readingOrder({ summary: 'In brief.', body: [{ id: 'p-1', text: 'First.' }] }) // [{ id: 'summary', … }, { id: 'p-1', … }]
 */
export function readingOrder(text: Pick<DatedText, 'summary' | 'body'>): Paragraph[] {
  return text.summary === null ? [...text.body] : [{ id: 'summary', text: text.summary }, ...text.body];
}

/**
 * Find and resolve the date phrases of the summary and body, in reading order.
 *
 * A briefing without a publication date still gets its phrases; those that count from that day
 * (`last week`, `Monday`, `Aug. 7`) keep TimeML's `X` for what is unknown and no calendar days.
 *
 * @example findDates({ summary: null, body: [{ id: 'p-1', text: 'Trump said Monday…' }], published: { iso: '2025-12-30T23:15:00+05:30', zone: 'IST' } }).value
 *   // [{ phrase: 'Monday', paragraph: 'p-1', offset: 11, value: '2025-12-29', start: '2025-12-29', end: '2025-12-29', precision: 'day', type: 'DATE' }]
 */
export function findDates(text: DatedText): FoundDates {
  // The ISO stamp carries the outlet's own offset, so its date part is the local day of publication.
  const today = text.published === null ? null : parseDay(text.published.iso);
  const publishedYear = today === null ? null : fromDayNumber(today).year;
  const dates: DateMention[] = [];
  const refusedYears: RefusedYear[] = [];
  let last: CalendarValue | null = null;
  let lastDay: number | null = null;
  let period: CalendarValue | null = null;
  let unanchored = 0;
  for (const paragraph of readingOrder(text)) {
    const phrases = findDatePhrases(paragraph.text);
    const refused: RefusedYear[] = [];
    const refuse = (start: number, end: number, rule: RefusedYear['rule']) =>
      refused.push({ text: paragraph.text.slice(start, end), paragraph: paragraph.id, offset: start, rule });
    for (const phrase of phrases) {
      const { expression } = phrase;
      const far = expression.kind === 'year' ? judgeYearDistance(expression.year, expression.evidence, publishedYear) : null;
      if (far !== null) {
        refuse(phrase.start, phrase.end, far);
        continue;
      }
      const resolved = resolveDate(phrase.expression, { today, tense: phrase.tense, last, lastDay, period });
      const type = timexType(phrase.expression, resolved.value);
      if (type === 'DURATION' || type === 'SET') {
        const set = phrase.expression.kind === 'set' ? phrase.expression : null;
        dates.push({
          ...mention(paragraph.id, paragraph.text, phrase, resolved),
          type,
          ...(set?.quant == null ? {} : { quant: set.quant }),
          ...(set?.freq == null ? {} : { freq: set.freq }),
        });
        continue;
      }
      if (resolved.calendar !== null && anchorsLater(phrase.expression, resolved.calendar)) {
        last = resolved.calendar;
        if (period === null && last.precision === 'quarter') period = last;
        if (last.precision === 'day' || last.precision === 'time') lastDay = last.day;
      }
      if (resolved.calendar === null) unanchored += 1;
      dates.push({ ...mention(paragraph.id, paragraph.text, phrase, resolved), type });
    }
    for (const number of refusedYearNumbers(paragraph.text, phrases)) refuse(number.start, number.end, number.rule);
    refusedYears.push(...refused.sort((a, b) => a.offset - b.offset));
  }
  const diagnostics: Diagnostic[] = [];
  if (unanchored > 0) {
    diagnostics.push(
      warning(
        'dates-undated',
        `Found ${unanchored} date phrase${unanchored === 1 ? '' : 's'} that count from the publication day, but the briefing has no publication date; kept them with unknown parts (such as XXXX-WXX) and left them off the timeline`,
      ),
    );
  }
  return { value: dates, refusedYears, diagnostics };
}
