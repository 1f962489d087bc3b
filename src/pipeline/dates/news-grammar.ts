/**
 * The news date grammar: finds a paragraph's date and time phrases as news writes them, keeping
 * what each says and no more: dates with their month named (`Aug. 7, 1998`, `July 1997`), clock
 * times, weekdays, bare years, relative phrases (`last week`, `earlier this month`, `three years
 * ago`), quarters, halves, seasons, decades, holidays, references (`now`, `recently`) and phrases
 * counted from the last date mentioned (`the previous day`, `a year earlier`). Dates written in
 * digits are chrono-node's (`chrono-dates.ts`).
 *
 * It reads tokens left to right and tries, at each token that can start a phrase, the rules
 * that token can start; the longest match wins. Every rule looks at a bounded number of tokens,
 * so the whole scan is linear in the paragraph's length.
 */
import type { Clock, DayPart } from './calendar.ts';
import type { DateExpression, Direction, Part, YearSpec } from './expressions.ts';
import {
  AMBIGUOUS_MONTHS,
  DAY_PARTS,
  HOLIDAYS,
  LONGEST_HOLIDAY,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  ORDINALS,
  SEASONS,
  TENS_WORDS,
  UNITS,
  WEEKDAYS,
} from './lexicon.ts';
import { MARK, NUMBER, TokenReader, WORD, type Tokens } from './tokens.ts';
import { vaguePastEnd, yearByItsEnd } from './durations.ts';
import { isPastVerb } from './tense.ts';
import { judgeYearShape, yearEvidence } from './year-evidence.ts';

/** Words that date from the day of writing: `this week`, `today`. */
const DEICTIC_WORDS = new Set(['this', 'next', 'last', 'today', 'tonight', 'tomorrow', 'yesterday']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '``']);

/** A phrase the grammar found: token range `[first, end)` and what it says. */
export interface GrammarMatch {
  readonly first: number;
  readonly end: number;
  readonly expression: DateExpression;
}

interface Match {
  readonly end: number;
  readonly expression: DateExpression;
}

type Rule = (grammar: Grammar, index: number) => Match | null;

type MonthDay = Extract<DateExpression, { kind: 'month-day' }>;

const DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['last', -1],
  ['this', 0],
  ['next', 1],
]);

/** Words that put a phrase in a part of its span: `early 2025`, `late November`. */
const PART_WORDS: ReadonlyMap<string, Part> = new Map([
  ['early', 'early'],
  ['mid', 'mid'],
  ['late', 'late'],
  ['earlier', 'earlier'],
  ['later', 'later'],
]);

/** `the end of`, `the beginning of`…: parts of a span said with a noun. */
const PART_NOUNS: ReadonlyMap<string, Part> = new Map([
  ['end', 'late'],
  ['beginning', 'early'],
  ['start', 'early'],
  ['middle', 'mid'],
]);

/** Days of the month as ordinal words, as transcripts write them: `March eighth`. */
const DAY_ORDINALS: ReadonlyMap<string, number> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  ].map((word, index): [string, number] => [word, index + 1]).concat([['thirtieth', 30]]),
);

/** Words before a month name that make a common word such as `May` or `March` a month. */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'through', 'during', 'of', 'to', 'before', 'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'between', 'and']);

/** Words before a season name that make `fall` or `spring` a season. */
const SEASON_CONTEXT = new Set(['in', 'into', 'since', 'until', 'till', 'by', 'during', 'through', 'throughout', 'over', 'this', 'last', 'next', 'early', 'late', 'mid', 'that']);

/** Words an adjective such as `recent` or `current` is not followed by. */
const FUNCTION_WORDS = new Set(['in', 'of', 'and', 'or', 'to', 'for', 'on', 'at', 'by', 'with', 'from', 'is', 'are', 'was', 'were']);

/** Vague amounts: `several years ago` is some time in the past, no more. */
const VAGUE_AMOUNTS = new Set(['several', 'few', 'many', 'some']);

/** Approximations kept in an `ago` phrase, as TimeML does: `nearly four years ago`. */
const APPROXIMATIONS = new Set(['about', 'nearly', 'almost', 'some', 'roughly', 'around', 'approximately', 'over', 'under', 'just', 'only', 'barely', 'exactly']);

/**
 * Find the date phrases of a tokenized paragraph.
 *
 * @example findGrammarDates(tokenize('Trump said Monday that last week…')) // Monday (weekday 1), last week (week, -1)
 */
export function findGrammarDates(tokens: Tokens): GrammarMatch[] {
  const grammar = new Grammar(tokens);
  const found: GrammarMatch[] = [];
  for (let index = 0; index < tokens.count; ) {
    const match = grammar.matchAt(index);
    if (match === null) {
      index += 1;
    } else {
      const pair = match.expression.kind === 'month-day' ? readSecondDay(grammar, match.end, match.expression) : null;
      found.push({ first: index, end: match.end, expression: pair?.first ?? match.expression });
      index = match.end;
      if (pair !== null) {
        found.push(pair.second);
        index = pair.second.end;
      }
    }
  }
  return found;
}

/** Words that may follow the second day of `April 24 and 25` (besides a mark). */
const AFTER_SECOND_DAY = new Set(['in', 'at', 'on', 'for', 'with', 'when', 'while']);

/**
 * The second day of `April 24 and 25`, `March 6-8, 2024`: a later day of the same month. A year
 * written after it is the first day's too. `Aug. 7 and 12 others` is a count, so the day must end
 * the phrase.
 */
function readSecondDay(g: Grammar, at: number, first: MonthDay): { first: MonthDay; second: GrammarMatch } | null {
  const joined = g.is(at, 'and', 'or', 'to', 'through') || g.isMark(at, '-') || g.isMark(at, '–');
  const day = joined && g.isNumber(at + 1) ? g.dayOfMonth(at + 1) : null;
  if (day === null || day.day <= first.day) return null;
  const written = g.year(g.isMark(day.next, ',') ? day.next + 1 : day.next);
  const end = written?.next ?? day.next;
  if (!g.endsPhrase(end) && !AFTER_SECOND_DAY.has(g.word(end))) return null;
  const year = first.year ?? written?.year ?? null;
  return { first: { ...first, year }, second: { first: at + 1, end, expression: { ...first, day: day.day, year, weekday: null, clock: null } } };
}

/** Token-level reading helpers shared by the rules. */
class Grammar extends TokenReader {
  private inDayPhrase = false;

  /** Try every rule the token can start; keep the longest match. */
  /**
   * Whether a deictic word written with a capital inside a sentence is part of a name: `VOA Today`,
   * ABC's "This Week". After a comma and a quote (`he said, "Today we…`) it opens a sentence.
   */
  isTitledDeictic(index: number): boolean {
    if (!DEICTIC_WORDS.has(this.word(index)) || !this.capitalized(index)) return false;
    const before = OPENING_QUOTES.has(this.word(index - 1)) && !this.isWord(index - 1) ? index - 2 : index - 1;
    return before >= 0 && this.isWord(before);
  }

  matchAt(index: number): Match | null {
    const kind = this.tokens.kinds[index];
    const word = this.word(index);
    const rules = kind === NUMBER ? NUMBER_RULES : kind === WORD ? WORD_RULES.get(word) : MARK_RULES.get(word);
    if (rules === undefined) return null;
    // `the` and `a` start most noun phrases: look at the next word before trying every rule.
    const followers = word === 'the' ? AFTER_THE : word === 'a' ? AFTER_A : null;
    if (followers !== null && this.tokens.kinds[index + 1] === WORD && !followers.has(this.word(index + 1))) return null;
    if (this.isTitledDeictic(index)) return null;
    let best: Match | null = null;
    for (const rule of rules) {
      const match = rule(this, index);
      if (match !== null && (best === null || match.end > best.end)) best = match;
    }
    return best;
  }

  /** Whether the phrase ends at `index`: end of text, or the next token is a mark other than a hyphen. */
  endsPhrase(index: number): boolean {
    return index >= this.tokens.count || (this.tokens.kinds[index] === MARK && this.word(index) !== '-');
  }

  /** A hyphen glued on both sides (`third-quarter`), returning the index after it, or -1. */
  hyphen(index: number): number {
    return this.isMark(index, '-') && this.glued(index) && this.glued(index + 1) ? index + 1 : -1;
  }

  /** A possessive `'s` (either apostrophe) at `index`, returning the index after it, or -1. */
  possessive(index: number): number {
    return (this.isMark(index, "'") || this.isMark(index, '’')) && this.glued(index) && this.is(index + 1, 's') && this.glued(index + 1) ? index + 2 : -1;
  }

