/**
 * Calendar values at every precision a news text can give a date, their TimeML values and the
 * days they cover. Days are counted as day numbers (days since 1970-01-01), so that arithmetic
 * never meets a clock, a time zone or daylight saving.
 */
import type { Precision } from '../types.ts';

/** A season as TimeML names it: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A part of the day as TimeML names it: morning, afternoon, evening, night. */
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/** A time reference that has no place on the calendar. */
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/**
 * A calendar value at its precision. `day` is a day number; `decade` counts decades (199 is the
 * 1990s) and `century` centuries (19 is 1900–1999), as TimeML writes them.
 */
export type CalendarValue =
  | { readonly precision: 'time'; readonly day: number; readonly clock: Clock }
  | { readonly precision: 'day'; readonly day: number }
  | { readonly precision: 'week'; readonly year: number; readonly week: number; readonly weekend: boolean }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly precision: 'half'; readonly year: number; readonly half: number }
  | { readonly precision: 'season'; readonly year: number; readonly season: Season }
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'decade'; readonly decade: number }
  | { readonly precision: 'century'; readonly century: number }
  | { readonly precision: 'reference'; readonly reference: Reference };

/** A time of day: a clock reading, or a part of the day. */
export type Clock = { readonly hour: number; readonly minute: number } | { readonly part: DayPart };

/** The first and last day (inclusive day numbers) a value covers. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

/** The day number of a calendar day: `toDayNumber(1970, 1, 2)` is 1. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The year, month (1–12) and day of a day number. */
export function fromDayNumber(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The ISO weekday of a day number: 1 is Monday, 7 is Sunday. */
export function weekdayOf(day: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** How many days a month has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Monday that starts ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const fourthOfJanuary = toDayNumber(year, 1, 4);
  return fourthOfJanuary - (weekdayOf(fourthOfJanuary) - 1) + (week - 1) * 7;
}

/** The ISO week a day falls in: 2025-12-30 is in week 1 of 2026. */
export function isoWeekOf(day: number): { year: number; week: number } {
  // The week belongs to the year its Thursday falls in.
  const thursday = day - weekdayOf(day) + 4;
  const year = fromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - toDayNumber(year, 1, 1)) / 7) + 1 };
}

/** The day a date string `YYYY-MM-DD…` names, or null when it does not start with one. */
export function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? toDayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const { year, month, day: date } = fromDayNumber(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/** The months of each season; winter runs from December into the next year. */
const SEASON_MONTHS: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The days a value covers, or null for references, which have no place on the calendar. */
export function rangeOf(value: CalendarValue): DayRange | null {
  switch (value.precision) {
    case 'time':
    case 'day':
      return { first: value.day, last: value.day };
    case 'week': {
      const monday = isoWeekStart(value.year, value.week);
      return value.weekend ? { first: monday + 5, last: monday + 6 } : { first: monday, last: monday + 6 };
    }
    case 'month':
      return monthsRange(value.year, value.month, 1);
    case 'quarter':
      return monthsRange(value.year, value.quarter * 3 - 2, 3);
    case 'half':
      return monthsRange(value.year, value.half * 6 - 5, 6);
    case 'season':
      return monthsRange(value.year, SEASON_MONTHS[value.season], 3);
    case 'year':
      return monthsRange(value.year, 1, 12);
    case 'decade':
      return { first: toDayNumber(value.decade * 10, 1, 1), last: toDayNumber(value.decade * 10 + 9, 12, 31) };
    case 'century':
      return { first: toDayNumber(value.century * 100, 1, 1), last: toDayNumber(value.century * 100 + 99, 12, 31) };
    case 'reference':
      return null;
  }
}

/** `count` months from `month` of `year` (months past December roll into the next year). */
function monthsRange(year: number, month: number, count: number): DayRange {
  const lastMonth = month + count - 1;
  const endYear = year + Math.floor((lastMonth - 1) / 12);
  const endMonth = ((lastMonth - 1) % 12) + 1;
  return { first: toDayNumber(year, month, 1), last: toDayNumber(endYear, endMonth, daysInMonth(endYear, endMonth)) };
}

/**
 * The TimeML value of a calendar value: `2025-12-29`, `2025-12-29T23:15`, `2025-12-29TNI`,
 * `2025-W52`, `2025-W52-WE`, `2025-12`, `2025-Q4`, `2025-H2`, `2025-SU`, `2025`, `199`, `19`,
 * `PRESENT_REF`.
 */
export function toTimeMl(value: CalendarValue): string {
  switch (value.precision) {
    case 'time':
      return `${formatDay(value.day)}T${'part' in value.clock ? value.clock.part : `${pad(value.clock.hour, 2)}:${pad(value.clock.minute, 2)}`}`;
    case 'day':
      return formatDay(value.day);
    case 'week':
      return `${pad(value.year, 4)}-W${pad(value.week, 2)}${value.weekend ? '-WE' : ''}`;
    case 'month':
      return `${pad(value.year, 4)}-${pad(value.month, 2)}`;
    case 'quarter':
      return `${pad(value.year, 4)}-Q${value.quarter}`;
    case 'half':
      return `${pad(value.year, 4)}-H${value.half}`;
    case 'season':
      return `${pad(value.year, 4)}-${value.season}`;
    case 'year':
      return pad(value.year, 4);
    case 'decade':
      return pad(value.decade, 3);
    case 'century':
      return pad(value.century, 2);
    case 'reference':
      return value.reference;
  }
}

/** The units a value can be moved by. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The ranks of precisions from finest to coarsest, to compare them. */
const RANK: Readonly<Record<Precision, number>> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  quarter: 4,
  half: 5,
  season: 5,
  year: 6,
  decade: 7,
  century: 8,
  reference: 9,
};

