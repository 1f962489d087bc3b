import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TimelineJs } from '../../src/lib/timeline.ts';
import { ROOT, SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const SAMPLE_ROUTE = 'briefings/000-19c9abe1674f8dc9/';

let site: FixtureSite;

beforeAll(async () => {
  site = await buildFixtureSite({
    seeds: {
      '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
      'events-across-years.txt': readFileSync(path.join(FIXTURES, 'events-across-years.txt')),
      'undated.txt': readFileSync(path.join(FIXTURES, 'undated.txt')),
    },
  });
});

afterAll(() => site?.remove());

const text = (node: Element | Root | undefined | null) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);
const headings = (page: Root, level: string) => selectAll(`main ${level}`, page).map(text);
const events = (page: Root) =>
  selectAll('main li.timeline-event', page).map((item) => ({
    datetime: select('time', item)?.properties.dateTime ?? null,
    date: text(select('.timeline-date', item)),
    href: select('.event-source a', item)?.properties.href ?? null,
  }));

describe('the timeline page, newest first', () => {
  test('groups events by year and month, newest first, and closes a year with what is known only to the year', () => {
    const page = site.page('timeline/');
    expect(text(select('main h1', page))).toBe('Timeline');
    expect(headings(page, 'h2')).toEqual(['2025', '2024', '2022', '2019']);
    // 2022 and 2019 have no month: their events stand under the year, with no second heading.
    expect(headings(page, 'h3')).toEqual(['December 2025', 'Also in 2025', 'March 2024', 'February 2024']);
  });

  test('gives each event its date in words at its precision, a machine-readable <time>, and a link to its paragraph', () => {
    expect(events(site.page('timeline/'))).toEqual([
      { datetime: '2025-12-29', date: '29 Dec 2025', href: '/briefings/000-19c9abe1674f8dc9/#p-4' },
      { datetime: '2025-12-29', date: '29 Dec 2025', href: '/briefings/000-19c9abe1674f8dc9/#p-5' },
      { datetime: '2025-W52', date: 'week of 22 Dec 2025', href: '/briefings/000-19c9abe1674f8dc9/#p-4' },
      { datetime: '2025-12', date: 'December 2025, up to the 30th', href: '/briefings/000-19c9abe1674f8dc9/#p-1' },
      { datetime: '2025', date: '2025, up to 30 Dec', href: '/briefings/000-19c9abe1674f8dc9/#p-10' },
      { datetime: '2024-W11', date: 'week of 11 Mar 2024', href: '/briefings/events-across-years/#p-4' },
      { datetime: '2024-03-04', date: '4 Mar 2024', href: '/briefings/events-across-years/#p-1' },
      { datetime: '2024-02-27', date: '27 Feb 2024', href: '/briefings/events-across-years/#p-3' },
      { datetime: '2024-02', date: 'second week of February 2024', href: '/briefings/events-across-years/#p-1' },
      { datetime: '2024-02', date: 'February 2024', href: '/briefings/events-across-years/#p-3' },
      { datetime: '2022', date: 'late 2022', href: '/briefings/events-across-years/#p-2' },
      { datetime: '2019', date: '2019', href: '/briefings/undated/#p-1' },
    ]);
  });

  test('links to the oldest-first page and to the TimelineJS data', () => {
    const links = selectAll('main .timeline-order a', site.page('timeline/')).map((a) => [text(a), a.properties.href]);
    expect(links).toEqual([
      ['Oldest first', '/timeline/oldest/'],
      ['TimelineJS data', '/timeline.json'],
    ]);
  });

  test('says where the sample seed gives its strike two dates', () => {
    const notes = selectAll('main .conflict-note', site.page('timeline/')).map(text);
    expect(notes).toEqual([
      'Dates disagree: the text says December 2025, up to the 30th (“earlier this month”); the summary says first week of August 2025 (“the first week of August”).',
    ]);
  });

  test('every event link points at a paragraph that exists on its briefing page', () => {
    for (const { href } of events(site.page('timeline/'))) {
      const [route = '', anchor = ''] = String(href).replace(/^\//, '').split('#');
      expect(select(`[id="${anchor}"]`, site.page(route)), String(href)).not.toBeNull();
    }
  });
});

describe('the timeline page, oldest first', () => {
  test('runs the other way and links back to newest first', () => {
    const page = site.page('timeline/oldest/');
    expect(headings(page, 'h2')).toEqual(['2019', '2022', '2024', '2025']);
    expect(events(page).map((event) => event.date)).toEqual([
      '2019',
      'late 2022',
      'February 2024',
      'second week of February 2024',
      '27 Feb 2024',
      '4 Mar 2024',
      'week of 11 Mar 2024',
      'December 2025, up to the 30th',
      'week of 22 Dec 2025',
      '29 Dec 2025',
      '29 Dec 2025',
      '2025, up to 30 Dec',
    ]);
    expect(select('main .timeline-order a', page)?.properties.href).toBe('/timeline/');
  });
});

describe('the timeline section of a briefing page', () => {
  test('lists the briefing’s events in calendar order, linked to their paragraphs on the page', () => {
    const section = select('.briefing-timeline', site.page(SAMPLE_ROUTE));
    expect(text(select('h2', section ?? undefined))).toBe('Timeline');
    expect(selectAll('li', section ?? undefined).map((item) => [text(select('time', item)), select('.event-source a', item)?.properties.href])).toEqual([
      ['2025, up to 30 Dec', '#p-10'],
      ['December 2025, up to the 30th', '#p-1'],
      ['week of 22 Dec 2025', '#p-4'],
      ['29 Dec 2025', '#p-4'],
      ['29 Dec 2025', '#p-5'],
    ]);
  });

  test('says that the summary and the text date the strike differently, and shows both dates', () => {
    const section = select('.briefing-timeline', site.page(SAMPLE_ROUTE)) ?? undefined;
    expect(text(select('.conflict-summary', section))).toBe(
      'This briefing gives one event two dates that cannot both be true; it is marked below.',
    );
    const strike = selectAll('li', section).find((item) => select('.conflict-note', item));
    expect(text(select('.event-text', strike))).toMatch(/^The Central Intelligence Agency carried out a drone strike earlier this month/);
    expect(text(select('.event-text mark', strike))).toBe('earlier this month');
    expect(text(select('.conflict-note', strike))).toContain('the summary says first week of August 2025 (“the first week of August”)');
  });

  test('is left out of the search index, which already has the body', () => {
    expect(select('.briefing-timeline', site.page(SAMPLE_ROUTE))?.properties.dataPagefindIgnore).toBe('');
  });
});

describe('/timeline.json', () => {
  test('is the timeline in TimelineJS format, with absolute links', () => {
    const json = JSON.parse(readFileSync(path.join(site.dist, 'timeline.json'), 'utf8')) as TimelineJs;
    expect(json.title.text.headline).toBe('Dossier timeline');
    expect(json.events).toHaveLength(12);
    expect(json.events[0]).toMatchObject({ start_date: { year: '2019' }, display_date: '2019' });
    const strike = json.events.find((event) => event.display_date === 'December 2025, up to the 30th');
    expect(strike?.text.text).toContain('href="https://example.org/briefings/000-19c9abe1674f8dc9/#p-1"');
    expect(strike?.text.text).toContain('Dates disagree');
    expect(new Set(json.events.map((event) => event.unique_id)).size).toBe(12);
  });
});