  /** A month name or abbreviation (`Sept.`); `strict` also accepts names that are common words. */
  month(index: number, strict: boolean): { month: number; next: number } | null {
    const word = this.word(index);
    const month = MONTHS.get(word);
    if (month === undefined || !this.capitalized(index)) return null;
    const abbreviated = isMonthAbbreviation(word);
    let next = index + 1;
    // `Sept.` takes its period; `December.` ends a sentence.
    const dotted = abbreviated && this.isMark(next, '.') && this.glued(next);
    if (dotted) next += 1;
    if (abbreviated && !dotted && !strict) return null;
    if (AMBIGUOUS_MONTHS.has(word) && !strict && !(abbreviated && dotted)) return null;
    return { month, next };
  }

  /**
   * A phrase naming one day at `index` (`last Tuesday`, `Aug. 7`, `Christmas`, `yesterday`), or
   * null. It does not look further for another count (`the day before the day before…`), so a
   * chain of them costs no more than one.
   */
  dayPhrase(index: number): Match | null {
    if (this.inDayPhrase) return null;
    this.inDayPhrase = true;
    const match = this.matchAt(index);
    this.inDayPhrase = false;
    if (match === null) return null;
    const { expression } = match;
    const isDay = expression.kind === 'month-day' || expression.kind === 'weekday' || expression.kind === 'holiday' || (expression.kind === 'relative' && expression.unit === 'day');
    return isDay ? match : null;
  }

  /** Whether a month name stands between `the` and a noun it modifies: `the March accession`, `the May elections`. */
  isMonthModifier(index: number): boolean {
    const next = index + 1;
    return this.is(index - 1, 'the') && this.isWord(next) && !this.capitalized(next) && !FUNCTION_WORDS.has(this.word(next));
  }

  /** Whether the word is a month abbreviation written without its period: `Jan`, `Sept`. */
  isBareAbbreviation(index: number): boolean {
    const word = this.word(index);
    return MONTHS.has(word) && isMonthAbbreviation(word) && !(this.isMark(index + 1, '.') && this.glued(index + 1));
  }

  /** A day of the month, `7`, `7th` or `seventh`, not part of a larger number or a clock time. */
  dayOfMonth(index: number): { day: number; next: number } | null {
    const spoken = DAY_ORDINALS.get(this.word(index));
    if (spoken !== undefined) return { day: spoken, next: index + 1 };
    if (this.word(index) === 'twenty' || this.word(index) === 'thirty') {
      const ones = this.hyphen(index + 1) > 0 ? DAY_ORDINALS.get(this.word(index + 2)) : undefined;
      if (ones !== undefined && ones < 10) return { day: (this.word(index) === 'twenty' ? 20 : 30) + ones, next: index + 3 };
      return null;
    }
    if (!this.isNumber(index) || this.word(index).length > 2) return null;
    const day = Number(this.word(index));
    if (day < 1 || day > 31) return null;
    let next = index + 1;
    if (ORDINAL_SUFFIXES.has(this.word(next)) && this.glued(next)) next += 1;
    if ((this.isMark(next, ':') || this.isMark(next, '.') || this.isMark(next, '%')) && this.glued(next) && this.isNumber(next + 1)) return null;
    if (this.isMark(next, '%')) return null;
    return { day, next };
  }

  /**
   * A year: four digits from 1000 to 2099 with the shape of one (not `$1990`, `2000 tonnes`,
   * `GTX 1660`: `year-evidence.ts`), `'98`, or spoken (`nineteen ninety-six`).
   */
  year(index: number): { year: number; next: number } | null {
    if (this.isNumber(index)) {
      return judgeYearShape(this.tokens, index) === 'year' ? { year: Number(this.word(index)), next: index + 1 } : null;
    }
    if ((this.isMark(index, "'") || this.isMark(index, '’')) && this.isNumber(index + 1) && this.glued(index + 1) && this.word(index + 1).length === 2) {
      if (this.is(index + 2, 's') && this.glued(index + 2)) return null;
      const short = Number(this.word(index + 1));
      return { year: short >= 30 ? 1900 + short : 2000 + short, next: index + 2 };
    }
    return this.spokenYear(index);
  }

  /** `nineteen ninety-six`, `nineteen eighty`, `two thousand`, `two thousand and one`. */
  spokenYear(index: number): { year: number; next: number } | null {
    if (this.is(index, 'nineteen')) {
      const tens = TENS_WORDS.get(this.word(index + 1));
      if (tens === undefined) return null;
      const ones = this.hyphen(index + 2) > 0 ? NUMBER_WORDS.get(this.word(index + 3)) : undefined;
      return ones !== undefined && ones > 0 && ones < 10 ? { year: 1900 + tens + ones, next: index + 4 } : { year: 1900 + tens, next: index + 2 };
    }
    if (this.is(index, 'two') && this.is(index + 1, 'thousand')) {
      const andAt = this.is(index + 2, 'and') ? index + 3 : index + 2;
      const ones = NUMBER_WORDS.get(this.word(andAt));
      return ones !== undefined && ones > 0 && ones < 20 ? { year: 2000 + ones, next: andAt + 1 } : { year: 2000, next: index + 2 };
    }
    return null;
  }

  /** A number of units: `three`, `3`, `a`, `an`, `a couple of`; null amount for `several`, `a few`. */
  amount(index: number): { amount: number | null; next: number } | null {
    const word = this.word(index);
    if (this.isNumber(index)) {
      if (this.glued(index) && !this.isMark(index - 1, '(')) return null;
      return word.length <= 3 && !(this.isMark(index + 1, '.') && this.isNumber(index + 2)) && !this.isMark(index + 1, ',') ? { amount: Number(word), next: index + 1 } : null;
    }
    if (word === 'a' || word === 'an') {
      if (this.is(index + 1, 'few')) return { amount: null, next: index + 2 };
      if (this.is(index + 1, 'couple') && this.is(index + 2, 'of')) return { amount: 2, next: index + 3 };
      return { amount: 1, next: index + 1 };
    }
    if (VAGUE_AMOUNTS.has(word)) return { amount: null, next: index + 1 };
    const number = NUMBER_WORDS.get(word) ?? TENS_WORDS.get(word);
    if (number === undefined || number === 0) return null;
    if (this.hyphen(index + 1) > 0) {
      const ones = NUMBER_WORDS.get(this.word(index + 2));
      if (ones !== undefined && ones < 10) return { amount: number + ones, next: index + 3 };
    }
    return { amount: number, next: index + 1 };
  }

  /** `morning`, `afternoon`, `evening`, `night` after a day. */
  dayPart(index: number): { clock: Clock; next: number } | null {
    const part: DayPart | undefined = DAY_PARTS.get(this.word(index));
    return part === undefined ? null : { clock: { part }, next: index + 1 };
  }

  /** `of 1998`, `of this year`, `of last year`, `1998`, `last year` after a quarter, month or season. */
  yearSuffix(index: number, allowBare: boolean): { year: YearSpec; next: number } | null {
    let at = index;
    const hasOf = this.is(at, 'of');
    const comma = !hasOf && this.isMark(at, ',') && allowBare;
    if (hasOf || comma) at += 1;
    if (hasOf && this.is(at, 'fiscal')) at += 1;
    const year = this.year(at);
    if (year !== null && (hasOf || allowBare)) return { year: { type: 'explicit', year: year.year }, next: year.next };
    if (hasOf && this.is(at, 'the') && this.is(at + 1, 'year') && !this.glued(at + 2)) return { year: { type: 'relative', shift: 0 }, next: at + 2 };
    const direction = DIRECTIONS.get(this.word(at));
    if (direction !== undefined && !comma && this.is(at + 1, 'year') && !this.isMark(at + 2, '-')) {
      return { year: { type: 'relative', shift: direction }, next: at + 2 };
    }
    return null;
  }
}

/** Whether a month word is an abbreviation (`aug`, `sept`), not a full name (`may`, `june`). */
function isMonthAbbreviation(word: string): boolean {
  return word.length <= 4 && word !== 'june' && word !== 'july' && word !== 'may';
}

// ---- Rules ------------------------------------------------------------------------------

