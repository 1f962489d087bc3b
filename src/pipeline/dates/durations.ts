/**
 * Lengths of time and times that recur, as TimeML's DURATION and SET: `five years` (`P5Y`), `the
 * past two months` (`P2M`), `a two-week trial` (`P2W`), `within weeks` (`PXW`), `daily` (`P1D`),
 * `every Monday` (`XXXX-WXX-1`), `twice a year` (`P1Y`, twice). Neither has a place on the
 * calendar, so neither becomes a timeline event; they are read so that the `dates` contract
 * holds every kind of time expression.
 *
 * A phrase that counts from a date (`three years ago`, `two days later`) is a date, found by the
 * news grammar; where both read the same words the longer phrase wins (`find-dates.ts`).
 */
import { DAY_PARTS, MONTHS, NUMBER_WORDS, SEASONS, TENS_WORDS, WEEKDAYS } from './lexicon.ts';
import { TokenReader, type Tokens } from './tokens.ts';
import type { DateExpression } from './expressions.ts';

/** A unit a length of time is counted in. */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

/** A duration or set phrase: token range `[first, end)` and what it says. */
export interface DurationMatch {
  readonly first: number;
  readonly end: number;
  readonly expression: Extract<DateExpression, { kind: 'duration' | 'set' }>;
}

/** Unit words, singular and plural, to units. */
const DURATION_UNITS: ReadonlyMap<string, DurationUnit> = new Map(
  (['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'millennium'] as const).flatMap(
    (unit): [string, DurationUnit][] => [
      [unit, unit],
      [unit === 'century' ? 'centuries' : unit === 'millennium' ? 'millennia' : `${unit}s`, unit],
    ],
  ),
);

/** Units longer than a year, which news annotators write in years (`two decades` is `P20Y`, `decades-long` `PXY`). */
type LongUnit = 'decade' | 'century' | 'millennium';
const YEARS_IN: Readonly<Record<LongUnit, number>> = { decade: 10, century: 100, millennium: 1000 };
const countedInYears = (unit: DurationUnit): unit is LongUnit => unit in YEARS_IN;

/** TimeML's letter for each unit; units under a day follow a `T`. */
const UNIT_CODES: Readonly<Record<Exclude<DurationUnit, LongUnit>, string>> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
};

/**
 * Adverbs of frequency: `daily` is every day. `quarterly` is left out: in company news it is
 * nearly always a kind of dividend or report, which annotators do not mark.
 */
const FREQUENCY_WORDS: ReadonlyMap<string, { unit: DurationUnit; amount: number }> = new Map([
  ['hourly', { unit: 'hour', amount: 1 }],
  ['daily', { unit: 'day', amount: 1 }],
  ['nightly', { unit: 'day', amount: 1 }],
  ['weekly', { unit: 'week', amount: 1 }],
  ['biweekly', { unit: 'week', amount: 2 }],
  ['fortnightly', { unit: 'week', amount: 2 }],
  ['monthly', { unit: 'month', amount: 1 }],
  ['annually', { unit: 'year', amount: 1 }],
  ['yearly', { unit: 'year', amount: 1 }],
]);

/** Words that say how a length is measured: `nearly two years`, `more than four hours`, `up to 180 days`. */
const APPROXIMATIONS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'over', 'under', 'just', 'only', 'barely', 'exactly']);
const TWO_WORD_APPROXIMATIONS = new Set([
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'as many',
  'as long',
  'as much',
  'no more',
  'no less',
  'well over',
]);

/** Words that make a length a stretch of the calendar: `the past two months`, `the first nine months`, `the next few days`. */
const STRETCHES = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'preceding', 'following', 'final', 'remaining', 'initial', 'latest']);

/** Words between a number and its unit that keep it a length: `20 more years`, `eight trading days`. */
const UNIT_MODIFIERS = new Set(['more', 'additional', 'further', 'trading', 'business', 'working', 'straight', 'consecutive', 'full', 'long', 'extra']);

/**
 * Words that lead in to a bare plural unit as a length: `over decades`, `within hours`, `the
 * first time in years`. Not `for`:
 * `for years`, `for several months` say only that a thing went on long, an idiom news annotators
 * mostly leave unmarked.
 */
