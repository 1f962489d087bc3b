import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Slug } from '../../src/pipeline/types.ts';
import { makeBriefing, makeDatedBriefings } from '../support/briefings.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const BASE = '/dossier/';
const FIRMS = Array.from({ length: 301 }, (_, index) => `Harbour Firm ${String(index + 1).padStart(3, '0')}`);

let site: FixtureSite;

// Sixty briefings about one person, two events each (120 events, 102 of them in 2023), and one
// briefing naming 301 organisations: more than a page of everything, built under a base path.
beforeAll(async () => {
  site = await buildFixtureSite({
    seeds: {},
    briefings: [
      ...makeDatedBriefings(60, 'Ada Lovelace'),
      makeBriefing({
        slug: 'harbour-directory' as Slug,
        title: 'Who works the harbour',
        entities: { people: [], organizations: FIRMS.map((name) => ({ name, aliases: [], role: null, mentions: ['p-1'], affiliation: null })), places: [] },
      }),
    ],
    base: BASE,
  });
});

afterAll(() => site?.remove());

const text = (node: Element | Root | undefined | null) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);
const href = (page: Root | Element, selector: string) => (select(selector, page))?.properties.href;
const eventLinks = (page: Root) => selectAll('main li.timeline-event .event-source a', page).map((link) => String(link.properties.href));
const headings = (page: Root, level: string) => selectAll(`main ${level}`, page).map(text);

describe('the timeline, fifty events to a page', () => {
  test('newest first: the first page holds fifty events and links to the second', () => {
    const page = site.page('timeline/');
    expect(eventLinks(page)).toHaveLength(50);
    expect(text(select('.timeline-order', page))).toMatch(/^120 events from 61 briefings, newest first; page 1 of 3\./);
    expect(href(page, '.pagination a[rel="next"]')).toBe('/dossier/timeline/2/');
    expect(select('.pagination a[rel="prev"]', page)).toBeUndefined();
    expect(text(select('.pagination a[rel="next"]', page))).toBe('Earlier events');
  });

  test('the last page holds the rest, says where its month began, and links back', () => {
    const page = site.page('timeline/3/');
    expect(eventLinks(page)).toHaveLength(20);
    expect(headings(page, 'h2')).toEqual(['2023 (continued)']);
    expect(headings(page, 'h3')).toEqual(['August 2023 (continued)']);
    expect(href(page, '.pagination a[rel="prev"]')).toBe('/dossier/timeline/2/');
    expect(text(select('.pagination a[rel="prev"]', page))).toBe('Later events');
    expect(select('.pagination a[rel="next"]', page)).toBeUndefined();
  });

  test('together the pages hold every event once, newest first', () => {
    const links = ['timeline/', 'timeline/2/', 'timeline/3/'].flatMap((route) => eventLinks(site.page(route)));
    expect(new Set(links).size).toBe(120);
    expect(links.slice(0, 2)).toEqual(['/dossier/briefings/harbour-60/#p-1', '/dossier/briefings/harbour-59/#p-1']);
    expect(links.at(-1)).toBe('/dossier/briefings/harbour-01/#p-2');
  });

  test('oldest first runs the other way, and links to the page where each year begins', () => {
    const first = site.page('timeline/oldest/');
    const last = site.page('timeline/oldest/3/');
    expect(eventLinks(first)).toHaveLength(50);
    expect(eventLinks(first)[0]).toBe('/dossier/briefings/harbour-01/#p-1');
    expect(eventLinks(last)).toHaveLength(20);
    expect(href(first, '.pagination a[rel="next"]')).toBe('/dossier/timeline/oldest/2/');
    expect(href(last, '.pagination a[rel="prev"]')).toBe('/dossier/timeline/oldest/2/');
    for (const page of [first, site.page('timeline/oldest/2/'), last]) {
      expect(selectAll('nav[aria-label="Years"] a', page).map((link) => [text(link), link.properties.href])).toEqual([
        ['2023', '/dossier/timeline/oldest/#y2023'],
        ['2024', '/dossier/timeline/oldest/3/#y2024'],
      ]);
    }
    expect(headings(last, 'h2')).toEqual(['2023 (continued)', '2024']);
  });

  test('switching order leads to the first page of the other order', () => {
    expect(href(site.page('timeline/2/'), '.timeline-order a')).toBe('/dossier/timeline/oldest/');
    expect(href(site.page('timeline/oldest/2/'), '.timeline-order a')).toBe('/dossier/timeline/');
  });
});

