import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import {
  collectTimeline,
  datesGiven,
  describeDate,
  flattenTimeline,
  groupTimeline,
  htmlDatetime,
  regroupTimeline,
  splitAtPhrase,
  toTimelineJs,
  type TimelineEntry,
} from '../../src/lib/timeline.ts';
import type { DateMention, Precision, Slug, TimelineEvent } from '../../src/schemas/briefing.ts';

function date(value: string, precision: Precision, start: string | null, end: string | null, phrase = value): DateMention {
  return { phrase, type: precision === 'time' ? 'TIME' : 'DATE', paragraph: 'p-1', offset: 0, value, start, end, precision };
}

function entry(slug: string, title: string, when: DateMention, text = `Something happened ${when.phrase}.`): TimelineEntry {
  return { slug, title, outlet: 'The Daily', event: { text, paragraph: 'p-2', about: [], date: when, conflicts: [] } };
}

describe('dates in words', () => {
  test.each<[DateMention, string, string | null]>([
    [date('2025-12-29', 'day', '2025-12-29', '2025-12-29'), '29 Dec 2025', '2025-12-29'],
    [date('2025-12-29T23:15', 'time', '2025-12-29', '2025-12-29'), '29 Dec 2025, 23:15', '2025-12-29T23:15'],
    [date('2025-12-28TNI', 'time', '2025-12-28', '2025-12-28'), 'night of 28 Dec 2025', '2025-12-28'],
    [date('2025-W52', 'week', '2025-12-22', '2025-12-28'), 'week of 22 Dec 2025', '2025-W52'],
    [date('2025-W52', 'week', '2025-12-25', '2025-12-28'), 'late in the week of 22 Dec 2025', '2025-W52'],
    [date('2025-W52-WE', 'week', '2025-12-27', '2025-12-28'), 'weekend of 27–28 Dec 2025', '2025-W52'],
    [date('2025-W32', 'week', '2025-08-01', '2025-08-07'), 'first week of August 2025', '2025-08'],
    [date('2025-W22', 'week', '2025-05-25', '2025-05-31'), 'last week of May 2025', '2025-05'],
    [date('2025-12', 'month', '2025-12-01', '2025-12-31'), 'December 2025', '2025-12'],
    [date('2025-12', 'month', '2025-12-01', '2025-12-30'), 'December 2025, up to the 30th', '2025-12'],
    [date('2025-12', 'month', '2025-12-01', '2025-12-10'), 'early December 2025', '2025-12'],
    [date('2025-11', 'month', '2025-11-21', '2025-11-30'), 'late November 2025', '2025-11'],
    [date('2025-Q3', 'quarter', '2025-07-01', '2025-09-30'), 'third quarter of 2025', '2025'],
    [date('2026-H1', 'half', '2026-01-01', '2026-06-30'), 'first half of 2026', '2026'],
    [date('2025-SU', 'season', '2025-06-01', '2025-08-31'), 'summer 2025', '2025'],
    [date('2025-WI', 'season', '2025-12-01', '2026-02-28'), 'winter 2025–26', '2025'],
    [date('2025', 'year', '2025-01-01', '2025-12-31'), '2025', '2025'],
    [date('2025', 'year', '2025-01-01', '2025-12-30'), '2025, up to 30 Dec', '2025'],
    [date('2024', 'year', '2024-09-01', '2024-12-31'), 'late 2024', '2024'],
    [date('199', 'decade', '1990-01-01', '1999-12-31'), 'the 1990s', null],
    [date('198', 'decade', '1987-01-01', '1989-12-31'), 'the late 1980s', null],
    [date('19', 'century', '1900-01-01', '1999-12-31'), 'the 20th century', null],
    [date('PAST_REF', 'reference', null, null), 'in the past', null],
  ])('%o reads "%s", <time datetime="%s">', (mention, words, datetime) => {
    expect(describeDate(mention)).toBe(words);
    expect(htmlDatetime(mention)).toBe(datetime);
  });
});

