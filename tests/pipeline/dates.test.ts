import { describe, expect, test } from 'vitest';
import { ingestFile, SAMPLE_SEED } from '../support/seeds.ts';

// Published Tuesday 30 December 2025, 23:15 IST.
const briefing = ingestFile(SAMPLE_SEED);
const dated = (phrase: string, paragraph: string) => briefing.dates.find((date) => date.phrase === phrase && date.paragraph === paragraph);

describe('the dates of the sample seed', () => {
  test('are every date phrase of the summary and body, in reading order, as written', () => {
    expect(briefing.dates.map((date) => [date.paragraph, date.phrase])).toEqual([
      ['summary', 'the first week of August'],
      ['p-1', 'earlier this month'],
      ['p-4', 'last week'],
      ['p-4', 'Monday'],
      ['p-5', 'now'],
      ['p-5', 'Monday'],
      ['p-6', 'now'],
      ['p-10', 'Earlier this year'],
    ]);
    const texts = new Map([['summary', briefing.summary ?? ''], ...briefing.body.map((p): [string, string] => [p.id, p.text])]);
    for (const date of briefing.dates) expect(texts.get(date.paragraph)?.slice(date.offset, date.offset + date.phrase.length)).toBe(date.phrase);
  });

  test('"Monday" is the Monday before the Tuesday of publication', () => {
    for (const paragraph of ['p-4', 'p-5']) {
      expect(dated('Monday', paragraph)).toMatchObject({ value: '2025-12-29', start: '2025-12-29', end: '2025-12-29', precision: 'day' });
    }
  });

  test('"last week" is the week before, 22 to 28 December', () => {
    expect(dated('last week', 'p-4')).toEqual({
      phrase: 'last week',
      type: 'DATE',
      paragraph: 'p-4',
      offset: 60,
      value: '2025-W52',
      start: '2025-12-22',
      end: '2025-12-28',
      precision: 'week',
    });
  });

  test('"earlier this month" is December 2025 up to the publication day', () => {
    expect(dated('earlier this month', 'p-1')).toMatchObject({ value: '2025-12', start: '2025-12-01', end: '2025-12-30', precision: 'month' });
  });

  test('"Earlier this year" is 2025 up to the publication day', () => {
    expect(dated('Earlier this year', 'p-10')).toMatchObject({ value: '2025', start: '2025-01-01', end: '2025-12-30', precision: 'year' });
  });

  test('"the first week of August" is 1 to 7 August 2025, a week', () => {
    expect(dated('the first week of August', 'summary')).toMatchObject({
      value: '2025-W32',
      start: '2025-08-01',
      end: '2025-08-07',
      precision: 'week',
    });
  });

  test('"now" is the present, with no calendar days', () => {
    expect(dated('now', 'p-5')).toMatchObject({ value: 'PRESENT_REF', start: null, end: null, precision: 'reference' });
  });
});

describe('the timeline of the sample seed', () => {
  test('has one event per dated clause, in calendar order, each linked to its paragraph', () => {
    expect(briefing.timeline.map((event) => [event.date.value, event.paragraph, event.text.slice(0, 40)])).toEqual([
      ['2025', 'p-10', 'Earlier this year, Trump expanded the CI'],
      ['2025-12', 'p-1', 'The Central Intelligence Agency carried '],
      ['2025-W52', 'p-4', 'Trump seemed to recognise the aerial att'],
      ['2025-12-29', 'p-4', 'When questioned again on Monday, Trump c'],
      ['2025-12-29', 'p-5', '“So we hit all the boats, and now we hit'],
    ]);
  });

  test('tells the strike once, with the body’s date, and flags the summary’s "first week of August" as a conflict', () => {
    const strike = briefing.timeline.find((event) => event.paragraph === 'p-1');
    expect(strike?.date.phrase).toBe('earlier this month');
    expect(strike?.conflicts).toEqual([expect.objectContaining({ phrase: 'the first week of August', paragraph: 'summary', value: '2025-W32' })]);
    expect(briefing.timeline.filter((event) => event.paragraph === 'summary')).toEqual([]);
  });

  test('cuts a sentence at its semicolon, keeping the clause that carries the date', () => {
    expect(briefing.timeline.find((event) => event.date.phrase === 'last week')?.text).toBe(
      'Trump seemed to recognise the aerial attack in an interview last week',
    );
  });
});
