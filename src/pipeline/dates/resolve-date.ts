/**
 * Place a date phrase's meaning on the calendar: against the publication's local day, the tense
 * of its sentence, and the last date mentioned before it. What the phrase does not say stays
 * unsaid: `last week` is a week, `in 2009` a year, `recently` a reference.
 *
 * Without a publication day, phrases that count from it keep TimeML's `X` for what is unknown
 * (`XXXX-08-07`, `XXXX-WXX`) and have no calendar days: the value never comes from the clock.
 */
import {
  containing,
  daysInMonth,
  fromDayNumber,
  isFiner,
  isoWeekOf,
  rangeOf,
  shiftValue,
  toDayNumber,
  toTimeMl,
  weekdayOf,
  type CalendarUnit,
  type CalendarValue,
  type Clock,
  type DayPart,
  type DayRange,
  type Season,
} from './calendar.ts';
import { durationValue, type DurationUnit } from './durations.ts';
import type { DateExpression, Direction, Part, YearSpec } from './expressions.ts';
import type { HolidayRule } from './lexicon.ts';
import type { Tense } from './tense.ts';
import type { Precision } from '../types.ts';

/** What a phrase is resolved against. */
export interface ResolveContext {
  /** The publication's day in the outlet's own time zone, as a day number, or null when undated. */
  readonly today: number | null;
  readonly tense: Tense;
  /** The last date mentioned before the phrase (not a reference), or null. */
  readonly last: CalendarValue | null;
  /** The last day mentioned (a date or time of day), as a day number, or null: what `that day` and `at 10 p.m.` refer to. */
  readonly lastDay: number | null;
  /**
   * The first quarter the text names, or null: the period a company's report is about, which
   * `the quarter`, `the year-earlier period` and `the 1989 period` go on referring to after an
   * aside about another (`after a flat second quarter`).
   */
  readonly period: CalendarValue | null;
}

/** A phrase placed on the calendar. */
export interface ResolvedDate {
  /** TimeML value: `2025-12-29`, `2025-W52`, `XXXX-08-07`, `PAST_REF`. */
  readonly value: string;
  readonly precision: Precision;
  /** The days covered, or null for references and values the context cannot place. */
  readonly range: DayRange | null;
  /** The calendar value, or null when the value is only partly known. */
  readonly calendar: CalendarValue | null;
}

/**
 * Resolve a date expression.
 *
 * @example resolveDate({ kind: 'relative', unit: 'week', shift: -1, part: null, clock: null }, { today: parseDay('2025-12-30'), tense: 'unknown', last: null, lastDay: null, period: null })
 *   // { value: '2025-W52', precision: 'week', range: 22–28 Dec 2025, … }
 */
export function resolveDate(expression: DateExpression, context: ResolveContext): ResolvedDate {
  switch (expression.kind) {
    case 'month-day':
      return resolveMonthDay(expression, context);
    case 'month':
      return resolveMonth(expression.month, expression.year, expression.part, context);
    case 'year':
      return narrowed({ precision: 'year', year: expression.year }, expression.part, context);
    case 'decade':
      return resolveDecade(expression.decade, expression.shortDecade, expression.part, context);
    case 'century':
      return placed({ precision: 'century', century: expression.century });
    case 'quarter':
      return resolvePeriod('quarter', expression.quarter, expression.year, context);
    case 'half':
      return resolvePeriod('half', expression.half, expression.year, context);
    case 'season':
      return resolveSeason(expression.season, expression.year, expression.part, context);
    case 'month-week':
      return resolveMonthWeek(expression.ordinal, expression.month, expression.year, context);
    case 'week-of': {
      const day = resolveDate(expression.day, context);
      const first = day.range?.first;
      return first === undefined ? unplaced('XXXX-WXX', 'week') : placed(containing(first, 'week'));
    }
    case 'shifted':
      return resolveShifted(expression.unit, expression.amount, resolveDate(expression.base, context));
    case 'weekday':
      return resolveWeekday(expression.weekday, expression.direction, expression.clock, expression.fromLast ? (context.lastDay ?? context.today) : context.today, context.tense);
    case 'relative':
      return resolveRelative(expression.unit, expression.shift, expression.part, expression.clock, context);
    case 'ago':
      return resolveAgo(expression.unit, expression.amount, context);
    case 'anaphoric':
      return resolveAnaphoric(expression, context);
    case 'holiday':
      return resolveHoliday(expression.rule, expression.year, context);
    case 'reference':
      return placed({ precision: 'reference', reference: expression.reference });
    case 'clock':
      return resolveClock(expression.clock, context);
    case 'duration':
      return unplaced(durationValue(expression.unit, expression.amount, expression.half), unitPrecision(expression.unit));
    case 'set':
      return unplaced(expression.value, unitPrecision(expression.unit));
  }
}