const PLURAL_LEADS = new Set(['over', 'within', 'spanning', 'lasting', 'after', 'in']);

/** Words before `one day` that make it someday: `he one day hopes`, `might one day`. */
const SOMEDAY_LEADS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'will', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'shall']);

/** Vague amounts: `several years`, `a few days`. */
const VAGUE = new Set(['several', 'few', 'many', 'some']);

/**
 * Words after a length that make it count from a date, which the grammar reads as a date. Not
 * `before` nor `after`: `two weeks before the vote` is read as a date when the grammar finds
 * one (the longer phrase wins), and otherwise (`18 months before collapsing`) stays a length.
 * Nor `since`: `two years since the war` says how long it has been, which the grammar has no date for.
 */
const ANCHORED = new Set(['ago', 'earlier', 'later', 'hence']);

/** Words that say how often: `twice a year`, `three times a week`, `once per day`. */
const TIMES_WORDS = new Set(['once', 'twice', 'thrice', 'times']);

/** Number words that end an amount: `fifty thousand`. */
const LARGE_NUMBERS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/** Amounts of money paid by the period: `$500 million a year`. */
const MONEY_WORDS = new Set(['million', 'billion', 'trillion', 'dollars', 'cents', 'euros', 'pounds']);

/**
 * Find the duration and set phrases of a tokenized paragraph.
 *
 * @example findDurations(tokenize('Talks lasted five years, and the board meets weekly.')) // five years (P5Y), weekly (P1W)
 */
export function findDurations(tokens: Tokens): DurationMatch[] {
  const reader = new Reader(tokens);
  const found: DurationMatch[] = [];
  for (let index = 0; index < tokens.count;) {
    const match = reader.setAt(index) ?? reader.durationAt(index);
    if (match === null) {
      index += 1;
    } else {
      found.push(match);
      index = match.end;
    }
  }
  return found;
}

/**
 * The end of a vague stretch of the past that starts at `index`, or -1: `the past few months`,
 * `over the last several quarters`, `in past years`. Unless a length word leads it (`for the past
 * few weeks`) it says only "some time before now", which TimeML marks `PAST_REF`, as the news grammar does.
 *
 * @example vaguePastEnd(tokenize('Rates have fallen in the last few months.'), 4) // 8
 */
export function vaguePastEnd(tokens: Tokens, index: number): number {
  const reader = new Reader(tokens);
  if (reader.is(index - 1, 'for', 'within', 'spanning', 'lasting', 'throughout')) return -1;
  const at = reader.is(index, 'the') && reader.is(index + 1, 'past', 'last', 'previous') && reader.is(index + 2, 'few', 'several') ? index + 3 : reader.is(index, 'past') ? index + 1 : -1;
  const unit = at > 0 ? reader.unit(at) : null;
  return unit !== null && unit.plural && !reader.anchoredAt(at + 1) ? at + 1 : -1;
}

/**
 * The end of a year named by the day it ends, starting at `index`, or -1: `the year ended March
 * 31`, `the fiscal year ending June 30`. A company's year that ends on another day than Dec. 31 is
 * no calendar year, so TimeML writes it as its length, `P1Y`; `the year ended Dec. 31` is the calendar's.
 *
 * @example yearByItsEnd(tokenize('Sales rose in the year ended March 31.'), 3) // 5
 */
export function yearByItsEnd(tokens: Tokens, index: number): number {
  const reader = new Reader(tokens);
  if (!reader.is(index, 'the')) return -1;
  const yearAt = reader.is(index + 1, 'fiscal') ? index + 2 : index + 1;
  if (!reader.is(yearAt, 'year') || !reader.is(yearAt + 1, 'ended', 'ending')) return -1;
  // The day it ends follows (`The year ended badly` is the calendar's year, told of).
  const month = MONTHS.get(reader.word(yearAt + 2));
  if (month === undefined && !reader.is(yearAt + 2, 'today', 'tomorrow', 'yesterday')) return -1;
  const dayAt = reader.isMark(yearAt + 3, '.') ? yearAt + 4 : yearAt + 3;
  return month === 12 && reader.word(dayAt) === '31' ? -1 : yearAt + 1;
}

