import { describe, expect, test } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { parseByline, resolveZone, toReadingCase } from '../../src/pipeline/stages/byline.ts';

const read = (text: string) => parseByline({ line: 2, text }, DEFAULT_CONTEXT);

describe('parseByline', () => {
  test('reads desk, outlet and date with its zone', () => {
    expect(read('TOI GLOBAL DESK | TOI GLOBAL | Dec 30, 2025, 23:15 IST')).toEqual({
      value: {
        author: 'TOI Global Desk',
        outlet: 'The Times of India',
        published: { iso: '2025-12-30T23:15:00+05:30', zone: 'IST' },
      },
      diagnostics: [],
    });
  });

  test('names an outlet it does not know as printed, in reading case', () => {
    expect(read('WORLD DESK | THE DAILY | Mar 3, 2024, 08:05 GMT')?.value).toEqual({
      author: 'World Desk',
      outlet: 'The Daily',
      published: { iso: '2024-03-03T08:05:00+00:00', zone: 'GMT' },
    });
  });

  test('keeps the day and drops the time when the zone is unknown, and says so', () => {
    const parsed = read('WORLD DESK | THE DAILY | Dec 30, 2025, 23:15 XYZ');
    expect(parsed?.value.published).toEqual({ iso: '2025-12-30', zone: null });
    expect(parsed?.diagnostics).toEqual([
      { severity: 'warning', rule: 'byline-zone', line: 2, column: 26, message: 'Found the unknown time zone "XYZ"; kept the date, dropped the time' },
    ]);
  });

  test('leaves the briefing undated when the stamp has no year, and says so', () => {
    const parsed = read('WORLD DESK | THE DAILY | Dec 30, 23:15 GMT');
    expect(parsed?.value.published).toBeNull();
    expect(parsed?.diagnostics).toEqual([expect.objectContaining({ rule: 'byline-date', line: 2 })]);
  });

  test('keeps a date without a time as a bare day', () => {
    expect(read('WORLD DESK | THE DAILY | 30 December 2025')?.value.published).toEqual({ iso: '2025-12-30', zone: null });
  });

  test.each(['Just a sentence with | a pipe.', 'A | B | no date here', 'ONE | TWO'])('is not a byline: %j', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('resolveZone', () => {
  test("lets the outlet's country choose between meanings of an abbreviation", () => {
    expect(resolveZone('IST', DEFAULT_CONTEXT.zones, 'IN')).toBe('+05:30');
    expect(resolveZone('IST', DEFAULT_CONTEXT.zones, 'IE')).toBe('+01:00');
    expect(resolveZone('CST', DEFAULT_CONTEXT.zones, 'CN')).toBe('+08:00');
    expect(resolveZone('CST', DEFAULT_CONTEXT.zones, null)).toBe('-06:00');
    expect(resolveZone('QQQ', DEFAULT_CONTEXT.zones, null)).toBeNull();
  });
});

describe('toReadingCase', () => {
  test('title-cases all-caps text but keeps the acronyms it is told to', () => {
    expect(toReadingCase('TOI GLOBAL DESK', new Set(['TOI']))).toBe('TOI Global Desk');
  });

  test('leaves mixed-case text as its author wrote it', () => {
    expect(toReadingCase('Jane McDonald', new Set())).toBe('Jane McDonald');
  });
});