/** Whether precision `a` is finer than (names a shorter span than) precision `b`. */
export function isFiner(a: Precision, b: Precision): boolean {
  return RANK[a] < RANK[b];
}

/** The value of the given precision that contains day `day`: the week, month, year… it falls in. */
export function containing(day: number, precision: CalendarUnit): CalendarValue {
  const { year, month } = fromDayNumber(day);
  switch (precision) {
    case 'day':
      return { precision: 'day', day };
    case 'week':
      return { precision: 'week', ...isoWeekOf(day), weekend: false };
    case 'month':
      return { precision: 'month', year, month };
    case 'quarter':
      return { precision: 'quarter', year, quarter: Math.ceil(month / 3) };
    case 'half':
      return { precision: 'half', year, half: month > 6 ? 2 : 1 };
    case 'year':
      return { precision: 'year', year };
    case 'decade':
      return { precision: 'decade', decade: Math.floor(year / 10) };
    case 'century':
      return { precision: 'century', century: Math.floor(year / 100) };
  }
}

/**
 * Move a value by `amount` units, keeping its precision: a quarter moved by -1 year is the same
 * quarter a year earlier, a day moved by 1 week is the same weekday a week later. A move that
 * does not fit the value (a year moved by days, a quarter by a month) and references leave it as
 * it is.
 */
export function shiftValue(value: CalendarValue, unit: CalendarUnit, amount: number): CalendarValue {
  if (value.precision === 'reference' || amount === 0) return value;
  switch (value.precision) {
    case 'time':
    case 'day':
      return { ...value, day: shiftDay(value.day, unit, amount) };
    case 'week': {
      const monday = isoWeekStart(value.year, value.week);
      return { ...value, ...isoWeekOf(shiftDay(monday, unit, amount) + 3) };
    }
    case 'month':
    case 'quarter':
    case 'half':
    case 'season':
    case 'year':
      return unit === 'day' || unit === 'week' ? value : shiftByMonths(value, monthsIn(unit) * amount);
    case 'decade':
      return unit === 'decade' || unit === 'century' ? { ...value, decade: value.decade + amount * (unit === 'century' ? 10 : 1) } : value;
    case 'century':
      return unit === 'century' ? { ...value, century: value.century + amount } : value;
  }
}

function monthsIn(unit: Exclude<CalendarUnit, 'day' | 'week'>): number {
  return { month: 1, quarter: 3, half: 6, year: 12, decade: 120, century: 1200 }[unit];
}

/** Move a month, quarter, half, season or year by whole units of its own size; other moves leave it. */
function shiftByMonths(value: CalendarValue, months: number): CalendarValue {
  switch (value.precision) {
    case 'month': {
      const index = value.year * 12 + value.month - 1 + months;
      return { ...value, year: Math.floor(index / 12), month: (index % 12) + 1 };
    }
    case 'quarter': {
      if (months % 3 !== 0) return value;
      const index = value.year * 4 + value.quarter - 1 + months / 3;
      return { ...value, year: Math.floor(index / 4), quarter: (index % 4) + 1 };
    }
    case 'half': {
      if (months % 6 !== 0) return value;
      const index = value.year * 2 + value.half - 1 + months / 6;
      return { ...value, year: Math.floor(index / 2), half: (index % 2) + 1 };
    }
    case 'season':
    case 'year':
      return months % 12 === 0 ? { ...value, year: value.year + months / 12 } : value;
    default:
      return value;
  }
}

/** A day moved by `amount` units; months keep the day of the month where they can. */
export function shiftDay(day: number, unit: CalendarUnit, amount: number): number {
  if (unit === 'day') return day + amount;
  if (unit === 'week') return day + amount * 7;
  const { year, month, day: date } = fromDayNumber(day);
  const index = year * 12 + month - 1 + monthsIn(unit) * amount;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return toDayNumber(newYear, newMonth, Math.min(date, daysInMonth(newYear, newMonth)));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