/**
 * The TimeML value of a length: `P5Y`, `PT3H`, `PXM` (an unknown number of months), `P20Y` (two decades).
 *
 * @example durationValue('hour', 16) // 'PT16H'
 * @example durationValue('year', 2, true) // 'P2Y6M'
 */
export function durationValue(unit: DurationUnit, amount: number | null, half = false): string {
  if (countedInYears(unit)) return `P${amount === null ? 'X' : String(amount * YEARS_IN[unit] + (half ? YEARS_IN[unit] / 2 : 0))}Y`;
  const count = amount === null ? 'X' : String(amount);
  const underDay = unit === 'second' || unit === 'minute' || unit === 'hour';
  // `2 1/2 years` is `P2Y6M`, `a minute and a half` `PT1M30S`; a half of other units stays whole.
  const halves: Partial<Record<DurationUnit, string>> = { year: '6M', day: 'T12H', hour: '30M', minute: '30S' };
  return `P${underDay ? 'T' : ''}${count}${UNIT_CODES[unit]}${half && amount !== null ? (halves[unit] ?? '') : ''}`;
}

/** Rough days in a unit, to tell the longer of two. */
function unitLength(unit: DurationUnit): number {
  const days: Readonly<Record<DurationUnit, number>> = { second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, quarter: 91, year: 365, decade: 3650, century: 36500, millennium: 365000 };
  return days[unit];
}

/** The unit letter of a `freq` count: `3D` is three days, `2H` two hours. */
function frequencyCode(unit: DurationUnit): string {
  return countedInYears(unit) ? 'Y' : UNIT_CODES[unit];
}

class Reader extends TokenReader {
  /** A hyphen glued on both sides (`two-year`), returning the index after it, or -1. */
  hyphen(index: number): number {
    return this.isMark(index, '-') && this.glued(index) && this.glued(index + 1) ? index + 1 : -1;
  }

  /**
   * A number of units: `five`, `180`, `twenty-four`, `a hundred`, `a`, `a couple of`; null amount
   * for `several`, `a few`. `article` allows `a` and `an`.
   */
  amount(index: number, article: boolean): { amount: number | null; next: number } | null {
    const word = this.word(index);
    if (this.isNumber(index)) {
      // `$5`, `1,000`, `2.5`: an amount of money or a number written with marks.
      if (this.glued(index) && !this.isMark(index - 1, '(')) return null;
      if (word.length > 3 || ((this.isMark(index + 1, ',') || this.isMark(index + 1, '.')) && this.glued(index + 1) && this.isNumber(index + 2))) return null;
      return { amount: Number(word), next: index + 1 };
    }
    if (word === 'a' || word === 'an' || word === 'one') {
      if (word !== 'one' && this.is(index + 1, 'few')) return { amount: null, next: index + 2 };
      if (word !== 'one' && this.is(index + 1, 'couple') && this.is(index + 2, 'of')) return { amount: 2, next: index + 3 };
      if (this.is(index + 1, 'hundred', 'thousand'))
        return {
          amount: this.is(index + 1, 'hundred') ? 100 : 1000,
          next: index + 2,
        };
      if (word === 'one' || article) return { amount: 1, next: index + 1 };
      return null;
    }
    if (word === 'couple' && this.is(index + 1, 'of')) return { amount: 2, next: index + 2 };
    if (VAGUE.has(word)) return { amount: null, next: index + 1 };
    const tens = TENS_WORDS.get(word);
    if (tens !== undefined) {
      const onesAt = this.hyphen(index + 1) > 0 ? index + 2 : index + 1;
      const ones = NUMBER_WORDS.get(this.word(onesAt));
      if (ones !== undefined && ones > 0 && ones < 10) return { amount: tens + ones, next: onesAt + 1 };
      return { amount: tens, next: index + 1 };
    }
    const number = NUMBER_WORDS.get(word);
    if (number === undefined || number === 0) return null;
    if (this.is(index + 1, 'hundred', 'thousand'))
      return {
        amount: number * (this.is(index + 1, 'hundred') ? 100 : 1000),
        next: index + 2,
      };
    return { amount: number, next: index + 1 };
  }