describe('the timeline of every briefing', () => {
  const entries = [
    entry('b', 'Bravo', date('2025-12-29', 'day', '2025-12-29', '2025-12-29', 'Monday')),
    entry('a', 'Alpha', date('2025', 'year', '2025-01-01', '2025-12-30', 'earlier this year')),
    entry('a', 'Alpha', date('2025-W52', 'week', '2025-12-22', '2025-12-28', 'last week')),
    entry('c', 'Charlie', date('2024-08', 'month', '2024-08-01', '2024-08-31', 'August 2024')),
    entry('c', 'Charlie', date('199', 'decade', '1990-01-01', '1999-12-31', 'the 1990s')),
  ];

  test('groups events by year, then month, newest first; events known only to the year close it', () => {
    expect(groupTimeline(entries, 'newest').map((group) => [group.heading, group.sections.map((section) => [section.heading, section.entries.map((e) => e.event.date.phrase)])])).toEqual([
      ['2025', [['December 2025', ['Monday', 'last week']], ['Also in 2025', ['earlier this year']]]],
      ['2024', [['August 2024', ['August 2024']]]],
      ['The 1990s', [['The 1990s', ['the 1990s']]]],
    ]);
  });

  test('gives a decade or century one group, whatever part of it each event names', () => {
    const spans = [
      entry('d', 'Delta', date('202', 'decade', '2020-01-01', '2029-12-31', 'the 2020s')),
      entry('e', 'Echo', date('202', 'decade', '2023-01-01', '2026-12-31', 'the mid-2020s')),
      entry('f', 'Foxtrot', date('198', 'decade', '1987-01-01', '1989-12-31', 'the late 1980s')),
      entry('g', 'Golf', date('198', 'decade', '1980-01-01', '1983-12-31', 'the early 1980s')),
      entry('h', 'Hotel', date('13', 'century', '1300-01-01', '1399-12-31', 'the 14th century')),
    ];
    expect(groupTimeline(spans, 'newest').map((group) => [group.heading, group.id, group.sections.flatMap((section) => section.entries.map((e) => e.event.date.phrase))])).toEqual([
      ['The 2020s', 'd2020', ['the mid-2020s', 'the 2020s']],
      ['The 1980s', 'd1980', ['the late 1980s', 'the early 1980s']],
      ['The 14th century', 'c1300', ['the 14th century']],
    ]);
  });

  test('puts the events of a year known to no month straight under the year', () => {
    const groups = groupTimeline([entry('d', 'Delta', date('2034', 'year', '2034-01-01', '2034-12-31', 'in 2034'))], 'newest');
    expect(groups.map((group) => [group.heading, group.sections.map((section) => section.heading)])).toEqual([['2034', ['2034']]]);
  });

  test('runs the other way, oldest first', () => {
    expect(groupTimeline(entries, 'oldest').flatMap((group) => group.sections.flatMap((section) => section.entries.map((e) => e.event.date.phrase)))).toEqual([
      'the 1990s',
      'August 2024',
      'last week',
      'Monday',
      'earlier this year',
    ]);
  });

  test('takes every briefing’s placed events, and no unplaced ones', () => {
    const placed: TimelineEvent = { text: 'x', paragraph: 'p-1', about: [], date: date('2025', 'year', '2025-01-01', '2025-12-31'), conflicts: [] };
    const unplaced: TimelineEvent = { ...placed, date: date('XXXX-WXX', 'week', null, null) };
    expect(collectTimeline([{ slug: 'x' as Slug, title: 'X', outlet: null, timeline: [placed, unplaced] }]).map((e) => e.event)).toEqual([placed]);
  });
});

