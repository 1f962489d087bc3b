import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/pipeline/stages/dates.ts';
import { buildTimeline, type NamedEntity, type TimelineText } from '../../src/pipeline/stages/timeline.ts';
import { paragraphs } from '../support/briefings.ts';

const PUBLISHED = { iso: '2025-12-30T23:15:00+05:30', zone: 'IST' };

function timelineOf(text: Omit<TimelineText, 'published'>, entities: readonly NamedEntity[] = []) {
  const dates = findDates({ ...text, published: PUBLISHED }).value;
  return buildTimeline({ ...text, published: PUBLISHED }, dates, entities);
}

describe('timeline events', () => {
  test('leave out references such as "now", which have no place on the calendar', () => {
    const events = timelineOf({ summary: null, body: paragraphs(['The port is now closed.', 'It closed on Monday.']) });
    expect(events.map((event) => event.date.phrase)).toEqual(['Monday']);
  });

  test('name the people and organisations their clause names, as whole words, by their canonical names', () => {
    const events = timelineOf(
      { summary: null, body: paragraphs(['Trump met CIA officials on Monday; Maduro spoke on Friday.']) },
      [
        { name: 'Donald Trump', aliases: ['Trump'] },
        { name: 'Central Intelligence Agency', aliases: ['CIA'] },
        { name: 'Nicolás Maduro', aliases: ['Maduro'] },
        { name: 'Venezuela', aliases: [] },
        { name: 'Trum', aliases: [] },
      ],
    );
    expect(events.map((event) => [event.date.phrase, event.about])).toEqual([
      ['Friday', ['Nicolás Maduro']],
      ['Monday', ['Donald Trump', 'Central Intelligence Agency']],
    ]);
  });

  test('tell a summary event the body retells once, keeping the finer of two dates that agree', () => {
    const events = timelineOf({
      summary: 'The navy seized an oil tanker off the Venezuelan coast last week.',
      body: paragraphs(['The navy seized the oil tanker off the Venezuelan coast on Wednesday, officials said.']),
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ paragraph: 'p-1', conflicts: [], date: { phrase: 'Wednesday', value: '2025-12-24' } });
  });

  test('take the summary’s date when it is the finer of two that agree', () => {
    const events = timelineOf({
      summary: 'The navy seized an oil tanker off the Venezuelan coast on Wednesday.',
      body: paragraphs(['The navy seized the oil tanker off the Venezuelan coast last week, officials said.']),
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ paragraph: 'p-1', conflicts: [], date: { phrase: 'Wednesday', paragraph: 'summary', value: '2025-12-24' } });
  });

  test('keep both dates of an event told with dates that cannot both be true, the body’s first', () => {
    const events = timelineOf({
      summary: 'The navy seized an oil tanker off the Venezuelan coast in March.',
      body: paragraphs(['The navy seized the oil tanker off the Venezuelan coast on Tuesday, officials said.']),
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.date).toMatchObject({ phrase: 'Tuesday', paragraph: 'p-1' });
    expect(events[0]?.conflicts).toEqual([expect.objectContaining({ phrase: 'March', paragraph: 'summary', value: '2025-03' })]);
  });

  test('keep a summary event the body does not tell, linked to the summary', () => {
    const events = timelineOf({
      summary: 'Oil exports collapsed in 2019 under sanctions.',
      body: paragraphs(['The navy seized an oil tanker on Tuesday, officials said.']),
    });
    expect(events.map((event) => [event.paragraph, event.date.value])).toEqual([
      ['summary', '2019'],
      ['p-1', '2025-12-30'],
    ]);
  });

  test('are one per clause and date, even when the clause names the date twice', () => {
    const events = timelineOf({ summary: null, body: paragraphs(['On Monday the army left, and on Monday the rebels came.']) });
    expect(events).toHaveLength(1);
  });

  test('leave out dates an undated briefing cannot place', () => {
    const text = { summary: null, body: paragraphs(['The strike came last week, after talks failed in 2009.']), published: null };
    const dates = findDates(text).value;
    expect(buildTimeline(text, dates, []).map((event) => event.date.phrase)).toEqual(['2009']);
  });

  test('leave out a date more than a year after the publication unless its clause looks ahead', () => {
    const events = timelineOf({
      summary: null,
      body: paragraphs([
        'The company repaid its 2030 bonds in 2024.',
        'The port will reopen in 2028.',
        'Officials hope to finish the dam by 2031.',
        'The harbour was rebuilt in 2029 with new cranes.',
      ]),
    });
    expect(events.map((event) => event.date.value)).toEqual(['2024', '2028', '2031']);
  });

  test('flag a date a later paragraph gives an event an earlier one tells', () => {
    const events = timelineOf({
      summary: null,
      body: paragraphs([
        'Coast guard boats intercepted the fishing trawler near Aruba on Monday, officials said.',
        'The weather turned later.',
        'Coast guard boats intercepted the fishing trawler near Aruba on Saturday, a local radio station reported.',
      ]),
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ paragraph: 'p-1', date: { phrase: 'Monday' }, conflicts: [expect.objectContaining({ phrase: 'Saturday', paragraph: 'p-3' })] });
  });

  test('keep two events of the text that differ in their numbers, though their words agree', () => {
    const events = timelineOf({
      summary: null,
      body: paragraphs(['The company reported a profit of $5 million in 2023, its annual report said.', 'The company reported a profit of $7 million in 2024, its annual report said.']),
    });
    expect(events.map((event) => [event.date.value, event.conflicts.length])).toEqual([
      ['2023', 0],
      ['2024', 0],
    ]);
  });

  test.each([
    'At the Paris show this week, the ZE. NOVA CROSS drew the biggest crowds.',
    'The U.S. Navy said on Monday that Acme Inc. had won contract No. 5 for the port.',
    'Dr. Ruiz of Brightwell Corp. left for Lima on Friday.',
  ])('are told by the whole sentence, not a piece cut at an abbreviation: %s', (sentence) => {
    const events = timelineOf({ summary: null, body: paragraphs([`The fair opened. ${sentence} Prices rose.`]) });
    expect(events.map((event) => event.text)).toEqual([sentence]);
  });

  test('still end a sentence that ends on an acronym', () => {
    const events = timelineOf({ summary: null, body: paragraphs(['The rover was built in the US. NASA said on Monday that it works.']) });
    expect(events.map((event) => event.text)).toEqual(['NASA said on Monday that it works.']);
  });

  test('leave out a bare "today" that says only how things stand, as they leave out "now"', () => {
    const events = timelineOf({
      summary: null,
      body: paragraphs(['The tram line may only be a sketch today, but the council is weighing it.', 'Such kiosks are rare today.', 'The bridge reopened today after repairs.']),
    });
    expect(events.map((event) => event.text)).toEqual(['The bridge reopened today after repairs.']);
  });

  test('flag the same weekday named alone and dated two ways in one story', () => {
    const events = timelineOf({
      summary: null,
      body: paragraphs(['The final set ended close to midnight on Thursday.', 'The champions will play again on Thursday against the hosts.', 'Fans had queued on Friday.']),
    });
    const thursdays = events.filter((event) => event.date.phrase === 'Thursday');
    expect(new Set(thursdays.map((event) => event.date.value)).size).toBe(2);
    for (const event of thursdays) expect(event.conflicts.map((date) => date.phrase)).toEqual(['Thursday']);
    expect(events.find((event) => event.date.phrase === 'Friday')?.conflicts).toEqual([]);
  });
});