/** The precision a length or a recurrence is counted at: `P3M` in months, `PT2H` in time of day. */
function unitPrecision(unit: DurationUnit | 'season'): Precision {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return 'time';
    case 'millennium':
      return 'century';
    default:
      return unit;
  }
}

/** A value known in full. */
function placed(value: CalendarValue, range: DayRange | null = rangeOf(value)): ResolvedDate {
  return { value: toTimeMl(value), precision: value.precision, range, calendar: value };
}

/** A value only partly known, such as `XXXX-08-07`. */
function unplaced(value: string, precision: Precision): ResolvedDate {
  return { value, precision, range: null, calendar: null };
}

function withClock(day: number, clock: Clock | null): CalendarValue {
  return clock === null ? { precision: 'day', day } : { precision: 'time', day, clock };
}

function clockText(clock: Clock | null): string {
  if (clock === null) return '';
  return 'part' in clock ? `T${clock.part}` : `T${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}

/**
 * The part of a value's days a phrase such as `early`, `late` or `earlier this` points to. Years
 * split into thirds by months (January–April, May–August, September–December), decades by years
 * (0–3, 4–6, 7–9), weeks into Monday–Wednesday, Tuesday–Thursday and Thursday–Sunday, and
 * anything else into thirds of its days. `earlier` and `later` split at the publication day.
 */
function narrowed(value: CalendarValue, part: Part | null, context: ResolveContext): ResolvedDate {
  const range = rangeOf(value);
  if (range === null || part === null) return placed(value, range);
  if (part === 'earlier' || part === 'later') {
    const today = context.today;
    if (today === null || today < range.first || today > range.last) return placed(value, range);
    return placed(value, part === 'earlier' ? { first: range.first, last: today } : { first: today, last: range.last });
  }
  const index = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  if (value.precision === 'year') {
    const [first, last] = ([[1, 4], [5, 8], [9, 12]] as const)[index];
    return placed(value, { first: toDayNumber(value.year, first, 1), last: toDayNumber(value.year, last, daysInMonth(value.year, last)) });
  }
  if (value.precision === 'decade') {
    const [first, last] = ([[0, 3], [4, 6], [7, 9]] as const)[index];
    return placed(value, { first: toDayNumber(value.decade * 10 + first, 1, 1), last: toDayNumber(value.decade * 10 + last, 12, 31) });
  }
  if (value.precision === 'week') {
    const [first, last] = ([[0, 2], [1, 3], [3, 6]] as const)[index];
    return placed(value, { first: range.first + first, last: range.first + last });
  }
  const third = Math.floor((range.last - range.first + 1) / 3);
  const bounds = [
    { first: range.first, last: range.first + third - 1 },
    { first: range.first + third, last: range.last - third },
    { first: range.last - third + 1, last: range.last },
  ][index];
  return placed(value, bounds ?? range);
}

/** The year a month and day without a year fall in: the last one before today, or the next one when the tense says so. */
function resolveMonthDay(expression: Extract<DateExpression, { kind: 'month-day' }>, context: ResolveContext): ResolvedDate {
  const { month, day, weekday, clock } = expression;
  let year = expression.year;
  const today = context.today;
  if (year === null && today !== null) {
    const current = fromDayNumber(today).year;
    const candidates = [current - 1, current, current + 1].filter((candidate) => day <= daysInMonth(candidate, month));
    const byWeekday = weekday === null ? [] : candidates.filter((candidate) => weekdayOf(toDayNumber(candidate, month, day)) === weekday);
    const pool = byWeekday.length > 0 ? byWeekday : candidates;
    year = pickYear(pool, (candidate) => toDayNumber(candidate, month, day), today, byWeekday.length > 0 ? 'unknown' : context.tense);
  }
  if (year === null) return unplaced(`XXXX-${pad(month)}-${pad(day)}${clockText(clock)}`, clock === null ? 'day' : 'time');
  if (day > daysInMonth(year, month)) return placed({ precision: 'month', year, month });
  return placed(withClock(toDayNumber(year, month, day), clock));
}

/**
 * Choose among candidate years by where the day they give falls from today: the nearest one on
 * the side the tense points to when it lies within ten months, else the nearest one overall
 * (`is payable Dec. 15` in November is this December; `by Jan. 14` in early January is days away).
 */
function pickYear(candidates: readonly number[], dayOf: (year: number) => number, today: number, tense: Tense): number | null {
  const nearest = (allowed: (distance: number) => boolean): number | null => {
    let best: number | null = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
      const distance = dayOf(candidate) - today;
      if (allowed(distance) && Math.abs(distance) < bestDistance) {
        best = candidate;
        bestDistance = Math.abs(distance);
      }
    }
    return best;
  };
  const onSide =
    tense === 'future' ? nearest((distance) => distance >= 0 && distance <= TENSE_REACH) : tense === 'past' ? nearest((distance) => distance <= 0 && distance >= -TENSE_REACH) : null;
  return onSide ?? nearest(() => true);
}

const TENSE_REACH = 300;

/** How many days ahead a quarter or half may begin and still be read, with no tense, as the coming one. */
const NEXT_PERIOD = 92;

function resolveMonth(month: number, spec: YearSpec, part: Part | null, context: ResolveContext): ResolvedDate {
  const year = monthYear(month, spec, context);
  if (year === null) return unplaced(`XXXX-${pad(month)}`, 'month');
  return narrowed({ precision: 'month', year, month }, part, context);
}

/** The year of a month named without one: `last April`, `next March`, or by tense. */
function monthYear(month: number, spec: YearSpec, context: ResolveContext): number | null {
  if (spec.type === 'explicit') return spec.year;
  if (context.today === null) return null;
  const { year, month: current } = fromDayNumber(context.today);
  switch (spec.type) {
    case 'relative':
      return year + spec.shift;
    case 'direction':
      // `last February` said in March is not the month just over (that is `last month`), but the one a year before.
      if (spec.direction < 0) return month < current - 1 ? year : year - 1;
      if (spec.direction > 0) return month > current ? year : year + 1;
      return year;
    case 'implied':
    case 'mention': {
      if (context.tense === 'future') return month >= current ? year : year + 1;
      if (context.tense === 'past') return month <= current ? year : year - 1;
      // Said with no tense, a month points to the past, unless it is one of the next two
      // (`in January`, written in November, is the coming January).
      const ahead = (month - current + 12) % 12;
      if (ahead >= 1 && ahead <= 2) return month > current ? year : year + 1;
      return month <= current ? year : year - 1;
    }
  }
}

function resolveDecade(decade: number | null, shortDecade: number, part: Part | null, context: ResolveContext): ResolvedDate {
  if (decade !== null) return narrowed({ precision: 'decade', decade }, part, context);
  // `the '80s`: the latest such decade that has begun by the publication year (1900s when undated).
  const year = context.today === null ? 1999 : fromDayNumber(context.today).year;
  let century = Math.floor(year / 100);
  if (century * 100 + shortDecade * 10 > year) century -= 1;
  return narrowed({ precision: 'decade', decade: century * 10 + shortDecade }, part, context);
}

