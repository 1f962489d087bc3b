/**
 * What a date phrase says, before it is placed on the calendar: `last week` is "the week before
 * the reference week", `Oct. 23` is "23 October of a year the context decides". The grammar and
 * chrono-node produce these; `resolve-date.ts` turns them into calendar values.
 */
import type { CalendarUnit, Clock, Reference, Season } from './calendar.ts';
import type { DurationUnit } from './durations.ts';
import type { HolidayRule } from './lexicon.ts';
import type { YearEvidence } from './year-evidence.ts';

/** Which part of a span a phrase points to: early 2025, mid-November, late last week, earlier this month, later this year. */
export type Part = 'early' | 'mid' | 'late' | 'earlier' | 'later';

/** `last`, `this` or `next`, as -1, 0, 1. */
export type Direction = -1 | 0 | 1;

/** Which year a quarter, half, season or holiday belongs to. */
export type YearSpec =
  /** Written out: `the third quarter of 1990`, `summer 1998`. */
  | { readonly type: 'explicit'; readonly year: number }
  /** Counted from the publication year: `this year's`, `last year's`, `next year's`. */
  | { readonly type: 'relative'; readonly shift: number }
  /** `last summer`, `next Christmas`: the one before or after the publication day. */
  | { readonly type: 'direction'; readonly direction: Direction }
  /** Not said: the publication year, unless the tense points to another. */
  | { readonly type: 'implied' }
  /** Counted from the last one mentioned: `the year-earlier quarter` is a year before it. */
  | { readonly type: 'mention'; readonly shift: number };

/** A date phrase's meaning. */
export type DateExpression =
  /** `Aug. 7, 1998`, `Oct. 23`, `Friday, Oct. 23`, `5 p.m. EST Nov. 9`. */
  | {
      readonly kind: 'month-day';
      readonly year: number | null;
      readonly month: number;
      readonly day: number;
      readonly weekday: number | null;
      readonly clock: Clock | null;
    }
  /** `April`, `last April`, `early December`, `July 1997`, `the end of November`, `November of last year`. */
  | { readonly kind: 'month'; readonly month: number; readonly year: YearSpec; readonly part: Part | null }
  /**
   * `1998`, `early 1990`, `mid-1996`, `fiscal 1989`, `nineteen ninety-six`; `evidence` is what the
   * words around a bare year say (`lead` for one with a modifier, which needs no more).
   */
  | { readonly kind: 'year'; readonly year: number; readonly part: Part | null; readonly evidence: YearEvidence }
  /** `the 1990s`, `the late '70s`; `decade` counts decades (199), `shortDecade` is a decade without its century ('80s: 8). */
  | { readonly kind: 'decade'; readonly decade: number | null; readonly shortDecade: number; readonly part: Part | null }
  /** `the 20th century`: 19. */
  | { readonly kind: 'century'; readonly century: number }
  /** `the third quarter`, `third-quarter`, `the 1988 second quarter`; `quarter` is null for `the quarter`, `the latest quarter`. */
  | { readonly kind: 'quarter'; readonly quarter: number | null; readonly year: YearSpec }
  /** `the first half of 1990`, `second-half`. */
  | { readonly kind: 'half'; readonly half: number; readonly year: YearSpec }
  /** `last fall`, `this summer`, `the summer of 1998`. */
  | { readonly kind: 'season'; readonly season: Season; readonly year: YearSpec; readonly part: Part | null }
  /** `the first week of August`; `ordinal` -1 is the last week. */
  | { readonly kind: 'month-week'; readonly ordinal: number; readonly month: number; readonly year: number | null }
  /** `the week of March 6`, `Easter week`: the week a day falls in. */
  | { readonly kind: 'week-of'; readonly day: DateExpression }
  /** `the day before last Tuesday`, `two days after Christmas`: days or weeks counted from a day the phrase names. */
  | { readonly kind: 'shifted'; readonly unit: 'day' | 'week'; readonly amount: number; readonly base: DateExpression }
  /**
   * `Monday`, `last Friday`, `Wednesday night`, `noon Saturday`, counted from the publication day;
   * `the previous Friday`, `the following Monday` are counted from the last day mentioned.
   */
  | {
      readonly kind: 'weekday';
      readonly weekday: number;
      readonly direction: Direction | null;
      readonly clock: Clock | null;
      readonly fromLast: boolean;
    }
  /** Counted from the publication day: `today` (day 0), `yesterday` (day -1), `last week`, `earlier this month`, `tonight`. */
  | {
      readonly kind: 'relative';
      readonly unit: CalendarUnit | 'weekend';
      readonly shift: number;
      readonly part: Part | null;
      readonly clock: Clock | null;
    }
  /** `three years ago`, `10 days ago`: `amount` units before the publication day; null for `years ago`. */
  | { readonly kind: 'ago'; readonly unit: CalendarUnit; readonly amount: number | null }
  /**
   * Counted from the last date mentioned: `the previous day`, `that day`, `the following year`;
   * `counted` for a number of units (`a year earlier`, `two days later`, `year-ago`), which keep
   * the precision of a quarter, half or month they count from.
   */
  | {
      readonly kind: 'anaphoric';
      readonly unit: CalendarUnit;
      readonly shift: number;
      readonly clock: Clock | null;
      readonly part: Part | null;
      readonly counted: boolean;
    }
  /** `Thanksgiving`, `Christmas Eve`, `Election Day`. */
  | { readonly kind: 'holiday'; readonly rule: HolidayRule; readonly year: YearSpec }
  /** `now`, `recently`, `the future`. */
  | { readonly kind: 'reference'; readonly reference: Reference }
  /** A time of day alone: `7:15 p.m.`, `noon`; the day is the last one mentioned. */
  | { readonly kind: 'clock'; readonly clock: Clock }
  /**
   * A length of time: `five years`, `the past two months`, `two-week`; `amount` is null for
   * `several years`, `for years`; `half` for `2 1/2 years`, `a minute and a half`.
   */
  | { readonly kind: 'duration'; readonly unit: DurationUnit; readonly amount: number | null; readonly half: boolean }
  /**
   * A time that recurs, with its TimeML value: `daily` (`P1D`), `every Monday` (`XXXX-WXX-1`),
   * `each July` (`XXXX-07`); `quant` is `EVERY` or `EACH` when the phrase says it, `freq` how many
   * times in the period (`2X` for `twice a year`).
   */
  | { readonly kind: 'set'; readonly value: string; readonly unit: DurationUnit | 'season'; readonly quant: string | null; readonly freq: string | null };