  /** A unit word at `index`: `years`, `month`. */
  unit(index: number): { unit: DurationUnit; plural: boolean } | null {
    const word = this.word(index);
    const unit = DURATION_UNITS.get(word);
    if (unit === undefined || !this.isWord(index)) return null;
    return { unit, plural: word !== unit };
  }

  /** Whether the words at `index` count from a date: `ago`, `earlier`, `before the vote`. */
  anchoredAt(index: number): boolean {
    return ANCHORED.has(this.word(index)) || (this.is(index, 'or') && this.is(index + 1, 'so') && ANCHORED.has(this.word(index + 2)));
  }

  /**
   * `five years`, `nearly two months`, `the past three months`, `the first nine months`, `a
   * two-year term`, `20 more years`, `within weeks`, `more than four hours`.
   */
  durationAt(index: number): DurationMatch | null {
    if (vaguePastEnd(this.tokens, index) > 0) return null;
    if (this.isRate(index)) return null;
    const fiscalEnd = yearByItsEnd(this.tokens, index);
    if (fiscalEnd > 0) return this.length(index, fiscalEnd, 'year', 1);
    // `a day-long protest`, `a decades-long feud`: the unit is the adjective, without the article.
    const longUnit = this.unit(index);
    if (longUnit !== null && this.isLong(index + 1)) return this.length(index, index + 3, longUnit.unit, longUnit.plural ? null : 1);
    if (this.is(index, 'a', 'an') && this.unit(index + 1) !== null && this.isLong(index + 2)) return null;
    let at = index;
    // `more than`, `at least`, `up to`, `no more than`.
    const pair = `${this.word(at)} ${this.word(at + 1)}`;
    if (TWO_WORD_APPROXIMATIONS.has(pair)) {
      at += 2;
      if (this.is(at, 'than', 'as')) at += 1;
    } else if (APPROXIMATIONS.has(this.word(at)) && this.isWord(at)) {
      at += 1;
    }
    // `over the past year`: there the word is a preposition, and the phrase starts at `the`.
    if (at !== index && this.is(at, 'the')) return null;
    let stretch = false;
    if (this.is(at, 'the') && STRETCHES.has(this.word(at + 1))) {
      stretch = true;
      at += 2;
    } else if (this.is(at, 'the') && (this.isNumber(at + 1) || NUMBER_WORDS.has(this.word(at + 1)) || TENS_WORDS.has(this.word(at + 1)))) {
      // `the nine months`, `the four days`: a stretch the text has spoken of.
      stretch = true;
      at += 1;
    } else if (this.is(at, 'past', 'next', 'another') && at === index) {
      stretch = true;
      at += 1;
    }
    const counted = this.amount(at, !stretch);
    if (counted !== null && counted.amount === null && at === index && this.is(index - 1, 'for') && this.is(at, 'several', 'many')) return null;
    if (counted !== null) {
      // `a two-year term`, `the 30-day review`: the determiner belongs to the noun, the length is the adjective.
      if (this.hyphen(counted.next) > 0) return this.hyphenated(at, at);
      const adjective = this.is(at, 'a', 'an') ? this.hyphenated(at + 1, at + 1) : null;
      if (adjective !== null) return adjective;
      // `two to three weeks`, `12 to 18 months`: a range is written as its shorter length. After
      // `from` (`cut from three to two days`, `raised from 3 to 5 years`) it is a change, the later length.
      const upper = this.is(counted.next, 'to') && counted.amount !== null && !this.is(at - 1, 'from') ? this.amount(counted.next + 1, false) : null;
      const ranged = upper !== null && upper.amount !== null && counted.amount !== null && upper.amount > counted.amount;
      // `2 1/2 years`, `two and a half years`.
      let unitAt = ranged ? upper.next : counted.next;
      const halfBefore = this.halfAt(unitAt);
      if (halfBefore > 0) unitAt = halfBefore;
      while (UNIT_MODIFIERS.has(this.word(unitAt)) && unitAt < counted.next + 2) unitAt += 1;
      const unit = this.unit(unitAt);
      if (unit === null) return null;
      // `one day he will`: someday, not a length.
      if (this.is(at, 'one') && unit.unit === 'day' && SOMEDAY_LEADS.has(this.word(index - 1))) return null;
      // `a second term`, `a quarter of the vote`: `second` and `quarter` counted by one are other words.
      if (counted.amount === 1 && !stretch && (unit.unit === 'second' || unit.unit === 'quarter') && !this.isNumber(at) && this.word(at) !== 'one') return null;
      // `three years ago` is a date, read by the grammar; it has no rule for hours (`an hour later`), which stay lengths,
      // nor for a count it does not know (`a few days later` cannot be placed), which stays a length too.
      // `two years old` is an age. `Three days after the vote` stays a length.
      const underDay = unit.unit === 'hour' || unit.unit === 'minute' || unit.unit === 'second';
      const placed = counted.amount !== null || this.is(unitAt + 1, 'ago');
      if ((this.anchoredAt(unitAt + 1) && !underDay && placed) || this.isAge(unitAt + 1)) return null;
      let end = unitAt + 1;
      if (this.is(end, 'or') && this.is(end + 1, 'so')) end += 2;
      // `a minute and a half`.
      const halfAfter = halfBefore > 0 ? -1 : this.halfAt(end);
      if (halfAfter > 0) end = halfAfter;
      // `three days a week`: how many units in each longer one, a recurrence with TimeML's `freq` (`3D`).
      const per = this.perUnitAt(end);
      if (per !== null && counted.amount !== null && !stretch && halfBefore < 0 && halfAfter < 0 && unitLength(per.unit) > unitLength(unit.unit)) {
        return this.set(index, per.end, durationValue(per.unit, 1), per.unit, null, `${counted.amount}${frequencyCode(unit.unit)}`);
      }
      return this.length(index, end, unit.unit, counted.amount, halfBefore > 0 || halfAfter > 0);
    }
    // `the weeks ahead`.
    const ahead = this.is(at, 'the') ? this.unit(at + 1) : null;
    if (ahead !== null && ahead.plural && this.is(at + 2, 'ahead')) return this.length(index, at + 3, ahead.unit, null);
    if (stretch) {
      // `the past few weeks` has its amount; `the past weeks` is a vague stretch: `PXW`; `the past decade` ten years.
      const unit = this.unit(at);
      if (unit === null || this.anchoredAt(at + 1)) return null;
      if (!unit.plural) return (unit.unit === 'decade' || unit.unit === 'century') && this.is(at - 1, 'past') ? this.length(index, at + 1, unit.unit, 1) : null;
      return this.length(index, at + 1, unit.unit, null);
    }
    // `over the years`, `through the decades`: a stretch of the past as long as it was.
    if (at === index && this.is(index, 'the') && this.is(index - 1, 'over', 'through', 'throughout')) {
      const unit = this.unit(index + 1);
      if (unit !== null && unit.plural && (unit.unit === 'year' || unit.unit === 'decade' || unit.unit === 'century') && !this.anchoredAt(index + 2) && !this.is(index + 2, 'of')) {
        return this.length(index, index + 2, unit.unit, null);
      }
    }
    // `over decades`, `within hours`: the bare plural, as TimeML marks it.
    if (at === index && PLURAL_LEADS.has(this.word(index - 1))) {
      const unit = this.unit(index);
      // `in years of war` names the years, and `in years past` or `to come` speaks of a time, not a length.
      const named = this.is(index + 1, 'of', 'past', 'gone') || (this.is(index + 1, 'to') && this.is(index + 2, 'come'));
      if (unit !== null && unit.plural && unit.unit !== 'second' && unit.unit !== 'quarter' && !this.anchoredAt(index + 1) && !named) {
        return this.length(index, index + 1, unit.unit, null);
      }
    }
    return null;
  }