/**
 * A quarter or half. Without a year it is the publication year's, or the year before when the
 * sentence is in the past and that period has not begun yet. Without a number (`the quarter`,
 * `the year-earlier quarter`) it is the period the report is about (the first quarter named),
 * else the last one mentioned, else the last one completed.
 */
function resolvePeriod(unit: 'quarter' | 'half', index: number | null, spec: YearSpec, context: ResolveContext): ResolvedDate {
  const today = context.today;
  const last = context.period ?? context.last;
  const lastSame = last !== null && last.precision === unit ? last : null;
  if (index === null) {
    let base: CalendarValue | null = lastSame;
    if (base === null && today !== null) base = shiftValue(containing(today, unit), unit, -1);
    if (base === null) return unplaced(`XXXX-${unit === 'quarter' ? 'QX' : 'HX'}`, unit);
    if (spec.type === 'explicit' && 'year' in base) base = { ...base, year: spec.year };
    else if (spec.type === 'mention') base = shiftValue(base, 'year', spec.shift);
    else if (spec.type === 'relative' && today !== null && 'year' in base) base = { ...base, year: fromDayNumber(today).year + spec.shift };
    return placed(base);
  }
  const make = (year: number): CalendarValue => (unit === 'quarter' ? { precision: 'quarter', year, quarter: index } : { precision: 'half', year, half: index });
  const letter = unit === 'quarter' ? 'Q' : 'H';
  switch (spec.type) {
    case 'explicit':
      return placed(make(spec.year));
    case 'mention': {
      const year = last !== null && 'year' in last ? last.year : today === null ? null : fromDayNumber(today).year;
      return year === null ? unplaced(`XXXX-${letter}${index}`, unit) : placed(make(year + spec.shift));
    }
    case 'relative':
    case 'direction':
    case 'implied': {
      if (today === null) return unplaced(`XXXX-${letter}${index}`, unit);
      const year = fromDayNumber(today).year;
      if (spec.type === 'relative') return placed(make(year + spec.shift));
      if (spec.type === 'direction') return placed(make(year + spec.direction));
      const range = rangeOf(make(year));
      if (range !== null && context.tense === 'past' && range.first > today) return placed(make(year - 1));
      // Said with no tense, a quarter or half still months off is the last one over, as news
      // reports on periods that are done (`profits fell in the fourth quarter`, said in January);
      // the next one to begin is this year's.
      if (range !== null && context.tense === 'unknown' && range.first - today > NEXT_PERIOD) return placed(make(year - 1));
      return placed(make(year));
    }
  }
}

