import { describe, expect, test } from 'vitest';
import { fc, test as property } from '@fast-check/vitest';
import { formatDay, isoWeekOf, isoWeekStart, parseDay, rangeOf, shiftValue, toTimeMl, weekdayOf, type CalendarValue } from '../../src/pipeline/dates/calendar.ts';

const day = (text: string) => parseDay(text) ?? Number.NaN;

describe('ISO weeks', () => {
  test.each([
    ['2025-12-29', 2026, 1],
    ['2025-12-28', 2025, 52],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2024-12-30', 2025, 1],
  ])('%s is in week %i-W%i', (text, year, week) => {
    expect(isoWeekOf(day(text))).toEqual({ year, week });
  });

  property.prop([fc.integer({ min: -20_000, max: 60_000 })])('every day lies in the week its ISO week names', (dayNumber) => {
    const { year, week } = isoWeekOf(dayNumber);
    const monday = isoWeekStart(year, week);
    expect(dayNumber - monday).toBeGreaterThanOrEqual(0);
    expect(dayNumber - monday).toBeLessThan(7);
    expect(weekdayOf(monday)).toBe(1);
  });
});

describe('calendar values', () => {
  test.each<[CalendarValue, string, string, string]>([
    [{ precision: 'week', year: 2025, week: 52, weekend: false }, '2025-W52', '2025-12-22', '2025-12-28'],
    [{ precision: 'week', year: 2025, week: 52, weekend: true }, '2025-W52-WE', '2025-12-27', '2025-12-28'],
    [{ precision: 'quarter', year: 2024, quarter: 1 }, '2024-Q1', '2024-01-01', '2024-03-31'],
    [{ precision: 'half', year: 2024, half: 2 }, '2024-H2', '2024-07-01', '2024-12-31'],
    [{ precision: 'season', year: 2024, season: 'WI' }, '2024-WI', '2024-12-01', '2025-02-28'],
    [{ precision: 'decade', decade: 199 }, '199', '1990-01-01', '1999-12-31'],
    [{ precision: 'century', century: 19 }, '19', '1900-01-01', '1999-12-31'],
    [{ precision: 'time', day: day('2025-12-29'), clock: { part: 'NI' } }, '2025-12-29TNI', '2025-12-29', '2025-12-29'],
  ])('%o is %s, from %s to %s', (value, timeMl, first, last) => {
    expect(toTimeMl(value)).toBe(timeMl);
    const range = rangeOf(value);
    expect(range && [formatDay(range.first), formatDay(range.last)]).toEqual([first, last]);
  });

  test('move by whole units of their own size, keeping their precision', () => {
    expect(toTimeMl(shiftValue({ precision: 'quarter', year: 2025, quarter: 1 }, 'quarter', -1))).toBe('2024-Q4');
    expect(toTimeMl(shiftValue({ precision: 'quarter', year: 1989, quarter: 3 }, 'year', -1))).toBe('1988-Q3');
    expect(toTimeMl(shiftValue({ precision: 'month', year: 2025, month: 1 }, 'month', -1))).toBe('2024-12');
    expect(toTimeMl(shiftValue({ precision: 'week', year: 2025, week: 52, weekend: false }, 'week', 1))).toBe('2026-W01');
    expect(toTimeMl(shiftValue({ precision: 'day', day: day('2024-02-29') }, 'year', 1))).toBe('2025-02-28');
    expect(toTimeMl(shiftValue({ precision: 'year', year: 2025 }, 'day', 3))).toBe('2025');
  });
});