/** `Aug. 7, 1998`, `Friday, Oct. 23`, `30 December 2025`, `the 5th of May`, `July 1997`. */
const monthDay: Rule = (g, index) => {
  let at = index;
  let weekday: number | null = null;
  const named = WEEKDAYS.get(g.word(at));
  if (named !== undefined && g.capitalized(at)) {
    weekday = named;
    at += 1;
    if (g.isMark(at, ',')) at += 1;
  }
  const leadingThe = weekday === null && g.is(at, 'the');
  if (leadingThe) at += 1;
  // Month first: `Aug. 7, 1998`, `July 1997`.
  const followed = g.isNumber(at + 1) || g.isNumber(at + 2) || g.spokenYear(at + 1) !== null || (g.capitalized(at) && g.dayOfMonth(at + 1) !== null);
  const month = leadingThe ? null : g.month(at, followed);
  if (month !== null) {
    const day = g.dayOfMonth(month.next);
    if (day !== null) {
      let end = day.next;
      let year: number | null = null;
      const afterComma = g.isMark(end, ',') ? end + 1 : end;
      const written = g.year(afterComma);
      if (written !== null) {
        year = written.year;
        end = written.next;
      }
      return { end, expression: { kind: 'month-day', year, month: month.month, day: day.day, weekday, clock: null } };
    }
    const year = g.year(g.isMark(month.next, ',') ? month.next + 1 : month.next);
    if (year !== null && weekday === null) {
      return { end: year.next, expression: { kind: 'month', month: month.month, year: { type: 'explicit', year: year.year }, part: null } };
    }
    return null;
  }
  // Day first: `30 December 2025`, `the 5th of May`.
  const day = g.dayOfMonth(at);
  if (day === null) return null;
  let next = day.next;
  const hasOf = g.is(next, 'of');
  if (hasOf) next += 1;
  if (leadingThe && !hasOf) return null;
  const dayFirst = g.month(next, true);
  if (dayFirst === null) return null;
  if (AMBIGUOUS_MONTHS.has(g.word(next)) && !hasOf && g.year(dayFirst.next) === null) return null;
  const year = g.year(dayFirst.next);
  return {
    end: year?.next ?? dayFirst.next,
    expression: { kind: 'month-day', year: year?.year ?? null, month: dayFirst.month, day: day.day, weekday, clock: null },
  };
};

/** `April`, `last April`, `early December`, `mid-November`, `the end of November`, `November of last year`. */
const monthName: Rule = (g, index) => {
  let at = index;
  let part: Part | null = null;
  let direction: Direction | null = null;
  const modifier = readPart(g, at);
  if (modifier !== null) {
    part = modifier.part;
    at = modifier.next;
  }
  const named = DIRECTIONS.get(g.word(at));
  if (named !== undefined && !g.is(at, 'this') && g.month(at + 1, true) !== null) {
    direction = named;
    at += 1;
  } else if (g.is(at, 'this') && g.month(at + 1, true) !== null) {
    direction = 0;
    at += 1;
  }
  // `Jan Kavan`, `Mar Roxas`: a month abbreviation without its period and with no day or year is a name.
  const contextual = (at > index || MONTH_CONTEXT.has(g.word(index - 1)) || g.isMonthModifier(at)) && !g.isBareAbbreviation(at);
  const month = g.month(at, contextual);
  // `last Oct. 23` is a day: the month-day rule reads it from the month on.
  if (month === null || g.dayOfMonth(month.next) !== null) return null;
  const suffix = g.yearSuffix(month.next, true);
  const year: YearSpec = suffix?.year ?? (direction === null ? { type: 'implied' } : direction === 0 ? { type: 'relative', shift: 0 } : { type: 'direction', direction });
  return { end: suffix?.next ?? month.next, expression: { kind: 'month', month: month.month, year, part } };
};

/** `early`, `late`, `mid-`, `mid`, `the end of`, `the beginning of` before a span. */
function readPart(g: Grammar, index: number): { part: Part; next: number } | null {
  const word = g.word(index);
  const part = PART_WORDS.get(word);
  if (part !== undefined && part !== 'earlier' && part !== 'later') {
    const hyphen = g.hyphen(index + 1);
    return { part, next: hyphen > 0 ? hyphen : index + 1 };
  }
  if (g.is(index, 'the') && PART_NOUNS.has(g.word(index + 1)) && g.is(index + 2, 'of')) {
    return { part: PART_NOUNS.get(g.word(index + 1)) ?? 'mid', next: index + 3 };
  }
  if ((word === 'end' || word === 'beginning' || word === 'start') && g.is(index + 1, 'of')) {
    return { part: PART_NOUNS.get(word) ?? 'mid', next: index + 2 };
  }
  return null;
}

/** `1998`, `early 1990`, `mid-1996`, `fiscal 1989`, `the end of 1990`, `the year 2000`, `nineteen ninety-six`. */
const year: Rule = (g, index) => {
  let at = index;
  let part: Part | null = null;
  const modifier = readPart(g, at);
  if (modifier !== null) {
    part = modifier.part;
    at = modifier.next;
  }
  if (g.is(at, 'fiscal') || g.is(at, 'calendar')) {
    at += 1;
    if (g.is(at, 'year')) at += 1;
  } else if (g.is(at, 'the') && g.is(at + 1, 'year')) {
    at += 2;
  }
  const written = g.year(at);
  if (written === null) return null;
  if (g.isMark(at, "'") || g.isMark(at, '’')) {
    // `'98` alone is too often a score or a model; only after a modifier or `fiscal`.
    if (at === index) return null;
  }
  // `1990s` and `1990's` are decades.
  if (g.is(written.next, 's') && g.glued(written.next)) return null;
  if (g.possessive(written.next) > 0 && g.glued(written.next) && g.is(written.next + 2, 's')) return null;
  // A bare year in digits carries the evidence of the words before it, weighed once the publication is known.
  const evidence = at === index && g.isNumber(at) ? yearEvidence(g.tokens, at) : 'lead';
  return { end: written.next, expression: { kind: 'year', year: written.year, part, evidence } };
};

/** Decades said in words, by their tens: `the nineties` is the '90s. */
const DECADE_WORDS: ReadonlyMap<string, number> = new Map(
  [...TENS_WORDS].map(([word, tens]): [string, number] => [`${word.slice(0, -1)}ies`, tens / 10]),
);

/** `the 1990s`, `the late 1970s`, `the mid-1990s`, `the '80s`, `the 80s`, `1990's`, `the early nineties`. */
const decade: Rule = (g, index) => {
  // `in their mid-50s`, `his early 60s`: an age.
  if (g.is(index - 1, 'his', 'her', 'their', 'my', 'your', 'our')) return null;
  let at = index;
  if (g.is(at, 'the')) at += 1;
  let part: Part | null = null;
  const modifier = readPart(g, at);
  if (modifier !== null) {
    part = modifier.part;
    at = modifier.next;
  }
  // In words only after `the` (`in his sixties` is an age), and not as a temperature (`the sixties Fahrenheit`).
  const spoken = DECADE_WORDS.get(g.word(at));
  if (spoken !== undefined) {
    if (!g.is(index, 'the') || !g.isWord(at) || g.is(at + 1, 'degrees', 'fahrenheit', 'celsius')) return null;
    return { end: at + 1, expression: { kind: 'decade', decade: null, shortDecade: spoken, part } };
  }
  let apostrophe = false;
  if (g.isMark(at, "'") || g.isMark(at, '’')) {
    apostrophe = true;
    at += 1;
  }
  if (!g.isNumber(at) || (apostrophe && !g.glued(at))) return null;
  const digits = g.word(at);
  let next = at + 1;
  if ((g.isMark(next, "'") || g.isMark(next, '’')) && g.glued(next)) next += 1;
  if (!(g.is(next, 's') && g.glued(next))) return null;
  if (digits.length === 4 && digits.endsWith('0')) {
    const value = Number(digits) / 10;
    if (value < 100 || value > 209) return null;
    return { end: next + 1, expression: { kind: 'decade', decade: value, shortDecade: value % 10, part } };
  }
  if (digits.length === 2 && digits.endsWith('0') && (apostrophe || at > index)) {
    return { end: next + 1, expression: { kind: 'decade', decade: null, shortDecade: Number(digits) / 10, part } };
  }
  return null;
};

/** `the 20th century`, `the nineteenth century`. */
const century: Rule = (g, index) => {
  let at = index;
  if (g.is(at, 'the')) at += 1;
  let ordinal: number | null = null;
  if (g.isNumber(at) && ORDINAL_SUFFIXES.has(g.word(at + 1)) && g.glued(at + 1)) {
    ordinal = Number(g.word(at));
    at += 2;
  } else {
    const words: Record<string, number> = { nineteenth: 19, twentieth: 20, eighteenth: 18, seventeenth: 17, sixteenth: 16, fifteenth: 15 };
    if (g.is(at, 'twenty') && g.hyphen(at + 1) > 0 && g.is(at + 2, 'first')) {
      ordinal = 21;
      at += 3;
    } else if (words[g.word(at)] !== undefined) {
      ordinal = words[g.word(at)] ?? null;
      at += 1;
    }
  }
  if (ordinal === null || ordinal < 1 || ordinal > 21 || !g.is(at, 'century')) return null;
  return { end: at + 1, expression: { kind: 'century', century: ordinal - 1 } };
};

/** Words before `quarter` that name which one without a number. */
const QUARTER_WORDS: ReadonlyMap<string, 'latest' | 'current' | 'last' | 'next'> = new Map([
  ['latest', 'latest'],
  ['recent', 'latest'],
  ['current', 'current'],
  ['last', 'last'],
  ['past', 'last'],
  ['previous', 'last'],
  ['prior', 'last'],
  ['next', 'next'],
  ['coming', 'next'],
]);