  /**
   * A length written as an adjective, `two-year`, `16-hour`, `a month-long strike`, starting at
   * `index` (the phrase at `first`). `a 6-year-old` is an age, which news annotators leave out,
   * and `three-quarters of its food` a share.
   */
  hyphenated(index: number, first: number): DurationMatch | null {
    const counted = this.amount(index, false);
    if (counted === null) return null;
    const at = this.hyphen(counted.next);
    const unit = at > 0 ? this.unit(at) : null;
    if (unit === null || unit.unit === 'quarter' || this.isAge(at + 1)) return null;
    // `a month-long strike`.
    const end = this.isLong(at + 1) ? at + 3 : at + 1;
    return this.length(first, end, unit.unit, counted.amount);
  }

  /**
   * Whether `a week` at `index` ends a rate, an amount per period (`four flights a week`, `358,000
   * a month`), which says how much, not how long. Money by the period is a recurrence, read by `setAt`.
   */
  isRate(index: number): boolean {
    if (!this.is(index, 'a', 'an') || this.unit(index + 1)?.plural !== false) return false;
    const counted = (at: number) => this.isNumber(at) || NUMBER_WORDS.has(this.word(at)) || TENS_WORDS.has(this.word(at)) || LARGE_NUMBERS.has(this.word(at));
    return counted(index - 1) || (this.isWord(index - 1) && counted(index - 2));
  }

