/**
 * Find the date and time phrases of one paragraph: the news grammar's, chrono-node's and the
 * lengths and recurrences of `durations.ts`, merged
 * (the longer phrase wins where they overlap, and a clock time joins the day beside it:
 * `9 a.m. Tuesday`), each with the tense of the words around it.
 */
import type { Clock } from './calendar.ts';
import { findChronoDates } from './chrono-dates.ts';
import { findDurations } from './durations.ts';
import type { DateExpression } from './expressions.ts';
import { findGrammarDates } from './news-grammar.ts';
import { splitSentences, type SentenceRange } from './sentences.ts';
import { guessTense, type Tense } from './tense.ts';
import { tokenize, type Tokens } from './tokens.ts';
import { judgeYearShape, type YearRefusal } from './year-evidence.ts';

/** A date phrase of a paragraph, not yet placed on the calendar. */
export interface DatePhrase {
  /** Character range of the phrase in the paragraph, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly expression: DateExpression;
  readonly tense: Tense;
  /** The sentence the phrase stands in. */
  readonly sentence: SentenceRange;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly expression: DateExpression;
}

/** What may stand between a day and its time: `Tuesday, 9 a.m.`, `Nov. 9 at 5 p.m.`, `9 a.m. on Tuesday`. */
const DAY_THEN_CLOCK = /^\s*(?:,\s*)?(?:at\s+)?$/;
const CLOCK_THEN_DAY = /^\s*(?:,\s*)?(?:on\s+)?$/;

/**
 * Find the date phrases of a paragraph, in reading order.
 *
 * @example findDatePhrases('Trump said Monday he will act next week.').map((p) => p.expression.kind) // ['weekday', 'relative']
 */
export function findDatePhrases(text: string): DatePhrase[] {
  const tokens = tokenize(text);
  const toRange = ({ first, end, expression }: { first: number; end: number; expression: DateExpression }): Candidate => ({
    start: tokens.starts[first] ?? 0,
    end: tokens.ends[end - 1] ?? 0,
    expression,
  });
  const grammar = findGrammarDates(tokens).map(toRange);
  // Dates come first, so a date wins a tie with a length read from the same words (`the past year`).
  const merged = joinClocks(text, keepLongest([...grammar, ...findChronoDates(text), ...findDurations(tokens).map(toRange)]));
  if (merged.length === 0) return [];
  const sentences = splitSentences(text);
  return merged.map((candidate) => {
    const sentence = sentences.find((range) => candidate.start < range.end) ?? { start: 0, end: text.length };
    return { ...candidate, sentence, tense: isPossessive(text, candidate.end) ? 'past' : tenseAround(tokens, sentence, candidate) };
  });
}

/**
 * Whether a phrase is followed by `'s`. News names an event by its day once it has happened
 * (`Wednesday's ruling`, `last week's vote`), whatever the tense of the sentence around it.
 */
function isPossessive(text: string, end: number): boolean {
  const next = text.charAt(end);
  return (next === "'" || next === '’') && text.charAt(end + 1) === 's' && !/\p{L}/u.test(text.charAt(end + 2));
}

/** Of overlapping phrases, keep the longest (the first found on a tie). */
function keepLongest(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    let previous = kept.at(-1);
    if (previous === undefined || previous.end <= candidate.start) {
      kept.push(candidate);
      continue;
    }
    if (candidate.end - candidate.start <= previous.end - previous.start) continue;
    while (previous !== undefined && previous.end > candidate.start && previous.end - previous.start < candidate.end - candidate.start) {
      kept.pop();
      previous = kept.at(-1);
    }
    if (previous === undefined || previous.end <= candidate.start) kept.push(candidate);
  }
  return kept;
}

/** Join a clock time and the day beside it into one phrase. */
function joinClocks(text: string, phrases: readonly Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const phrase of phrases) {
    const previous = joined.at(-1);
    if (previous !== undefined) {
      const gap = text.slice(previous.end, phrase.start);
      const merged =
        previous.expression.kind === 'clock' && CLOCK_THEN_DAY.test(gap)
          ? setClock(phrase.expression, previous.expression.clock)
          : phrase.expression.kind === 'clock' && DAY_THEN_CLOCK.test(gap)
            ? setClock(previous.expression, phrase.expression.clock)
            : null;
      if (merged !== null) {
        joined[joined.length - 1] = { start: previous.start, end: phrase.end, expression: merged };
        continue;
      }
    }
    joined.push(phrase);
  }
  return joined;
}

/** A day phrase with a time of day, or null when the phrase is not a single day or has a time already. */
function setClock(expression: DateExpression, clock: Clock): DateExpression | null {
  switch (expression.kind) {
    case 'month-day':
    case 'weekday':
      return expression.clock === null ? { ...expression, clock } : null;
    case 'relative':
    case 'anaphoric':
      return expression.unit === 'day' && expression.clock === null ? { ...expression, clock } : null;
    default:
      return null;
  }
}

function tenseAround(tokens: Tokens, sentence: SentenceRange, phrase: Candidate): Tense {
  const tokenAt = (offset: number) => {
    let low = 0;
    let high = tokens.count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((tokens.starts[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return guessTense(tokens, tokenAt(sentence.start), tokenAt(sentence.end), tokenAt(phrase.start), tokenAt(phrase.end));
}

/** A number that looks like a year and was not read as one. */
export interface RefusedNumber {
  readonly start: number;
  readonly end: number;
  readonly rule: YearRefusal;
}

/** Four digits that could be a year: what `refusedYearNumbers` looks at. */
const YEAR_LIKE = /(?<!\d)[12]\d{3}(?!\d)/;

/**
 * The numbers of a paragraph that look like years (four digits, 1000 to 2099) but have not the
 * shape of one, outside the date phrases found (given in order), each with the rule that refused it.
 *
 * @example refusedYearNumbers('Exports rose to 2000 tonnes.', []) // [{ start: 16, end: 20, rule: 'year-count' }]
 */
export function refusedYearNumbers(text: string, phrases: readonly { readonly start: number; readonly end: number }[]): RefusedNumber[] {
  if (!YEAR_LIKE.test(text)) return [];
  const tokens = tokenize(text);
  const refused: RefusedNumber[] = [];
  let next = 0;
  for (let index = 0; index < tokens.count; index += 1) {
    const start = tokens.starts[index] ?? 0;
    while (next < phrases.length && (phrases[next]?.end ?? 0) <= start) next += 1;
    const phrase = phrases[next];
    if (phrase !== undefined && phrase.start <= start) continue;
    const shape = judgeYearShape(tokens, index);
    if (shape !== null && shape !== 'year') refused.push({ start, end: tokens.ends[index] ?? start, rule: shape });
  }
  return refused;
}