/**
 * `the third quarter`, `third-quarter`, `the fiscal first quarter`, `the 1988 second quarter`,
 * `this year's third quarter`, `the third quarter of 1990`, `the year-earlier quarter`,
 * `the latest quarter`, `the year-ago period`, `the first half of 1990`, `second-half`.
 */
const quarterOrHalf: Rule = (g, index) => {
  let at = index;
  const determiner = g.is(at, 'the', 'its', 'a', 'that', 'this', 'their');
  if (determiner) at += 1;
  let year: YearSpec | null = null;
  let which: 'latest' | 'current' | 'last' | 'next' | 'mention' | null = null;
  // Year before the quarter: `this year's`, `the 1988`, `fiscal 1990's`, `year-earlier`.
  const direction = DIRECTIONS.get(g.word(at));
  if (direction !== undefined && g.is(at + 1, 'year') && g.possessive(at + 2) > 0) {
    year = { type: 'relative', shift: direction };
    at = g.possessive(at + 2);
  }
  if (g.is(at, 'fiscal')) at += 1;
  const written = g.isNumber(at) ? g.year(at) : null;
  if (written !== null && year === null) {
    year = { type: 'explicit', year: written.year };
    at = g.possessive(written.next) > 0 ? g.possessive(written.next) : written.next;
  }
  if (g.is(at, 'comparable', 'corresponding', 'same')) at += 1;
  if (g.is(at, 'year') && (g.hyphen(at + 1) > 0 || g.is(at + 1, 'earlier', 'ago')) && g.is(at + 2, 'earlier', 'ago')) {
    which = 'mention';
    year = { type: 'mention', shift: -1 };
    at += g.hyphen(at + 1) > 0 ? 3 : 2;
  } else if (QUARTER_WORDS.has(g.word(at)) && year === null) {
    which = QUARTER_WORDS.get(g.word(at)) ?? null;
    at += 1;
  }
  if (g.is(at, 'fiscal')) at += 1;
  if (g.hyphen(at) > 0 && g.is(at + 1, 'fiscal')) at += 2;
  if (g.is(at, 'first', 'last') && g.is(at + 1, 'two') && g.is(at + 2, 'quarters')) {
    // `the first two quarters` is the first half.
    const suffix = g.yearSuffix(at + 3, false);
    return { end: suffix?.next ?? at + 3, expression: { kind: 'half', half: g.is(at, 'first') ? 1 : 2, year: suffix?.year ?? year ?? { type: 'implied' } } };
  }
  // The ordinal: `third`, `3rd`, `final`.
  let ordinal: number | null = null;
  const word = ORDINALS.get(g.word(at));
  if (word !== undefined && word > 0 && word <= 4) {
    ordinal = word;
    at += 1;
  } else if (g.is(at, 'final') && which === null) {
    ordinal = 4;
    at += 1;
  } else if (g.isNumber(at) && ORDINAL_SUFFIXES.has(g.word(at + 1)) && g.glued(at + 1) && Number(g.word(at)) <= 4) {
    ordinal = Number(g.word(at));
    at += 2;
  }
  if (ordinal !== null) {
    const hyphen = g.hyphen(at);
    // `a third-quarter loss`, `its fiscal fourth-quarter results`: the quarter is an adjective and
    // the determiner belongs to the noun; the phrase starts after it (read from the next word).
    const adjectiveOnly = at === index + 2 || (at === index + 3 && g.is(index + 1, 'fiscal'));
    if (hyphen > 0 && determiner && adjectiveOnly) return null;
    if (hyphen > 0) at = hyphen;
    if (g.is(at, 'fiscal')) at += 1;
  }
  const unit = g.word(at);
  const isPeriod = unit === 'period' && ordinal === null && (which === 'mention' || which === 'latest' || (year !== null && year.type === 'explicit'));
  if (unit !== 'quarter' && unit !== 'half' && !isPeriod) return null;
  // `a quarter-century`, `quarter-to-quarter`, `a quarter of the market` are not periods.
  if (g.hyphen(at + 1) > 0 || (ordinal === null && g.is(index, 'a') && which === null)) return null;
  if (unit === 'half' && (ordinal === null || ordinal > 2) && !g.is(at - 1, 'last', 'latter')) return null;
  let end = at + 1;
  if (g.isWord(end) && g.is(end, 's') && g.glued(end)) return null;
  const suffix = g.yearSuffix(end, false);
  if (suffix !== null) {
    year = suffix.year;
    end = suffix.next;
  } else if (g.is(end, 'a') && g.is(end + 1, 'year') && g.is(end + 2, 'ago', 'earlier')) {
    year = { type: 'mention', shift: -1 };
    end += 3;
  } else if (g.is(end, 'of') && !g.isWord(end + 1) && ordinal === null) {
    return null;
  }
  if (unit === 'half') {
    const half = ordinal === null ? 2 : ordinal;
    // `half of the people`: only a half of a year, said or implied, is a date.
    if (g.is(end, 'of') && suffix === null) return null;
    if (!determiner && ordinal === null) return null;
    return { end, expression: { kind: 'half', half, year: year ?? { type: 'implied' } } };
  }
  if (ordinal !== null) {
    // `third-quarter` with no determiner is fine; a bare `third quarter` needs nothing more either.
    return { end, expression: { kind: 'quarter', quarter: ordinal, year: year ?? { type: 'implied' } } };
  }
  if (which === 'current') return { end, expression: { kind: 'relative', unit: 'quarter', shift: 0, part: null, clock: null } };
  // `the latest quarter`: the last one completed.
  if (which === 'latest') return { end, expression: { kind: 'relative', unit: 'quarter', shift: -1, part: null, clock: null } };
  if (which === 'next') return { end, expression: { kind: 'relative', unit: 'quarter', shift: 1, part: null, clock: null } };
  if (which === 'last' && !determiner) return { end, expression: { kind: 'relative', unit: 'quarter', shift: -1, part: null, clock: null } };
  if (!determiner && year === null && which === null) return null;
  return { end, expression: { kind: 'quarter', quarter: null, year: year ?? { type: 'mention', shift: 0 } } };
};

/** `the first week of August`, `the last week of May 2024`, `the week of March 6`. */
const monthWeek: Rule = (g, index) => {
  if (!g.is(index, 'the')) return null;
  if (g.is(index + 1, 'week') && g.is(index + 2, 'of')) {
    const day = monthDay(g, index + 3);
    return day !== null && day.expression.kind === 'month-day' ? { end: day.end, expression: { kind: 'week-of', day: day.expression } } : null;
  }
  let ordinal = ORDINALS.get(g.word(index + 1));
  let at = index + 2;
  if (ordinal === undefined && g.isNumber(index + 1) && ORDINAL_SUFFIXES.has(g.word(index + 2)) && g.glued(index + 2)) {
    ordinal = Number(g.word(index + 1));
    at = index + 3;
  }
  if (ordinal === undefined || ordinal > 4 || !g.is(at, 'week') || !g.is(at + 1, 'of')) return null;
  const month = g.month(at + 2, true);
  if (month === null) return null;
  const year = g.year(g.isMark(month.next, ',') ? month.next + 1 : month.next);
  return { end: year?.next ?? month.next, expression: { kind: 'month-week', ordinal, month: month.month, year: year?.year ?? null } };
};

/** `last fall`, `this summer`, `the summer of 1998`, `summer 1998`, `early spring`. */
const season: Rule = (g, index) => {
  let at = index;
  let part: Part | null = null;
  let year: YearSpec | null = null;
  const hasThe = g.is(at, 'the');
  if (hasThe) at += 1;
  const modifier = hasThe ? null : readPart(g, at);
  if (modifier !== null) {
    part = modifier.part;
    at = modifier.next;
  }
  const direction = DIRECTIONS.get(g.word(at));
  if (g.is(at, 'this') && g.is(at + 1, 'past')) {
    year = { type: 'direction', direction: -1 };
    at += 2;
  } else if (g.is(at, 'that') && !hasThe && modifier === null) {
    // `that summer`: the season of the year just spoken of.
    year = { type: 'mention', shift: 0 };
    at += 1;
  } else if (direction !== undefined && !hasThe) {
    year = direction === 0 ? { type: 'relative', shift: 0 } : { type: 'direction', direction };
    at += 1;
  } else if (g.is(at, 'past') && !hasThe) {
    year = { type: 'direction', direction: -1 };
    at += 1;
  }
  const name = SEASONS.get(g.word(at));
  if (name === undefined) return null;
  let end = at + 1;
  if (g.is(end, 's') && g.glued(end)) return null;
  const suffix = g.yearSuffix(end, true);
  if (suffix !== null) {
    year = suffix.year;
    end = suffix.next;
  }
  const introduced = year !== null || part !== null || SEASON_CONTEXT.has(g.word(index - 1));
  if (!introduced) return null;
  // `the fall of Rome`, `spring in Paris`: a season followed by `of` or `in` names something else.
  if (suffix === null && g.is(end, 'of')) return null;
  if ((name === 'FA' || name === 'SP') && year === null && part === null && !hasThe) return null;
  return { end, expression: { kind: 'season', season: name, year: year ?? { type: 'implied' }, part } };
};

