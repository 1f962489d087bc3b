import { describe, expect, test } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { parseByline, readBylineLine, resolveZone, toReadingCase } from '../../src/pipeline/stages/byline.ts';
import { readDateline, withoutDateline } from '../../src/pipeline/stages/dateline.ts';
import { findStamp } from '../../src/pipeline/stages/stamp.ts';

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

describe('readBylineLine', () => {
  const readLine = (text: string) => readBylineLine({ line: 4, text }, DEFAULT_CONTEXT)?.value ?? null;

  test.each([
    ['By Jane Doe, Reuters', { author: 'Jane Doe', outlet: 'Reuters', published: null }],
    ['By Tess Bonn - 11/19/19 06:56 AM EST', { author: 'Tess Bonn', outlet: null, published: { iso: '2019-11-19T06:56:00-05:00', zone: 'EST' } }],
    ['Chris Davies - Nov 19, 2019, 10:31 pm CST', { author: 'Chris Davies', outlet: null, published: { iso: '2019-11-19T22:31:00-06:00', zone: 'CST' } }],
    ['Updated: 12 March 2024 14:05 GMT', { author: null, outlet: null, published: { iso: '2024-03-12T14:05:00+00:00', zone: 'GMT' } }],
    ['2019-11-19T12:48:14Z', { author: null, outlet: null, published: { iso: '2019-11-19T12:48:14+00:00', zone: null } }],
    ['By Meg James Staff Writer', { author: 'Meg James', outlet: null, published: null }],
    ['By Stefan Becket, Kathryn Watson, Grace Segers', { author: 'Stefan Becket, Kathryn Watson, Grace Segers', outlet: null, published: null }],
    ['Natasha Turak @NatashaTurak', { author: 'Natasha Turak', outlet: null, published: null }],
    ['Tom Davies Associated Press', { author: 'Tom Davies', outlet: 'Associated Press', published: null }],
    ['By Umair Irfan Updated Nov 13, 2019, 10:28am EST', { author: 'Umair Irfan', outlet: null, published: { iso: '2019-11-13T10:28:00-05:00', zone: 'EST' } }],
    ['Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT', { author: null, outlet: null, published: { iso: '2019-11-18T18:54:00+00:00', zone: 'GMT' } }],
    ['By Express Web Desk', { author: 'Express Web Desk', outlet: null, published: null }],
    ['By TOI GLOBAL DESK, 2025-12-30T23:15:00+05:30', { author: 'TOI Global Desk', outlet: 'The Times of India', published: { iso: '2025-12-30T23:15:00+05:30', zone: null } }],
    // A label of two words ending in `by` is the label, not a name before it.
    ['Written by Ana Ruiz', { author: 'Ana Ruiz', outlet: null, published: null }],
    ['Reported By Ana Ruiz | Published: March 3, 2024', { author: 'Ana Ruiz', outlet: null, published: { iso: '2024-03-03', zone: null } }],
    ['Words by Ana Ruiz and Tom Lee', { author: 'Ana Ruiz and Tom Lee', outlet: null, published: null }],
    // Dates in other languages, read by the language whose month names they print.
    ['Por Ana de Souza | 4 de março de 2025', { author: 'Ana de Souza', outlet: null, published: { iso: '2025-03-04', zone: null } }],
    ['Von Jan Müller, 4. März 2025', { author: 'Jan Müller', outlet: null, published: { iso: '2025-03-04', zone: null } }],
    ['4 марта 2025', { author: null, outlet: null, published: { iso: '2025-03-04', zone: null } }],
    ['2025年3月4日', { author: null, outlet: null, published: { iso: '2025-03-04', zone: null } }],
    ['mercredi 5 mars 2025', { author: null, outlet: null, published: { iso: '2025-03-05', zone: null } }],
  ])('reads %j', (text, byline) => {
    expect(readLine(text)).toEqual(byline);
  });

  test.each([
    'By most accounts, the law worked. It slowed the decline of the water table.',
    'Republicans Are Following Trump to Nowhere',
    'Opinion Columnist',
    'Published 1 day ago',
    'THE HAGUE, Netherlands (AP)_ The World Court Friday rejected U.S.',
    'By the desk',
    'By the time the team arrived, the desk was gone',
    // A label ending in a particle is no name: the line is a label and a stamp with words between.
    'Publié le 4 mars 2025 pour les abonnés',
  ])('is not a byline: %j', (text) => {
    expect(readLine(text)).toBeNull();
  });

  test('resolves ET to summer or winter time by the date', () => {
    expect(readLine('Nov. 19, 2019 8:03 am ET')?.published).toEqual({ iso: '2019-11-19T08:03:00-05:00', zone: 'ET' });
    expect(readLine('July 4, 2019 8:03 am ET')?.published).toEqual({ iso: '2019-07-04T08:03:00-04:00', zone: 'ET' });
  });
});