describe('the timeline cut into pages', () => {
  const entries = [
    entry('a', 'Alpha', date('2025-12-29', 'day', '2025-12-29', '2025-12-29', 'Monday')),
    entry('b', 'Bravo', date('2025-12-22', 'day', '2025-12-22', '2025-12-22', 'a week ago')),
    entry('c', 'Charlie', date('2025', 'year', '2025-01-01', '2025-12-30', 'earlier this year')),
    entry('d', 'Delta', date('2024-08', 'month', '2024-08-01', '2024-08-31', 'August 2024')),
  ];
  const rows = flattenTimeline(groupTimeline(entries, 'newest'));
  const outline = (rows: Parameters<typeof regroupTimeline>[0]) =>
    regroupTimeline(rows).map((group) => [group.heading, group.continued, group.sections.map((section) => [section.heading, section.continued, section.entries.map((e) => e.slug)])]);

  test('lists the events in the order the grouped timeline reads, each with its group and section', () => {
    expect(rows.map((row) => [row.group.id, row.section.id, row.opensGroup, row.opensSection, row.entry.slug])).toEqual([
      ['y2025', 'm2025-12', true, true, 'a'],
      ['y2025', 'm2025-12', false, false, 'b'],
      ['y2025', 'y2025-rest', false, true, 'c'],
      ['y2024', 'm2024-08', true, true, 'd'],
    ]);
  });

  test('groups a page again, marking the group and section that began on an earlier page', () => {
    expect(outline(rows.slice(0, 1))).toEqual([['2025', false, [['December 2025', false, ['a']]]]]);
    expect(outline(rows.slice(1, 4))).toEqual([
      ['2025', true, [['December 2025', true, ['b']], ['Also in 2025', false, ['c']]]],
      ['2024', false, [['August 2024', false, ['d']]]],
    ]);
  });

  test('gives back the whole timeline from all its rows', () => {
    expect(regroupTimeline(rows)).toEqual(groupTimeline(entries, 'newest'));
  });
});

describe('an event the briefing dates two ways', () => {
  test('lists its own date, then the others, each with where the briefing gives it', () => {
    const event: TimelineEvent = {
      text: 'The CIA carried out a drone strike earlier this month.',
      paragraph: 'p-1',
      about: [],
      date: date('2025-12', 'month', '2025-12-01', '2025-12-30', 'earlier this month'),
      conflicts: [{ ...date('2025-W32', 'week', '2025-08-01', '2025-08-07', 'the first week of August'), paragraph: 'summary' }],
    };
    expect(datesGiven(event)).toEqual([
      { where: 'the text', words: 'December 2025, up to the 30th', phrase: 'earlier this month' },
      { where: 'the summary', words: 'first week of August 2025', phrase: 'the first week of August' },
    ]);
  });

  test('names the paragraphs when two paragraphs of the text disagree', () => {
    const event: TimelineEvent = {
      text: 'Coast guard boats intercepted the trawler on Monday.',
      paragraph: 'p-1',
      about: [],
      date: date('2025-12-29', 'day', '2025-12-29', '2025-12-29', 'Monday'),
      conflicts: [{ ...date('2025-12-27', 'day', '2025-12-27', '2025-12-27', 'Saturday'), paragraph: 'p-3' }],
    };
    expect(datesGiven(event).map((given) => given.where)).toEqual(['paragraph 1', 'paragraph 3']);
  });
});

describe('marking the date phrase in its clause', () => {
  test('cuts the clause around the phrase, or says it is not there', () => {
    expect(splitAtPhrase('Trump said Monday.', 'Monday')).toEqual({ before: 'Trump said ', phrase: 'Monday', after: '.' });
    expect(splitAtPhrase('Trump said Monday.', 'Friday')).toBeNull();
  });
});