/** Nouns after `today's` that mean the present age: `today's world`, `in today's dollars`. */
const NOWADAYS_NOUNS = new Set(['world', 'youth', 'young', 'society', 'generation', 'children', 'kids', 'standards', 'dollars', 'terms']);

/** `today`, `tonight`, `yesterday morning`, `late yesterday`, `this afternoon`, `last night`, `overnight`, `the day before yesterday`. */
const deicticDay: Rule = (g, index) => {
  let at = index;
  let part: Part | null = null;
  const partWord = PART_WORDS.get(g.word(at));
  if (partWord !== undefined && g.is(at + 1, 'today', 'yesterday', 'tomorrow', 'tonight')) {
    part = partWord;
    at += 1;
  }
  if (g.is(at, 'the') && g.is(at + 1, 'day') && g.is(at + 2, 'before', 'after') && g.is(at + 3, 'yesterday', 'tomorrow')) {
    const shift = g.is(at + 2, 'before') ? (g.is(at + 3, 'yesterday') ? -2 : 0) : g.is(at + 3, 'tomorrow') ? 2 : 0;
    return { end: at + 4, expression: { kind: 'relative', unit: 'day', shift, part: null, clock: null } };
  }
  const shifts: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
  const word = g.word(at);
  if (shifts[word] !== undefined) {
    // `today's youth`, `by today's standards` speak of the present age, not of the day.
    const possessive = g.possessive(at + 1);
    if (word === 'today' && possessive > 0 && NOWADAYS_NOUNS.has(g.word(possessive))) return null;
    let clock: Clock | null = word === 'tonight' ? { part: 'NI' } : null;
    let end = at + 1;
    const dayPart = word === 'tonight' ? null : g.dayPart(end);
    if (dayPart !== null) {
      clock = dayPart.clock;
      end = dayPart.next;
    }
    return { end, expression: { kind: 'relative', unit: 'day', shift: shifts[word] ?? 0, part, clock } };
  }
  if (part !== null) return null;
  if (g.is(at, 'this') && g.dayPart(at + 1) !== null && !g.is(at + 1, 'night')) {
    return { end: at + 2, expression: { kind: 'relative', unit: 'day', shift: 0, part: null, clock: g.dayPart(at + 1)?.clock ?? null } };
  }
  if (g.is(at, 'last') && g.is(at + 1, 'night', 'evening')) {
    return { end: at + 2, expression: { kind: 'relative', unit: 'day', shift: -1, part: null, clock: g.dayPart(at + 1)?.clock ?? null } };
  }
  // `Asian shares fell overnight`: news counts it as the night just past. Before its noun
  // (`overnight rates`, `an overnight stay`) it names a kind of thing.
  if (g.is(at, 'overnight') && !(g.isWord(at + 1) && !FUNCTION_WORDS.has(g.word(at + 1)))) {
    return { end: at + 1, expression: { kind: 'relative', unit: 'day', shift: -1, part: null, clock: { part: 'NI' } } };
  }
  return null;
};

/** `Monday`, `last Friday`, `Wednesday night`, `early Tuesday`, `noon Saturday`. */
const weekday: Rule = (g, index) => {
  let at = index;
  let direction: Direction | null = null;
  let clock: Clock | null = null;
  const named = NAMED_CLOCKS.get(g.word(at));
  if (named !== undefined) {
    clock = named;
    at += 1;
  } else if (g.is(at, 'this') && g.is(at + 1, 'past')) {
    at += 2;
  } else if (g.is(at, 'this') && g.is(at + 1, 'coming')) {
    direction = 1;
    at += 2;
  } else if (DIRECTIONS.has(g.word(at))) {
    direction = DIRECTIONS.get(g.word(at)) ?? null;
    at += 1;
  } else if (g.is(at, 'early', 'late')) {
    at += 1;
  }
  const day = WEEKDAYS.get(g.word(at));
  if (day === undefined || !g.capitalized(at)) return null;
  let end = at + 1;
  if (g.isMark(end, '.') && g.glued(end) && g.word(at).length < 6) end += 1;
  else if (g.word(at).length < 6) return null;
  const dayPart = clock === null ? g.dayPart(end) : null;
  if (dayPart !== null) {
    clock = dayPart.clock;
    end = dayPart.next;
  }
  return { end, expression: { kind: 'weekday', weekday: day, direction, clock, fromLast: false } };
};

/** Calendar units a relative phrase can count in. */
const RELATIVE_UNITS: ReadonlyMap<string, 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century'> = new Map([
  ['week', 'week'],
  ['weekend', 'weekend'],
  ['month', 'month'],
  ['year', 'year'],
  ['decade', 'decade'],
  ['century', 'century'],
]);

/**
 * `last week`, `this year`, `next month`, `earlier this month`, `late last week`, `early next
 * year`, `the past year`, `this past weekend`, `the end of the month`, `year-end`, `the weekend`.
 */
const relative: Rule = (g, index) => {
  // `the year ended March 31` is a company's year, read as a length.
  if (yearByItsEnd(g.tokens, index) > 0) return null;
  let at = index;
  let part: Part | null = null;
  const partWord = PART_WORDS.get(g.word(at));
  if (partWord !== undefined) {
    part = partWord;
    at += g.hyphen(at + 1) > 0 ? 2 : 1;
  } else {
    const modifier = readPart(g, at);
    if (modifier !== null) {
      part = modifier.part;
      at = modifier.next;
    }
  }
  // `year-end`, `year end`, `year's end`.
  if (g.is(at, 'year')) {
    const after = g.hyphen(at + 1) > 0 ? at + 2 : g.possessive(at + 1) > 0 ? at + 3 : at + 1;
    return g.is(after, 'end') ? { end: after + 1, expression: { kind: 'relative', unit: 'year', shift: 0, part: 'late', clock: null } } : null;
  }
  // `the full year`, `the fiscal year`: the publication's year, as financial reports count it.
  if (g.is(at, 'the') && g.is(at + 1, 'full', 'fiscal') && g.is(at + 2, 'year') && g.hyphen(at + 3) < 0) {
    return { end: at + 3, expression: { kind: 'relative', unit: 'year', shift: 0, part, clock: null } };
  }
  let shift: number | null = null;
  let unitAt = at + 1;
  const word = g.word(at);
  if (word === 'this' && g.is(at + 1, 'past')) {
    shift = -1;
    unitAt = at + 2;
  } else if (DIRECTIONS.has(word)) {
    shift = DIRECTIONS.get(word) ?? 0;
  } else if (word === 'the' && g.is(at + 1, 'past', 'current', 'coming')) {
    shift = g.is(at + 1, 'past') ? -1 : g.is(at + 1, 'current') ? 0 : 1;
    unitAt = at + 2;
  } else if (word === 'past' || word === 'coming' || word === 'current') {
    shift = word === 'past' ? -1 : word === 'coming' ? 1 : 0;
  } else if (word === 'the' && (part !== null || g.is(at + 1, 'weekend', 'year'))) {
    // `the end of the month`, `the weekend`, `the year`.
    shift = 0;
  } else if (word === 'in' && g.is(at + 1, 'the') && (part === 'earlier' || part === 'later')) {
    shift = 0;
    unitAt = at + 2;
  }
  if (shift === null) return null;
  if (g.is(unitAt, 'fiscal') && g.is(unitAt + 1, 'year')) unitAt += 1;
  const unit = RELATIVE_UNITS.get(g.word(unitAt));
  if (unit === undefined) return null;
  // `the past decade`, `the past century` are the ten or hundred years up to now, not the last
  // calendar decade: a length, read with the other stretches.
  if ((unit === 'decade' || unit === 'century') && shift === -1 && word !== 'last' && part === null) return null;
  const end = unitAt + 1;
  // `the past week's`, `last year's` are fine; `the past weeks`, `last-year` are not dates, and
  // `the year before` counts from another date.
  if ((g.is(end, 's') && g.glued(end)) || g.hyphen(end) > 0) return null;
  if (word === 'the' && part === null && g.is(end, 'before', 'after', 'earlier', 'later', 'ago')) return null;
  // `the last weekend of the festival`, `the next week of the trial`: a part of an event, counted
  // within it and not from the publication.
  if (g.is(at - 1, 'the') && g.is(end, 'of')) return null;
  if (unit === 'weekend' && shift === 0 && word === 'the' && part === null) {
    return { end, expression: { kind: 'relative', unit, shift: 0, part: null, clock: null } };
  }
  return { end, expression: { kind: 'relative', unit, shift, part, clock: null } };
};