describe('a person’s pages, fifty briefings to a page', () => {
  const appearances = (page: Root) => selectAll('.appearances > li > a', page).map((link) => String(link.properties.href));
  const eventCounts = (page: Root) => selectAll('.appearances .event-count a', page).map((link) => [String(link.properties.href), text(link)]);

  test('the first page lists the fifty newest briefings, each with a link to its events', () => {
    const page = site.page('people/ada-lovelace/');
    expect(text(select('#briefings-heading', page))).toBe('In 60 briefings');
    expect(appearances(page)).toHaveLength(50);
    expect(appearances(page)[0]).toBe('/dossier/briefings/harbour-60/');
    expect(select('.appearances', page)?.properties.start).toBe(1);
    expect(eventLinks(page)).toEqual([]);
    expect(eventCounts(page)).toEqual(appearances(page).map((link) => [`${link}#timeline-heading`, '2 events']));
    expect(href(page, '.pagination a[rel="next"]')).toBe('/dossier/people/ada-lovelace/2/');
  });

  test('the second page lists the other ten, numbered on, with links to their events', () => {
    const page = site.page('people/ada-lovelace/2/');
    expect(appearances(page)).toEqual(Array.from({ length: 10 }, (_, index) => `/dossier/briefings/harbour-${String(10 - index).padStart(2, '0')}/`));
    expect(select('.appearances', page)?.properties.start).toBe(51);
    expect(eventCounts(page)).toEqual(appearances(page).map((link) => [`${link}#timeline-heading`, '2 events']));
    expect(href(page, '.pagination a[rel="prev"]')).toBe('/dossier/people/ada-lovelace/');
  });
});

describe('the index of names', () => {
  test('shows the hundred names in the most briefings, and links to the whole list of a larger kind', () => {
    const page = site.page('entities/');
    const firms = select('section[aria-labelledby="organizations"]', page) ?? undefined;
    expect(selectAll('.name-list li', firms)).toHaveLength(100);
    expect(href(firms as Element, '.all-names a')).toBe('/dossier/entities/organizations/');
    expect(text(select('.all-names a', firms))).toBe('All 301 organisations, A to Z');
    expect(select('section[aria-labelledby="people"] .all-names', page)).toBeUndefined();
  });

  test('lists every name of a kind from A to Z, three hundred to a page', () => {
    const first = site.page('entities/organizations/');
    const second = site.page('entities/organizations/2/');
    // Each firm is in one briefing only: listed by name, with no page of its own.
    expect(selectAll('.name-list .name', first).map(text)).toEqual(FIRMS.slice(0, 300));
    expect(selectAll('.name-list .name', second).map(text)).toEqual(['Harbour Firm 301']);
    expect(existsSync(path.join(site.dist, 'organizations'))).toBe(false);
    expect(href(first, '.pagination a[rel="next"]')).toBe('/dossier/entities/organizations/2/');
    expect(href(second, '.pagination a[rel="prev"]')).toBe('/dossier/entities/organizations/');
    expect(existsSync(path.join(site.dist, 'entities', 'people'))).toBe(false);
  });
});

test('every link of the paginated pages leads to a built page and, with a fragment, to an element of it', () => {
  const routes = ['timeline/', 'timeline/2/', 'timeline/3/', 'timeline/oldest/', 'timeline/oldest/2/', 'timeline/oldest/3/', 'people/ada-lovelace/', 'people/ada-lovelace/2/', 'entities/', 'entities/organizations/', 'entities/organizations/2/'];
  const built = new Set(readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/')));
  for (const route of routes) {
    for (const link of selectAll('main a[href^="/"]', site.page(route))) {
      const target = String(link.properties.href);
      expect(target.startsWith(BASE), `${route}: ${target}`).toBe(true);
      const [pathname = '', fragment] = target.slice(BASE.length).split('#');
      const file = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      expect(built.has(file), `${route}: ${target}`).toBe(true);
      if (fragment && file.endsWith('.html')) expect(select(`[id="${fragment}"]`, site.page(pathname)), `${route}: ${target}`).not.toBeNull();
    }
  }
});