/**
 * A season without a year. Winter runs from December into the next year, so `this winter` in
 * January began the December before. `last summer` is the last one over, `next summer` the next
 * to begin; said plainly, a season is the current or last one, or the current or next one when
 * the sentence speaks of the future.
 */
function resolveSeason(season: Season, spec: YearSpec, part: Part | null, context: ResolveContext): ResolvedDate {
  const inYear = (year: number): CalendarValue => ({ precision: 'season', year, season });
  if (spec.type === 'explicit') return narrowed(inYear(spec.year), part, context);
  // `that summer`: in the year of the date just spoken of (a decade or a century has no one year).
  const last = context.last;
  const lastRange = spec.type === 'mention' && last !== null && last.precision !== 'decade' && last.precision !== 'century' ? rangeOf(last) : null;
  if (lastRange !== null) return narrowed(inYear(fromDayNumber(lastRange.first).year + (spec.type === 'mention' ? spec.shift : 0)), part, context);
  const today = context.today;
  if (today === null) return unplaced(`XXXX-${season}`, 'season');
  const { year, month } = fromDayNumber(today);
  const instances = [year - 2, year - 1, year, year + 1].map((candidate) => {
    const value = inYear(candidate);
    return { value, range: rangeOf(value) ?? { first: today, last: today } };
  });
  const latest = (test: (range: DayRange) => boolean) => [...instances].reverse().find(({ range }) => test(range))?.value;
  const earliest = (test: (range: DayRange) => boolean) => instances.find(({ range }) => test(range))?.value;
  let value: CalendarValue | undefined;
  if (spec.type === 'relative' && spec.shift === 0) {
    value = earliest((range) => range.first <= today && today <= range.last) ?? inYear(season === 'WI' && month <= 2 ? year - 1 : year);
  } else if (spec.type === 'relative') {
    value = inYear(year + spec.shift);
  } else if (spec.type === 'direction' && spec.direction < 0) {
    value = latest((range) => range.last < today);
  } else if (spec.type === 'direction' && spec.direction > 0) {
    value = earliest((range) => range.first > today);
  } else if (context.tense === 'future') {
    value = earliest((range) => range.last >= today);
  } else {
    value = latest((range) => range.first <= today);
  }
  return narrowed(value ?? inYear(year), part, context);
}

/** `the first week of August`: the first seven days of that month; its value is the ISO week holding most of them. */
function resolveMonthWeek(ordinal: number, month: number, written: number | null, context: ResolveContext): ResolvedDate {
  const year = written ?? monthYear(month, { type: 'implied' }, context);
  if (year === null) return unplaced('XXXX-WXX', 'week');
  const length = daysInMonth(year, month);
  const firstDay = ordinal < 0 ? length - 6 : (ordinal - 1) * 7 + 1;
  const first = toDayNumber(year, month, Math.min(firstDay, length - 6));
  const week = isoWeekOf(first + 3);
  return placed({ precision: 'week', ...week, weekend: false }, { first, last: first + 6 });
}