/**
 * `three years ago`, `nearly four years ago`, `a year ago`, `years ago`, counted from the last
 * date mentioned: `a year earlier`, `two days later`, and from a day named after it: `two days
 * after Christmas`.
 */
const ago: Rule = (g, index) => {
  let at = index;
  if (APPROXIMATIONS.has(g.word(at)) || (g.is(at, 'more', 'less') && g.is(at + 1, 'than'))) {
    at += g.is(at + 1, 'than') ? 2 : 1;
  }
  const counted = g.amount(at);
  let amount: number | null = null;
  if (counted !== null) {
    amount = counted.amount;
    at = counted.next;
  } else if (at !== index) {
    return null;
  }
  const unit = UNITS.get(g.word(at));
  if (unit === undefined) return null;
  const plural = g.word(at) !== unit;
  if (counted === null && !plural) return null;
  // `a week or so ago`.
  const end = g.is(at + 1, 'or') && g.is(at + 2, 'so') ? at + 3 : at + 1;
  if (g.is(end, 'ago')) {
    if (amount === null) return { end: end + 1, expression: { kind: 'reference', reference: 'PAST_REF' } };
    return { end: end + 1, expression: { kind: 'ago', unit, amount } };
  }
  if (counted === null || amount === null) return null;
  const later = g.is(end, 'later', 'after') ? 1 : g.is(end, 'earlier', 'before') ? -1 : 0;
  if (later === 0) return null;
  if (g.is(end, 'before', 'after') && !g.endsPhrase(end + 1)) {
    // `two days after Christmas` counts from the day named; `two days before the vote` from an event.
    const base = g.dayPhrase(end + 1);
    if (base === null || (unit !== 'day' && unit !== 'week')) return null;
    return { end: base.end, expression: { kind: 'shifted', unit, amount: later * amount, base: base.expression } };
  }
  return { end: end + 1, expression: { kind: 'anaphoric', unit, shift: later * amount, clock: null, part: null, counted: true } };
};

/** Units an anaphoric phrase can name, with the part of the day when it is one. */
const ANAPHORIC_UNITS: ReadonlyMap<string, { unit: 'day' | 'week' | 'month' | 'year'; clock: Clock | null }> = new Map([
  ['day', { unit: 'day', clock: null }],
  ['week', { unit: 'week', clock: null }],
  ['month', { unit: 'month', clock: null }],
  ['year', { unit: 'year', clock: null }],
  ['morning', { unit: 'day', clock: { part: 'MO' } }],
  ['afternoon', { unit: 'day', clock: { part: 'AF' } }],
  ['evening', { unit: 'day', clock: { part: 'EV' } }],
  ['night', { unit: 'day', clock: { part: 'NI' } }],
]);

const ANAPHORIC_SHIFTS: ReadonlyMap<string, number> = new Map([
  ['previous', -1],
  ['preceding', -1],
  ['prior', -1],
  ['following', 1],
  ['same', 0],
]);

/**
 * `the previous day`, `the next day`, `the following week`, `that day`, `the same day`,
 * `earlier that day`, `later that year`, `the day before.`, `the year after.`, `year-earlier`, `the year`,
 * `the previous Friday`, and counted from a day named after it: `the day before last Tuesday`.
 */
const anaphoric: Rule = (g, index) => {
  let at = index;
  let part: Part | null = null;
  const partWord = PART_WORDS.get(g.word(at));
  if (partWord === 'earlier' || partWord === 'later') {
    part = partWord;
    at += 1;
  }
  // `year-earlier`, `year-ago` as adjectives: the same period a year before.
  if (part === null && g.is(at, 'year') && g.hyphen(at + 1) > 0 && g.is(at + 2, 'earlier', 'ago')) {
    return { end: at + 3, expression: { kind: 'anaphoric', unit: 'year', shift: -1, clock: null, part: null, counted: true } };
  }
  let shift: number | null = null;
  let unitAt = at + 1;
  if (g.is(at, 'that')) {
    shift = 0;
    if (g.is(at + 1, 'same')) unitAt += 1;
  } else if (g.is(at, 'the') && part === null) {
    const named = ANAPHORIC_SHIFTS.get(g.word(at + 1));
    const weekday = WEEKDAYS.get(g.word(at + 2));
    if (named !== undefined && named !== 0 && weekday !== undefined && g.capitalized(at + 2) && g.word(at + 2).length >= 6) {
      // `the previous Friday`: the Friday before the day just mentioned.
      return { end: at + 3, expression: { kind: 'weekday', weekday, direction: named < 0 ? -1 : 1, clock: null, fromLast: true } };
    }
    if (named !== undefined) {
      shift = named;
      unitAt = at + 2;
    } else if (g.is(at + 1, 'next') && g.is(at + 2, 'day', 'morning')) {
      shift = 1;
      unitAt = at + 2;
    } else if (g.is(at + 1, 'day') && g.is(at + 2, 'before', 'after') && !g.endsPhrase(at + 3)) {
      // `the day before last Tuesday`.
      const base = g.dayPhrase(at + 3);
      return base === null ? null : { end: base.end, expression: { kind: 'shifted', unit: 'day', amount: g.is(at + 2, 'before') ? -1 : 1, base: base.expression } };
    } else if (g.is(at + 1, 'day', 'night', 'week', 'month', 'year') && g.is(at + 2, 'before', 'after') && g.endsPhrase(at + 3)) {
      // `the day before.`, `from the year before`: the one before the date just spoken of.
      const unit = ANAPHORIC_UNITS.get(g.word(at + 1));
      return {
        end: at + 3,
        expression: { kind: 'anaphoric', unit: unit?.unit ?? 'day', shift: g.is(at + 2, 'before') ? -1 : 1, clock: unit?.clock ?? null, part: null, counted: false },
      };
    } else if (g.is(at + 1, 'week') && g.hyphen(at + 2) < 0 && !g.is(at + 2, 'before', 'after', 'earlier', 'ago', 's')) {
      return { end: at + 2, expression: { kind: 'anaphoric', unit: 'week', shift: 0, clock: null, part: null, counted: false } };
    }
  }
  if (shift === null) return null;
  const unit = ANAPHORIC_UNITS.get(g.word(unitAt));
  if (unit === undefined) return null;
  const end = unitAt + 1;
  if (g.is(end, 's') && g.glued(end)) return null;
  return { end, expression: { kind: 'anaphoric', unit: unit.unit, shift, clock: unit.clock, part, counted: false } };
};

