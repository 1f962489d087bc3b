import { describe, expect, test } from 'vitest';
import { formatPublished, sortNewestFirst } from '../../src/lib/published.ts';

describe('formatPublished', () => {
  test.each([
    ['2025-12-30T23:15:00+05:30', 'IST', '30 December 2025, 23:15 IST'],
    ['2025-12-30T23:15:00+05:30', null, '30 December 2025, 23:15 UTC+05:30'],
    ['2024-03-03T08:05:00+00:00', null, '3 March 2024, 08:05 UTC'],
    ['2025-12-30', null, '30 December 2025'],
  ])('%s (%s) reads "%s"', (published, zone, expected) => {
    expect(formatPublished(published, zone)).toBe(expected);
  });
});

describe('sortNewestFirst', () => {
  test('orders by instant across zones, undated last, ties by title', () => {
    const entry = (title: string, published: string | null) => ({ data: { title, published } });
    const sorted = sortNewestFirst([
      entry('undated', null),
      entry('India evening', '2025-12-30T23:15:00+05:30'), // 17:45 UTC
      entry('London evening', '2025-12-30T18:00:00+00:00'),
      entry('B same day', '2025-12-29'),
      entry('A same day', '2025-12-29'),
    ]);
    expect(sorted.map((item) => item.data.title)).toEqual(['London evening', 'India evening', 'A same day', 'B same day', 'undated']);
  });
});