/** `the day before last Tuesday`: a day counted from the day the phrase names. */
function resolveShifted(unit: 'day' | 'week', amount: number, base: ResolvedDate): ResolvedDate {
  const calendar = base.calendar;
  if (calendar === null || (calendar.precision !== 'day' && calendar.precision !== 'time')) return unplaced('XXXX-XX-XX', 'day');
  return placed({ precision: 'day', day: calendar.day + amount * (unit === 'week' ? 7 : 1) });
}

/** Parts of the day that a weekday dates by the day alone: `Friday night`, `Thursday morning`. */
const DATED_BY_DAY: ReadonlySet<DayPart> = new Set(['MO', 'NI']);

/**
 * A weekday: the last one up to `today` in the past or when the tense is unknown, the next one
 * from `today` in the future; `last Friday` is strictly before `today`, `next Friday` strictly
 * after. `today` is the publication day, or the last day mentioned for `the previous Friday`.
 *
 * What happened `Friday night` or `Thursday morning` is dated by its day: expert TimeML
 * annotations of news give the plain day for these more often than the part of the day, and
 * keep the part for an evening (`Friday evening` is TEV) or a clock time.
 */
function resolveWeekday(weekday: number, direction: Direction | null, written: Clock | null, today: number | null, tense: Tense): ResolvedDate {
  const clock = written !== null && 'part' in written && DATED_BY_DAY.has(written.part) ? null : written;
  if (today === null) return unplaced(`XXXX-XX-XX${clockText(clock)}`, clock === null ? 'day' : 'time');
  const back = (weekdayOf(today) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(today) + 7) % 7;
  let day: number;
  if (direction === -1) day = today - (back === 0 ? 7 : back);
  else if (direction === 1) day = today + (forward === 0 ? 7 : forward);
  else if (direction === 0) day = today - weekdayOf(today) + weekday;
  else day = tense === 'future' ? today + forward : today - back;
  return placed(withClock(day, clock));
}

function resolveRelative(unit: CalendarUnit | 'weekend', shift: number, part: Part | null, clock: Clock | null, context: ResolveContext): ResolvedDate {
  const today = context.today;
  if (unit === 'weekend') {
    if (today === null) return unplaced('XXXX-WXX-WE', 'week');
    return placed({ precision: 'week', ...isoWeekOf(weekendDay(today, shift, context.tense)), weekend: true });
  }
  if (today === null) return unplaced(unknownValue(unit, clock), unit === 'day' && clock !== null ? 'time' : unit);
  if (unit === 'day') return placed(withClock(today + shift, clock));
  return narrowed(shiftValue(containing(today, unit), unit, shift), part, context);
}

/**
 * A day of the weekend meant by `last weekend` (-1), `next weekend` (1), or `this weekend`, `the
 * weekend` (0): during a weekend, that one; on a weekday, the coming one, or the one before when
 * the sentence is in the past (`the weekend's talks failed`).
 */
function weekendDay(today: number, shift: number, tense: Tense): number {
  const weekday = weekdayOf(today);
  const saturday = today - weekday + 6;
  if (weekday >= 6) return shift < 0 ? saturday - 7 : shift > 0 ? saturday + 7 : saturday;
  if (shift < 0) return saturday - 7;
  if (shift > 0) return saturday;
  return tense === 'past' ? saturday - 7 : saturday;
}

function unknownValue(unit: CalendarUnit, clock: Clock | null): string {
  switch (unit) {
    case 'day':
      return `XXXX-XX-XX${clockText(clock)}`;
    case 'week':
      return 'XXXX-WXX';
    case 'month':
      return 'XXXX-XX';
    case 'quarter':
      return 'XXXX-QX';
    case 'half':
      return 'XXXX-HX';
    case 'year':
      return 'XXXX';
    case 'decade':
      return 'XXX';
    case 'century':
      return 'XX';
  }
}

/** `three years ago`: counted back from today, at the precision of the unit (a decade back is a year). */
function resolveAgo(unit: CalendarUnit, amount: number | null, context: ResolveContext): ResolvedDate {
  const today = context.today;
  if (amount === null) return placed({ precision: 'reference', reference: 'PAST_REF' });
  const last = context.last;
  // `profit rose from a year ago`: after a quarter or half, the same period a year before.
  if (unit === 'year' && amount === 1 && last !== null && (last.precision === 'quarter' || last.precision === 'half' || last.precision === 'month')) {
    return placed(shiftValue(last, 'year', -amount));
  }
  if (today === null) return unplaced(unknownValue(unit === 'decade' || unit === 'century' ? 'year' : unit, null), unit === 'decade' || unit === 'century' ? 'year' : unit);
  if (unit === 'decade' || unit === 'century') {
    return placed({ precision: 'year', year: fromDayNumber(today).year - amount * (unit === 'decade' ? 10 : 100) });
  }
  if (unit === 'day') return placed({ precision: 'day', day: today - amount });
  return placed(shiftValue(containing(today, unit), unit, -amount));
}