  /** Whether the words at `index` are `-long`, which makes the unit before them an adjective. */
  isLong(index: number): boolean {
    return this.hyphen(index) > 0 && this.is(index + 1, 'long');
  }

  /** Whether the words at `index` make a length an age: `6-year-old`, `two years old`. */
  isAge(index: number): boolean {
    return (this.hyphen(index) > 0 && this.is(index + 1, 'old')) || this.is(index, 'old');
  }

  length(first: number, end: number, unit: DurationUnit, amount: number | null, half = false): DurationMatch {
    return { first, end, expression: { kind: 'duration', unit, amount, half } };
  }

  /** A half at `index`, `1/2` or `and a half`, returning the index after it, or -1. */
  halfAt(index: number): number {
    if (this.word(index) === '1' && this.isMark(index + 1, '/') && this.word(index + 2) === '2' && this.glued(index + 1) && this.glued(index + 2)) return index + 3;
    if (this.is(index, 'and') && this.is(index + 1, 'a') && this.is(index + 2, 'half')) return index + 3;
    return -1;
  }

  /**
   * `daily`, `every day`, `each July`, `every weekend`, `on weekends`, `every two weeks`, `on Mondays`, `Tuesday nights`, `twice a
   * year`, `three times a week`, `$40 a month`, `per day`.
   */
  setAt(index: number): DurationMatch | null {
    const word = this.word(index);
    const frequency = FREQUENCY_WORDS.get(word);
    if (frequency !== undefined) {
      // `the Daily Telegraph`, `Weekly Standard`: a capitalised word inside a name.
      if (this.capitalized(index) && (this.capitalized(index + 1) || (index > 0 && this.isWord(index - 1) && this.capitalized(index - 1)))) return null;
      // `the Communist Party daily Granma`: a newspaper, named after it.
      if (this.isWord(index + 1) && this.capitalized(index + 1)) return null;
      // `rose 8.5% annually`: a rate of growth, not a time that recurs.
      if (this.isMark(index - 1, '%') || this.is(index - 1, 'percent')) return null;
      return this.set(index, index + 1, durationValue(frequency.unit, frequency.amount), frequency.unit, null);
    }
    if (word === 'every' || word === 'each') {
      const quant = word.toUpperCase();
      const at = index + 1;
      if (this.is(at, 'other')) {
        const unit = this.unit(at + 1);
        return unit === null || unit.plural ? null : this.set(index, at + 2, durationValue(unit.unit, 2), unit.unit, quant);
      }
      if (this.is(at, 'weekend')) return this.set(index, at + 1, 'XXXX-WXX-WE', 'week', quant);
      const weekday = WEEKDAYS.get(this.word(at));
      if (weekday !== undefined && this.capitalized(at)) {
        const night = this.is(at + 1, 'night')
          ? 'TNI'
          : this.is(at + 1, 'morning')
            ? 'TMO'
            : this.is(at + 1, 'evening')
              ? 'TEV'
              : this.is(at + 1, 'afternoon')
                ? 'TAF'
                : '';
        return this.set(index, night === '' ? at + 1 : at + 2, `XXXX-WXX-${weekday}${night}`, 'day', quant);
      }
      const month = MONTHS.get(this.word(at));
      if (month !== undefined && this.capitalized(at) && this.word(at).length > 3) {
        return this.set(index, at + 1, `XXXX-${String(month).padStart(2, '0')}`, 'month', quant);
      }
      const season = SEASONS.get(this.word(at));
      if (season !== undefined) return this.set(index, at + 1, `XXXX-${season}`, 'season', quant);
      const unit = this.unit(at);
      if (unit !== null && !unit.plural) return this.set(index, at + 1, durationValue(unit.unit, 1), unit.unit, quant);
      // `every morning`, `each night`: a part of every day.
      const dayPart = DAY_PARTS.get(this.word(at));
      if (dayPart !== undefined) return this.set(index, at + 1, `XXXX-XX-XXT${dayPart}`, 'day', quant);
      // `every two weeks`, `every few months`.
      const counted = this.amount(at, false);
      const countedUnit = counted === null ? null : this.unit(counted.next);
      if (counted !== null && countedUnit !== null && countedUnit.plural) {
        return this.set(index, counted.next + 1, durationValue(countedUnit.unit, counted.amount), countedUnit.unit, quant);
      }
      return null;
    }
    // `on weekends`, `at weekends`: the weekend said in the plural recurs.
    if (word === 'weekends' && this.is(index - 1, 'on', 'at')) return this.set(index, index + 1, 'XXXX-WXX-WE', 'week', null);
    // `on Mondays`, `Tuesday nights`: a weekday said in the plural recurs.
    if (this.capitalized(index)) {
      const plural = word.endsWith('s') ? WEEKDAYS.get(word.slice(0, -1)) : undefined;
      if (plural !== undefined && word.length > 6) return this.set(index, index + 1, `XXXX-WXX-${plural}`, 'day', null);
      const weekday = WEEKDAYS.get(word);
      if (weekday !== undefined && word.length >= 6 && this.is(index + 1, 'nights', 'mornings', 'evenings', 'afternoons')) {
        const part = { nights: 'NI', mornings: 'MO', evenings: 'EV', afternoons: 'AF' }[this.word(index + 1)] ?? 'NI';
        return this.set(index, index + 2, `XXXX-WXX-${weekday}T${part}`, 'day', null);
      }
    }
    // `twice a year`, `three times a week`, `$2 billion a year`, `once per day`.
    if (word === 'a' || word === 'an' || word === 'per') {
      const unit = this.unit(index + 1);
      if (unit === null || unit.plural || unit.unit === 'second' || unit.unit === 'quarter') return null;
      const before = this.word(index - 1);
      const counts = TIMES_WORDS.has(before) || word === 'per' || MONEY_WORDS.has(before);
      if (!counts || this.hyphen(index + 2) > 0) return null;
      return this.set(index, index + 2, durationValue(unit.unit, 1), unit.unit, null, this.timesBefore(index - 1));
    }
    return null;
  }

  /** `a week`, `per month` at `index`: the unit a count is made in, and the index after it, or null. */
  perUnitAt(index: number): { unit: DurationUnit; end: number } | null {
    if (!this.is(index, 'a', 'an', 'per')) return null;
    const unit = this.unit(index + 1);
    // `two years a decade ago` counts back from today, not within each decade.
    return unit === null || unit.plural || this.hyphen(index + 2) > 0 || this.anchoredAt(index + 2) ? null : { unit: unit.unit, end: index + 2 };
  }

  /** How many times `once`, `twice` or `three times` at `index` says, as TimeML's `freq` (`2X`), or null. */
  timesBefore(index: number): string | null {
    const word = this.word(index);
    const simple: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };
    if (simple[word] !== undefined) return `${simple[word]}X`;
    if (word !== 'times') return null;
    const counted = this.amount(index - 1, false);
    return counted?.amount === null || counted === null || counted.next !== index ? null : `${counted.amount}X`;
  }

  set(first: number, end: number, value: string, unit: DurationUnit | 'season', quant: string | null, freq: string | null = null): DurationMatch {
    return { first, end, expression: { kind: 'set', value, unit, quant, freq } };
  }
}