describe('the TimelineJS export', () => {
  const exported = toTimelineJs(
    [
      entry('world/strike', 'Strike <b>news</b>', date('2025-W52', 'week', '2025-12-22', '2025-12-28', 'last week'), 'A & B met last week.'),
      entry('world/strike', 'Strike <b>news</b>', date('2025-12-29T23:15', 'time', '2025-12-29', '2025-12-29', '23:15 Monday'), 'C spoke at 23:15 Monday.'),
    ],
    (path) => `https://example.org/dossier/${path}`,
  );

  test('gives each event the days it spans, its date in words and a unique id', () => {
    expect(exported.events.map((event) => [event.start_date, event.end_date, event.display_date, event.unique_id])).toEqual([
      [{ year: '2025', month: '12', day: '22' }, { year: '2025', month: '12', day: '28' }, 'week of 22 Dec 2025', 'world-strike-p-2'],
      [{ year: '2025', month: '12', day: '29', hour: '23', minute: '15' }, undefined, '29 Dec 2025, 23:15', 'world-strike-p-2-2'],
    ]);
  });

  test('keeps the newest events when there are more than it carries, and says so', () => {
    const many = ['2025-12-01', '2025-12-03', '2025-12-02'].map((day) => entry(`b-${day}`, day, date(day, 'day', day, day)));
    const capped = toTimelineJs(many, (path) => `https://example.org/${path}`, 2);
    expect(capped.events.map((event) => event.display_date)).toEqual(['2 Dec 2025', '3 Dec 2025']);
    expect(capped.title.text.text).toBe(
      '<p>The newest 2 of the 3 dated events of every briefing, each linked to the paragraph it comes from. <a href="https://example.org/timeline/">The timeline</a> lists them all.</p>',
    );
  });

  test('escapes the text it puts in HTML, group labels included, and links to the paragraph', () => {
    expect(exported.events[0]?.text).toEqual({
      headline: 'Strike &lt;b>news&lt;/b>',
      text: '<p>A &amp; B met last week.</p><p><a href="https://example.org/dossier/briefings/world/strike/#p-2">Read it in context (The Daily)</a></p>',
    });
    expect(exported.events[0]?.group).toBe('Strike &amp;lt;b>news&amp;lt;/b>');
    expect(exported.title.text.headline).toBe('Dossier timeline');
  });

  test('puts the briefings of one story in one group, named after the story', () => {
    const [first, second] = ['gazette/dam', 'wire/dam'].map((slug) => ({
      ...entry(slug, `Headline of ${slug}`, date('2026-03-10', 'day', '2026-03-10', '2026-03-10')),
      story: 'Dam breach floods the valley',
    }));
    const alone = entry('budget', 'Budget signed', date('2026-03-10', 'day', '2026-03-10', '2026-03-10'));
    const groups = toTimelineJs([first, second, alone].flatMap((item) => (item ? [item] : [])), (path) => path).events.map((event) => event.group);
    expect(groups.sort()).toEqual(['Budget signed', 'Dam breach floods the valley', 'Dam breach floods the valley']);
  });

  test('keeps every HTML field text, whatever the title, outlet and clause hold', () => {
    const hostile = '<svg onload=alert(1)> "x" &amp;';
    const [event] = toTimelineJs(
      [{ ...entry('b', hostile, date('2025-12-01', 'day', '2025-12-01', '2025-12-01'), hostile), outlet: hostile }],
      (path) => `https://example.org/${path}"onmouseover="alert(1)`,
    ).events;
    // TimelineJS keeps the text of a group label, then writes that text as HTML.
    const label = toText(fromHtml(event?.group ?? '', { fragment: true }));
    for (const field of [label, event?.text.headline, event?.text.text]) {
      const tree = fromHtml(field ?? '', { fragment: true });
      expect(selectAll('*', tree).map((node) => node.tagName).filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
    }
    const tree = fromHtml(event?.text.text ?? '', { fragment: true });
    expect(selectAll('p', tree).map((paragraph) => toText(paragraph))).toEqual([hostile, `Read it in context (${hostile})`]);
    expect(selectAll('a', tree).map((link) => link.properties.href)).toEqual(['https://example.org/briefings/b/#p-2"onmouseover="alert(1)']);
    expect(toText(fromHtml(label, { fragment: true }))).toBe(hostile);
  });
});