describe('findStamp', () => {
  const context = { zones: DEFAULT_CONTEXT.zones, country: null, now: new Date('2025-01-01T00:00:00Z') };

  test('never takes a relative date for a publication date', () => {
    expect(findStamp('Published 1 day ago', { line: 1 }, context)).toBeNull();
    expect(findStamp('Posted yesterday at 5:30 PM', { line: 1 }, context)).toBeNull();
  });

  test('refuses a date after the time of ingest, with a warning at its place', () => {
    const found = findStamp('Filed Jan 5, 2099, 10:00 GMT', { line: 3, column: 1 }, context);
    expect(found?.published).toEqual({
      value: null,
      diagnostics: [
        {
          severity: 'warning',
          rule: 'future-date',
          line: 3,
          column: 7,
          message: 'Found the date 2099-01-05T10:00:00+00:00, which is after the time of ingest; left the briefing undated',
        },
      ],
    });
  });

  test('names a zone printed in lower case as it names the same zone in capitals', () => {
    const lower = findStamp('Last updated: Mar 4, 2021, 09:40pm ist', { line: 1 }, { ...context, country: 'IN' });
    const upper = findStamp('Last updated: Mar 4, 2021, 09:40pm IST', { line: 1 }, { ...context, country: 'IN' });
    expect(lower?.published.value).toEqual({ iso: '2021-03-04T21:40:00+05:30', zone: 'IST' });
    expect(lower?.published.value).toEqual(upper?.published.value);
  });
});

describe('readDateline', () => {
  test.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', { place: 'WASHINGTON', outlet: 'Associated Press' }],
    ['(Reuters) - Oil prices fell sharply on Tuesday.', { place: null, outlet: 'Reuters' }],
    ['NAIROBI, Kenya (AP) _ Suspected bombs exploded.', { place: 'NAIROBI, Kenya', outlet: 'Associated Press' }],
    ['LONDON, March 3 (Reuters) - Shares rose.', { place: 'LONDON, March 3', outlet: 'Reuters' }],
  ])('reads %j', (text, dateline) => {
    expect(readDateline(text, DEFAULT_CONTEXT.outlets)).toEqual(dateline);
  });

  test('is null for a paragraph without one', () => {
    expect(readDateline('The Senate (the upper house) - as expected - voted.', DEFAULT_CONTEXT.outlets)).toBeNull();
  });
});

describe('withoutDateline', () => {
  test.each([
    ['WASHINGTON (AP) — The Senate voted on Tuesday.', 'The Senate voted on Tuesday.'],
    ['WESTMERE — The harbour board voted on Tuesday.', 'The harbour board voted on Tuesday.'],
    ['PORTO, Portugal - A ferry ran aground on Monday.', 'A ferry ran aground on Monday.'],
    ['A — B: the harbour board’s two plans for the pier.', 'A — B: the harbour board’s two plans for the pier.'],
    ['The harbour board - as expected - voted.', 'The harbour board - as expected - voted.'],
  ])('leaves out a dateline with or without its agency: %j', (text, rest) => {
    expect(withoutDateline(text)).toBe(rest);
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

describe('readBylineLine', () => {
  test('does not take a short sentence with a date for a byline, so its words are not lost', () => {
    expect(readBylineLine({ line: 4, text: 'What happened on 2025-01-01.' }, DEFAULT_CONTEXT)).toBeNull();
  });

  test('takes a stamp with its label, day name and reading time for a byline', () => {
    expect(readBylineLine({ line: 4, text: 'Updated: Sat 8:31 PM, Feb 17, 2018 | 5 min read' }, DEFAULT_CONTEXT)?.value.published).toMatchObject({
      iso: expect.stringMatching(/^2018-02-17/),
    });
  });
});

describe('a byline signed with a login', () => {
  test('takes a capitalised name after "By"; a lower-case login leaves the date and no author', () => {
    const line = (text: string) => readBylineLine({ line: 4, text }, DEFAULT_CONTEXT)?.value;
    expect(line('Posted on June 3, 2020 by Marisol')).toEqual({ author: 'Marisol', outlet: null, published: { iso: '2020-06-03', zone: null } });
    expect(line('Posted on June 3, 2020 by webmaster')).toEqual({ author: null, outlet: null, published: { iso: '2020-06-03', zone: null } });
  });
});
