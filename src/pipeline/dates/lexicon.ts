/**
 * The words of English news dates: month and weekday names with their abbreviations, number
 * words, ordinals, calendar units, seasons, parts of the day and holidays.
 */
import type { CalendarUnit, DayPart, Season } from './calendar.ts';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month names and the abbreviations news style uses (`Sept.`, `Aug.`), lower case. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, index): [string, number] => [name, index + 1]),
  ...MONTH_NAMES.map((name, index): [string, number] => [name.slice(0, 3), index + 1]),
  ['sept', 9],
]);

/** Month names that are also common words or names, trusted only beside a day or a year. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'jan', 'mar', 'jun', 'jul', 'sep']);

/** Weekday names and abbreviations, lower case, to ISO weekdays (1 is Monday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((name, index): [string, number] => [name, index + 1]),
  ['tues', 2],
  ['wed', 3],
  ['thurs', 4],
]);

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  ].map((word, index): [string, number] => [word, index]),
);

/** Tens as words, for years spoken aloud (`nineteen ninety-six`). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index): [string, number] => [word, (index + 2) * 10]),
);

/** Ordinal words, and `last`/`final` as -1. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['last', -1],
  ['final', -1],
]);

/** Ordinal suffixes written after digits: `1st`, `22nd`, `3rd`, `4th`. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Calendar units, singular and plural. */
export const UNITS: ReadonlyMap<string, CalendarUnit> = new Map(
  (['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'] as const).flatMap((unit): [string, CalendarUnit][] => [
    [unit, unit],
    [unit === 'century' ? 'centuries' : `${unit}s`, unit],
  ]),
);

/** Season names. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Parts of the day. */
export const DAY_PARTS: ReadonlyMap<string, DayPart> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
]);

/** How a holiday's day is found in a given year. */
export type HolidayRule =
  | { readonly type: 'fixed'; readonly month: number; readonly day: number }
  /** The `nth` `weekday` of `month` (-1 is the last), then `after` days more. */
  | { readonly type: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly nth: number; readonly after?: number }
  /** Days after Easter Sunday (negative: before). */
  | { readonly type: 'easter'; readonly offset: number };

/**
 * Holidays by their written names, lower case, each word separated by one space; `'s` is
 * written as a separate `s` (`new year s day`), as the tokenizer splits it.
 */
export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['christmas', { type: 'fixed', month: 12, day: 25 }],
  ['christmas day', { type: 'fixed', month: 12, day: 25 }],
  ['christmas eve', { type: 'fixed', month: 12, day: 24 }],
  ['boxing day', { type: 'fixed', month: 12, day: 26 }],
  ['new year s day', { type: 'fixed', month: 1, day: 1 }],
  ['new year s eve', { type: 'fixed', month: 12, day: 31 }],
  ['valentine s day', { type: 'fixed', month: 2, day: 14 }],
  ['halloween', { type: 'fixed', month: 10, day: 31 }],
  ['independence day', { type: 'fixed', month: 7, day: 4 }],
  ['veterans day', { type: 'fixed', month: 11, day: 11 }],
  ['bastille day', { type: 'fixed', month: 7, day: 14 }],
  ['republic day', { type: 'fixed', month: 1, day: 26 }],
  ['thanksgiving', { type: 'nth-weekday', month: 11, weekday: 4, nth: 4 }],
  ['thanksgiving day', { type: 'nth-weekday', month: 11, weekday: 4, nth: 4 }],
  ['black friday', { type: 'nth-weekday', month: 11, weekday: 4, nth: 4, after: 1 }],
  ['cyber monday', { type: 'nth-weekday', month: 11, weekday: 4, nth: 4, after: 4 }],
  ['labor day', { type: 'nth-weekday', month: 9, weekday: 1, nth: 1 }],
  ['memorial day', { type: 'nth-weekday', month: 5, weekday: 1, nth: -1 }],
  // US federal elections: the Tuesday after the first Monday of November.
  ['election day', { type: 'nth-weekday', month: 11, weekday: 1, nth: 1, after: 1 }],
  ['martin luther king day', { type: 'nth-weekday', month: 1, weekday: 1, nth: 3 }],
  ['easter', { type: 'easter', offset: 0 }],
  ['easter sunday', { type: 'easter', offset: 0 }],
  ['easter monday', { type: 'easter', offset: 1 }],
  ['good friday', { type: 'easter', offset: -2 }],
]);

/** The longest holiday name, in tokens. */
export const LONGEST_HOLIDAY = 4;