/**
 * Counted from the last date mentioned: `the previous day` is the day before it, `that year` its
 * year, `a year earlier` the same period a year before (a quarter stays a quarter). With no date
 * mentioned before, the publication day stands in.
 */
function resolveAnaphoric(expression: Extract<DateExpression, { kind: 'anaphoric' }>, context: ResolveContext): ResolvedDate {
  const { unit, shift, clock, part, counted } = expression;
  const last = context.last;
  // `profit fell from a year earlier`: after a quarter, half or month, the same period a year before.
  if (counted && last !== null && (last.precision === 'quarter' || last.precision === 'half' || last.precision === 'month') && isFiner(last.precision, unit)) {
    return placed(shiftValue(last, unit, shift));
  }
  const lastRange = last === null ? null : rangeOf(last);
  // A count of years or months back from anything else is a count from today, as `ago` is; a
  // count forward (`a month later`) goes on from the date the story just told.
  const fromLast = lastRange !== null && last !== null && !isFiner(unit, last.precision) && !(counted && shift < 0 && unit !== 'day' && unit !== 'week');
  const anchor = fromLast && lastRange !== null ? lastRange.first : unit === 'day' ? (context.lastDay ?? context.today) : context.today;
  if (anchor === null) return unplaced(unknownValue(unit, clock), unit === 'day' && clock !== null ? 'time' : unit);
  if (unit === 'day') return placed(withClock(anchor + shift, clock));
  return narrowed(shiftValue(containing(anchor, unit), unit, shift), part, context);
}

/** A holiday: the one the tense points to, nearest today; `last Christmas` strictly before, `next` strictly after. */
function resolveHoliday(rule: HolidayRule, spec: YearSpec, context: ResolveContext): ResolvedDate {
  if (spec.type === 'explicit') return placed({ precision: 'day', day: holidayDay(rule, spec.year) });
  const today = context.today;
  if (today === null) return unplaced('XXXX-XX-XX', 'day');
  const year = fromDayNumber(today).year;
  if (spec.type === 'relative') return placed({ precision: 'day', day: holidayDay(rule, year + spec.shift) });
  const candidates = [year - 1, year, year + 1];
  if (spec.type === 'direction' && spec.direction !== 0) {
    const days = candidates.map((candidate) => holidayDay(rule, candidate));
    const day = spec.direction < 0 ? days.filter((d) => d < today).at(-1) : days.find((d) => d > today);
    return placed({ precision: 'day', day: day ?? holidayDay(rule, year) });
  }
  const chosen = pickYear(candidates, (candidate) => holidayDay(rule, candidate), today, context.tense);
  return placed({ precision: 'day', day: holidayDay(rule, chosen ?? year) });
}

/** The day of a holiday in a year. */
export function holidayDay(rule: HolidayRule, year: number): number {
  switch (rule.type) {
    case 'fixed':
      return toDayNumber(year, rule.month, rule.day);
    case 'nth-weekday': {
      if (rule.nth < 0) {
        const lastDay = toDayNumber(year, rule.month, daysInMonth(year, rule.month));
        return lastDay - ((weekdayOf(lastDay) - rule.weekday + 7) % 7) + (rule.after ?? 0);
      }
      const firstDay = toDayNumber(year, rule.month, 1);
      return firstDay + ((rule.weekday - weekdayOf(firstDay) + 7) % 7) + (rule.nth - 1) * 7 + (rule.after ?? 0);
    }
    case 'easter':
      return easterSunday(year) + rule.offset;
  }
}

/** Easter Sunday of a year (Gregorian computus, anonymous algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber(year, month, day);
}

/** A time of day alone: on the last day mentioned, else on the publication day. */
function resolveClock(clock: Clock, context: ResolveContext): ResolvedDate {
  const day = context.lastDay ?? context.today;
  if (day === null) return unplaced(`XXXX-XX-XX${clockText(clock)}`, 'time');
  return placed({ precision: 'time', day, clock });
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