/** `now`, `currently`, `current`, `recently`, `recent years`, `the past`, `the future`, `the coming months`, `soon`. */
const reference: Rule = (g, index) => {
  const word = g.word(index);
  // `SUBSCRIBE NOW`, `OUT NOW`: words in capitals are page furniture, not time.
  if (g.isAllCaps(index)) return null;
  // `Now, he says, …` opens a sentence as a turn in the story, not as a time.
  if (word === 'now' && g.capitalized(index) && g.isMark(index + 1, ',')) return null;
  if (word === 'now' || word === 'currently' || word === 'presently' || word === 'nowadays') {
    return { end: index + 1, expression: { kind: 'reference', reference: 'PRESENT_REF' } };
  }
  if (word === 'right' && g.is(index + 1, 'now')) return { end: index + 2, expression: { kind: 'reference', reference: 'PRESENT_REF' } };
  if (word === 'current' && !g.is(index + 1, 'quarter', 'year', 'month', 'week')) {
    return g.isWord(index + 1) && !FUNCTION_WORDS.has(g.word(index + 1)) ? { end: index + 1, expression: { kind: 'reference', reference: 'PRESENT_REF' } } : null;
  }
  if (word === 'these' && g.is(index + 1, 'days')) return { end: index + 2, expression: { kind: 'reference', reference: 'PRESENT_REF' } };
  if (word === 'at' && g.is(index + 1, 'present')) return { end: index + 2, expression: { kind: 'reference', reference: 'PRESENT_REF' } };
  if (word === 'recently') return { end: index + 1, expression: { kind: 'reference', reference: 'PAST_REF' } };
  // `will soon begin`, `as soon as possible`; `soon after the vote` and `as soon as he arrives` count from an event,
  // and `he was soon released`, `a trickle that soon became a flood` from the story's own past, not from today.
  const narrated = g.is(index - 1, 'was', 'were', 'had') || isPastVerb(g.tokens, index + 1);
  if (word === 'soon' && !narrated && !g.is(index + 1, 'after', 'afterward', 'afterwards', 'before', 'thereafter', 'as') && !g.is(index - 1, 'as')) {
    return { end: index + 1, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  }
  if (word === 'as' && g.is(index + 1, 'soon') && g.is(index + 2, 'as') && g.is(index + 3, 'possible')) {
    return { end: index + 4, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  }
  if ((word === 'more' || word === 'most') && g.is(index + 1, 'recently')) {
    return { end: index + 2, expression: { kind: 'reference', reference: 'PAST_REF' } };
  }
  if (word === 'recent') {
    const unit = UNITS.get(g.word(index + 1));
    const plural = unit !== undefined && g.word(index + 1) !== unit;
    if (plural) {
      // `recent weeks and months`.
      const more = g.is(index + 2, 'and', 'or') && UNITS.has(g.word(index + 3)) && g.word(index + 3) !== UNITS.get(g.word(index + 3));
      return { end: more ? index + 4 : index + 2, expression: { kind: 'reference', reference: 'PAST_REF' } };
    }
    // `recent talks`, not `Recent in Sports`; `the recent sale`, `a recent offering` describe the thing, which news annotators leave unmarked.
    if (g.is(index - 1, 'the', 'a', 'an')) return null;
    return g.isWord(index + 1) && !FUNCTION_WORDS.has(g.word(index + 1)) ? { end: index + 1, expression: { kind: 'reference', reference: 'PAST_REF' } } : null;
  }
  const vaguePast = vaguePastEnd(g.tokens, index);
  if (vaguePast > 0) return { end: vaguePast, expression: { kind: 'reference', reference: 'PAST_REF' } };
  if (word === 'the' && g.is(index + 1, 'past') && !g.isNumber(index + 2) && !UNITS.has(g.word(index + 2)) && !g.is(index + 2, 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'ten')) {
    return { end: index + 2, expression: { kind: 'reference', reference: 'PAST_REF' } };
  }
  if (word === 'the' && (g.is(index + 1, 'future') || (g.is(index + 1, 'near') && g.is(index + 2, 'future')))) {
    return { end: g.is(index + 1, 'near') ? index + 3 : index + 2, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  }
  // `in the near term`, `over the long term`, `at a later date`: some time ahead.
  if (word === 'the' && g.is(index + 1, 'near', 'short', 'long') && g.is(index + 2, 'term') && g.hyphen(index + 3) < 0) {
    return { end: index + 3, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  }
  if (word === 'a' && g.is(index + 1, 'later') && g.is(index + 2, 'date')) return { end: index + 3, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  // A bare `future` is an adjective of kind (`future payments`, `future restructuring`), which news
  // annotators leave unmarked four times in five; `the future` is the time.
  if ((word === 'the' && g.is(index + 1, 'coming')) || word === 'coming') {
    const unitAt = word === 'the' ? index + 2 : index + 1;
    const unit = UNITS.get(g.word(unitAt));
    if (unit !== undefined && g.word(unitAt) !== unit) return { end: unitAt + 1, expression: { kind: 'reference', reference: 'FUTURE_REF' } };
  }
  return null;
};

/** `Thanksgiving`, `Christmas Eve`, `last Christmas`, `Easter 2024`, `New Year's Day`, `Easter week`. */
const holiday: Rule = (g, index) => {
  let at = index;
  let year: YearSpec = { type: 'implied' };
  const direction = DIRECTIONS.get(g.word(at));
  if (direction !== undefined) {
    year = direction === 0 ? { type: 'relative', shift: 0 } : { type: 'direction', direction };
    at += 1;
  }
  if (!g.capitalized(at)) return null;
  let best: { rule: NonNullable<ReturnType<typeof HOLIDAYS.get>>; next: number } | null = null;
  const words: string[] = [];
  for (let next = at; next < at + LONGEST_HOLIDAY + 2 && next < g.tokens.count; next += 1) {
    if (g.isMark(next, "'") || g.isMark(next, '’')) continue;
    if (!g.isWord(next)) break;
    words.push(g.word(next));
    const rule = HOLIDAYS.get(words.join(' '));
    if (rule !== undefined) best = { rule, next: next + 1 };
  }
  if (best === null) return null;
  let end = best.next;
  const written = g.year(end);
  if (written !== null && g.isNumber(end)) {
    year = { type: 'explicit', year: written.year };
    end = written.next;
  }
  const expression: DateExpression = { kind: 'holiday', rule: best.rule, year };
  // `Easter week`, `Thanksgiving week`: the week the holiday falls in.
  if (g.is(end, 'week') && g.hyphen(end + 1) < 0) return { end: end + 1, expression: { kind: 'week-of', day: expression } };
  return { end, expression };
};

/** Zone abbreviations written after a clock time; the zone is the outlet's business, the value keeps local time. */
const ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest']);

/** Times of day said with a word. */
const NAMED_CLOCKS: ReadonlyMap<string, Clock> = new Map([
  ['noon', { hour: 12, minute: 0 }],
  ['midday', { hour: 12, minute: 0 }],
  ['midnight', { hour: 24, minute: 0 }],
]);

/** Words that lead in to a time of day. */
const CLOCK_LEAD = new Set(['at', 'by', 'until', 'before', 'after', 'around', 'about', 'till']);

/** Parts of the day that say which half of the clock an hour is on: `4 in the morning`, `at 9 in the evening`. */
const CLOCK_HALVES: ReadonlyMap<string, boolean> = new Map([
  ['morning', false],
  ['afternoon', true],
  ['evening', true],
]);

/**
 * `9 a.m.`, `10:35 p.m. EST`, `23:15`, `noon`, `at midnight`, `at 4 in the morning`: a time of
 * day, joined later to the day beside it.
 */
const clockTime: Rule = (g, index) => {
  const named = NAMED_CLOCKS.get(g.word(index));
  if (named !== undefined) {
    if (!CLOCK_LEAD.has(g.word(index - 1))) return null;
    return { end: index + 1, expression: { kind: 'clock', clock: named } };
  }
  if (!g.isNumber(index) || (g.glued(index) && !g.isMark(index - 1, '('))) return null;
  if (g.word(index).length === 4) return wireClock(g, index);
  if (g.word(index).length > 2) return null;
  let hour = Number(g.word(index));
  let minute = 0;
  let at = index + 1;
  const colon = g.isMark(at, ':') && g.glued(at) && g.isNumber(at + 1) && g.glued(at + 1) && g.word(at + 1).length === 2;
  if (colon) {
    minute = Number(g.word(at + 1));
    at += 2;
  }
  const meridiem = readMeridiem(g, at);
  if (meridiem !== null) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.pm ? 12 : 0);
    at = meridiem.next;
  } else if (!colon && hour >= 1 && hour <= 12 && CLOCK_LEAD.has(g.word(index - 1)) && g.is(at, 'in') && g.is(at + 1, 'the') && CLOCK_HALVES.has(g.word(at + 2))) {
    hour = (hour % 12) + (CLOCK_HALVES.get(g.word(at + 2)) === true ? 12 : 0);
    return { end: at + 3, expression: { kind: 'clock', clock: { hour, minute } } };
  } else if (!colon || hour > 23 || minute > 59 || g.word(index).length < 2) {
    // `23:15`, `08:51`; a bare `1:24` is as often a scale or a score.
    return null;
  }
  at = zoneEnd(g, at) ?? at;
  if (meridiem === null && colon && isGameClock(g, index, at)) return null;
  return { end: at, expression: { kind: 'clock', clock: { hour, minute } } };
};

/** The end of a time zone at `index` (`EST`, `GMT`, `local time`), or null. Zones are written in capitals. */
function zoneEnd(g: Grammar, index: number): number | null {
  if (ZONES.has(g.word(index)) && g.isAllCaps(index)) return index + 1;
  if (g.is(index, 'local') && g.is(index + 1, 'time')) return index + 2;
  return null;
}

/**
 * `0600 GMT`, `1430 local time`: the 24-hour clock of wire copy, four digits with no colon, a time
 * only with its zone beside it (alone, `1430` is a count or a year).
 */
function wireClock(g: Grammar, index: number): Match | null {
  const digits = g.word(index);
  const hour = Number(digits.slice(0, 2));
  const minute = Number(digits.slice(2));
  const end = zoneEnd(g, index + 1);
  if (end === null || hour > 23 || minute > 59) return null;
  return { end, expression: { kind: 'clock', clock: { hour, minute } } };
}

/** The parts a game is played in, whose clock reads `19:56 of the second period`. */
const GAME_PARTS = new Set(['period', 'periods', 'half', 'quarter', 'quarters', 'inning', 'innings', 'overtime', 'ot', 'third', 'second', 'first', 'fourth', 'final']);
/** Words after a clock reading that count down or up a game: `2:03 left`, `1:30 to go`. */
const GAME_COUNT_WORDS = new Set(['left', 'remaining', 'elapsed', 'gone']);
/** Words of a scoring report around a clock reading: `the goal at 19:56`, `scored on the power play at 4:12`. */
const SCORING_WORDS = new Set(['goal', 'goals', 'scored', 'scoring', 'shorthanded', 'penalty', 'puck', 'assist', 'assists', 'buzzer', 'whistle']);
/** A scorer's note on a goal, in brackets after its clock reading: `4:12 (pp)`, power play, short-handed, empty net. */
const GOAL_NOTES = new Set(['pp', 'ppg', 'sh', 'shg', 'en', 'eng', 'ps']);
/** How far either way a scoring word makes a clock reading a game's, in tokens. */
const SCORING_WINDOW = 12;

/**
 * Whether the clock reading at `[start, end)` is a game's clock, not a time of day: tied to a part
 * of the game (`19:56 of the second period`, `17:46 into the third`, `in overtime`), counting down
 * (`with 12:03 left`, `11:30 to go`), or in a scoring report (`a power-play goal at 19:56`). The
 * readings are the same as a day's, so only the words around them tell the two apart.
 */
function isGameClock(g: Grammar, start: number, end: number): boolean {
  const at = end;
  if (g.isMark(at, '(') && GOAL_NOTES.has(g.word(at + 1)) && g.isMark(at + 2, ')')) return true;
  if (GAME_COUNT_WORDS.has(g.word(at)) || (g.is(at, 'to') && g.is(at + 1, 'go', 'play'))) return true;
  if (g.is(at, 'of', 'into', 'in')) {
    const part = g.is(at + 1, 'the') ? at + 2 : at + 1;
    if (GAME_PARTS.has(g.word(part)) && (g.is(at, 'into') || !ORDINALS.has(g.word(part)) || GAME_PARTS.has(g.word(part + 1)))) return true;
  }
  for (let index = Math.max(0, start - SCORING_WINDOW); index < Math.min(g.tokens.count, end + SCORING_WINDOW); index += 1) {
    if (index >= start && index < end) continue;
    if (SCORING_WORDS.has(g.word(index)) || g.is(index, 'overtime')) return true;
    // `on the power play`, `a power-play goal`; `the second period`, `the ninth inning`.
    if (g.is(index, 'power') && g.is(index + (g.hyphen(index + 1) > 0 ? 2 : 1), 'play')) return true;
    if (g.is(index, 'period', 'inning') && ORDINALS.has(g.word(index - 1))) return true;
  }
  return false;
}

/** Parts of the day written as one word. */
const JOINED_PARTS: ReadonlyMap<string, DayPart> = new Map([
  ['midmorning', 'MO'],
  ['midafternoon', 'AF'],
]);

/**
 * `by mid-afternoon`, `in the late evening`, `late afternoon Tuesday`: a part of the day said
 * with `early`, `mid` or `late`, joined later to the day beside it. A noun after it makes it a
 * kind of thing (`late-night talks`, `early-morning raids`); alone, it needs a word that makes
 * it a time (`by`, `in`…).
 */
const partOfDay: Rule = (g, index) => {
  let part = JOINED_PARTS.get(g.word(index));
  let end = index + 1;
  if (part === undefined) {
    if (!g.is(index, 'early', 'mid', 'late')) return null;
    const at = g.hyphen(index + 1) > 0 ? index + 2 : index + 1;
    const dayPart = g.dayPart(at);
    if (dayPart === null || !('part' in dayPart.clock)) return null;
    part = dayPart.clock.part;
    end = dayPart.next;
  }
  const dayFollows = WEEKDAYS.has(g.word(end)) || g.is(end, 'yesterday', 'today', 'tomorrow');
  // `late-night talks`: a noun after it makes it a kind of thing.
  if (!dayFollows && g.isWord(end) && !FUNCTION_WORDS.has(g.word(end)) && !g.is(end, 'when', 'as', 'after', 'before')) return null;
  if (g.hyphen(end) > 0) return null;
  const introduced = CLOCK_LEAD.has(g.word(index - 1)) || g.is(index - 1, 'in', 'the', 'since', 'from', 'during', 'through');
  if (!introduced && !dayFollows) return null;
  return { end, expression: { kind: 'clock', clock: { part } } };
};

/** `a.m.`, `p.m`, `am`, `PM` at `index`. */
function readMeridiem(g: Grammar, index: number): { pm: boolean; next: number } | null {
  const word = g.word(index);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', next: index + 1 };
  if ((word === 'a' || word === 'p') && g.isMark(index + 1, '.') && g.glued(index + 1) && g.is(index + 2, 'm') && g.glued(index + 2)) {
    const dotted = g.isMark(index + 3, '.') && g.glued(index + 3);
    return { pm: word === 'p', next: dotted ? index + 4 : index + 3 };
  }
  return null;
}

const ALL_WORD_RULES: readonly [readonly string[], readonly Rule[]][] = [
  [[...MONTHS.keys()], [monthDay, monthName]],
  [[...WEEKDAYS.keys()], [monthDay, weekday]],
  [['the'], [monthDay, monthName, year, decade, century, quarterOrHalf, monthWeek, season, deicticDay, relative, anaphoric, reference]],
  [['early', 'late', 'mid'], [monthName, year, decade, season, deicticDay, relative, weekday, partOfDay]],
  [[...JOINED_PARTS.keys()], [partOfDay]],
  [['earlier', 'later'], [deicticDay, relative, anaphoric]],
  [['end', 'beginning', 'start'], [monthName, year, relative]],
  [['last', 'next'], [monthName, quarterOrHalf, season, deicticDay, weekday, relative, holiday]],
  [['this'], [monthName, quarterOrHalf, season, deicticDay, weekday, relative, holiday]],
  [['past', 'coming'], [relative, reference]],
  [['current'], [quarterOrHalf, relative, reference]],
  [['its', 'their'], [quarterOrHalf]],
  [['that'], [quarterOrHalf, anaphoric, season]],
  [['a'], [quarterOrHalf, ago, reference]],
  [['an', 'several', 'few', 'many', 'some', 'couple'], [ago]],
  [[...APPROXIMATIONS, 'more', 'less'], [ago]],
  [[...NUMBER_WORDS.keys(), ...TENS_WORDS.keys()], [ago, year]],
  // `years ago`, `days earlier`.
  [[...UNITS.keys()].filter((word) => word !== UNITS.get(word)), [ago]],
  [['fiscal', 'calendar'], [year, quarterOrHalf]],
  [['year'], [relative, anaphoric, quarterOrHalf]],
  [[...ORDINALS.keys(), 'nineteenth', 'twentieth', 'eighteenth', 'seventeenth', 'sixteenth', 'fifteenth', 'twenty'], [quarterOrHalf, century]],
  [[...SEASONS.keys()], [season]],
  [['today', 'tonight', 'yesterday', 'tomorrow', 'overnight'], [deicticDay]],
  [[...NAMED_CLOCKS.keys()], [weekday, clockTime]],
  [['now', 'currently', 'presently', 'nowadays', 'right', 'these', 'at', 'recently', 'recent', 'more', 'most', 'soon', 'as'], [reference]],
  [['nineteen', 'two'], [year]],
  [[...new Set([...HOLIDAYS.keys()].map((name) => name.split(' ')[0] ?? ''))], [holiday]],
];

/** The words that can follow `the` in a date phrase (numbers and marks always may). */
const AFTER_THE: ReadonlySet<string> = new Set([
  ...PART_NOUNS.keys(),
  ...PART_WORDS.keys(),
  ...QUARTER_WORDS.keys(),
  ...ORDINALS.keys(),
  ...DAY_ORDINALS.keys(),
  ...ANAPHORIC_SHIFTS.keys(),
  ...SEASONS.keys(),
  ...MONTHS.keys(),
  'year', 'fiscal', 'comparable', 'corresponding', 'same', 'quarter', 'half', 'week', 'weekend', 'day', 'night', 'full', 'future',
  ...DECADE_WORDS.keys(),
  'near', 'short', 'long', 'next', 'twenty', 'thirty', 'nineteenth', 'twentieth', 'eighteenth', 'seventeenth', 'sixteenth', 'fifteenth',
]);

/** The words that can follow `a` in a date phrase. */
const AFTER_A: ReadonlySet<string> = new Set([...UNITS.keys(), ...ORDINALS.keys(), 'few', 'couple', 'year', 'fiscal', 'later']);

/** Rules by the lower-case word that can start them. */
const WORD_RULES: ReadonlyMap<string, readonly Rule[]> = (() => {
  const table = new Map<string, Rule[]>();
  for (const [words, rules] of ALL_WORD_RULES) {
    for (const word of words) {
      const list = table.get(word) ?? [];
      for (const rule of rules) if (!list.includes(rule)) list.push(rule);
      table.set(word, list);
    }
  }
  return table;
})();

const NUMBER_RULES: readonly Rule[] = [monthDay, year, decade, century, quarterOrHalf, ago, clockTime];

const MARK_RULES: ReadonlyMap<string, readonly Rule[]> = new Map([
  ["'", [year, decade]],
  ['’', [year, decade]],
]);
