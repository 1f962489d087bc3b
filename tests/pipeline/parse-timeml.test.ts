import { describe, expect, test } from 'vitest';
import { rangeOf, toTimeMl, formatDay } from '../../src/pipeline/dates/calendar.ts';
import { parseTimeMl } from '../../src/pipeline/dates/parse-timeml.ts';

describe('parseTimeMl', () => {
  test.each([
    ['2025-12-29', 'day', '2025-12-29', '2025-12-29'],
    ['2025-12-29T23:15', 'time', '2025-12-29', '2025-12-29'],
    ['2025-12-29TNI', 'time', '2025-12-29', '2025-12-29'],
    ['2025-W52', 'week', '2025-12-22', '2025-12-28'],
    ['2025-W32-WE', 'week', '2025-08-09', '2025-08-10'],
    ['2025-08', 'month', '2025-08-01', '2025-08-31'],
    ['2025-Q3', 'quarter', '2025-07-01', '2025-09-30'],
    ['2025-H1', 'half', '2025-01-01', '2025-06-30'],
    ['2025-WI', 'season', '2025-12-01', '2026-02-28'],
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['199', 'decade', '1990-01-01', '1999-12-31'],
    ['19', 'century', '1900-01-01', '1999-12-31'],
  ])('reads %s as a %s from %s to %s, and writes it back the same', (value, precision, first, last) => {
    const parsed = parseTimeMl(value);
    expect(parsed?.precision).toBe(precision);
    const range = parsed ? rangeOf(parsed) : null;
    expect(range && [formatDay(range.first), formatDay(range.last)]).toEqual([first, last]);
    expect(parsed && toTimeMl(parsed)).toBe(value);
  });

  test('reads references, which have no days', () => {
    expect(parseTimeMl('PAST_REF')).toEqual({ precision: 'reference', reference: 'PAST_REF' });
  });

  test.each(['2025-02-30', '2025-13', '2025-W54', '2025-Q5', 'XXXX-WXX', 'last week', ''])('refuses %j', (value) => {
    expect(parseTimeMl(value)).toBeNull();
  });
});
