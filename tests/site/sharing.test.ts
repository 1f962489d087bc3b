import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeBriefing } from '../support/briefings.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';
import type { SeedPath, Slug } from '../../src/pipeline/types.ts';

let site: FixtureSite;

const event = (text: string, day: string) => ({
  text,
  paragraph: 'p-1',
  about: [],
  date: { phrase: day, type: 'DATE' as const, paragraph: 'p-1', offset: 0, value: day, start: day, end: day, precision: 'day' as const },
  conflicts: [],
});

const source = (file: string, url?: string) => ({ file: file as SeedPath, sha256: '1'.repeat(64), encoding: 'utf-8', ...(url ? { url } : {}) });

beforeAll(async () => {
  site = await buildFixtureSite({
    base: '/dossier/',
    seeds: {},
    briefings: [
      makeBriefing({
        slug: 'port-strike' as Slug,
        title: 'Port strike ends after nine days',
        dek: 'Dockers accepted a pay offer on Friday.',
        outlet: 'The Daily',
        byline: 'Jane Doe',
        published: '2026-01-09T10:00:00+00:00',
        source: source('port.txt', 'https://daily.example/port-strike?ref=a&b=1'),
        corrections: [{ date: '2026-01-10', text: 'The strike lasted nine days, not ten.' }],
        topics: [{ name: 'labour', origin: 'text' }],
        timeline: [
          event('Dockers walked out on 31 December.', '2025-12-31'),
          event('Talks resume on 1 March.', '2026-03-01'),
        ],
      }),
      makeBriefing({
        slug: 'tehran-rates' as Slug,
        title: 'بانک مرکزی نرخ بهره را ثابت نگه داشت',
        outlet: 'Hamshahri',
        byline: 'City Desk',
        published: '2026-01-08T09:00:00+03:30',
        language: 'fa',
        source: source('rates.txt'),
        body: [{ id: 'p-1', text: 'بانک مرکزی روز چهارشنبه نرخ بهره را ثابت نگه داشت و گفت تورم در حال کاهش است.' }],
      }),
      makeBriefing({
        slug: 'harbour' as Slug,
        title: 'Harbour reopens',
        outlet: 'The Daily',
        byline: 'Staff',
        published: '2026-01-07T09:00:00+00:00',
        source: source('harbour.txt'),
        // A topic of two briefings: only those have a page, and so a place among the most covered.
        topics: [{ name: 'labour', origin: 'text' }],
        body: [{ id: 'p-1', text: 'The harbour reopened on Monday after a week of repairs {and} more.' }],
      }),
    ],
  });
});

afterAll(() => site?.remove());

const meta = (page: Root, key: string) => select(`meta[property="${key}"], meta[name="${key}"]`, page)?.properties.content;
const text = (node: Element | Root | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);
const read = (file: string) => readFileSync(path.join(site.dist, file), 'utf8');

/** The size a PNG file declares: its signature, then the IHDR chunk's width and height. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(site.dist, file));
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing tags', () => {
  test('every page type has Open Graph and Twitter tags with an absolute image', () => {
    for (const route of ['', 'briefings/port-strike/', 'timeline/', 'entities/', 'report/', 'search/']) {
      const page = site.page(route);
      expect(meta(page, 'og:title'), route).toBeTruthy();
      expect(meta(page, 'og:url'), route).toBe(`https://example.org/dossier/${route}`);
      expect(meta(page, 'og:image'), route).toMatch(/^https:\/\/example\.org\/dossier\/.*social\.png$/);
      expect(meta(page, 'og:image:width'), route).toBe('1200');
      expect(meta(page, 'og:image:height'), route).toBe('630');
      expect(meta(page, 'twitter:card'), route).toBe('summary_large_image');
      expect(meta(page, 'twitter:image'), route).toBe(meta(page, 'og:image'));
    }
    expect(meta(site.page('timeline/'), 'og:image')).toBe('https://example.org/dossier/social.png');
  });

  test('a briefing is shared with a card of its own, a 1200 × 630 PNG beside its page', () => {
    const page = site.page('briefings/port-strike/');
    const image = 'https://example.org/dossier/briefings/port-strike/social.png';
    expect(meta(page, 'og:image')).toBe(image);
    expect(meta(page, 'og:image:alt')).toBe('Port strike ends after nine days');
    expect(JSON.parse(toText(select('script[type="application/ld+json"]', page) as Element)).image).toEqual([image]);
    expect(pngSize('briefings/port-strike/social.png')).toEqual({ width: 1200, height: 630 });
  });

  test('a briefing whose title the card font cannot draw shares the default image', () => {
    const page = site.page('briefings/tehran-rates/');
    expect(meta(page, 'og:image')).toBe('https://example.org/dossier/social.png');
    expect(existsSync(path.join(site.dist, 'briefings/tehran-rates/social.png'))).toBe(false);
    expect(pngSize('social.png')).toEqual({ width: 1200, height: 630 });
  });

  test('a briefing is shared as an article with its dates', () => {
    const page = site.page('briefings/port-strike/');
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:description')).toBe('Dockers accepted a pay offer on Friday.');
    expect(meta(page, 'article:published_time')).toBe('2026-01-09T10:00:00+00:00');
    expect(meta(page, 'article:modified_time')).toBe('2026-01-10');
  });
});

describe('a briefing page', () => {
  test('links the original article in its source line', () => {
    const page = site.page('briefings/port-strike/');
    const line = select('article .source-line', page) as Element;
    expect(text(line)).toBe('Source: The Daily, 9 January 2026, 10:00 UTC · Original article');
    expect((select('a', line) as Element).properties.href).toBe('https://daily.example/port-strike?ref=a&b=1');
  });

  test('is marked with its own language and direction', () => {
    const html = select('html', site.page('briefings/tehran-rates/')) as Element;
    expect(html.properties.lang).toBe('fa');
    expect(html.properties.dir).toBe('rtl');
    expect((select('html', site.page('briefings/harbour/')) as Element).properties.lang).toBe('en');
  });

  test('links the briefings before and after it by date, and says how long it takes to read', () => {
    const page = site.page('briefings/tehran-rates/');
    expect((select('.neighbours a[rel="prev"]', page) as Element).properties.href).toBe('/dossier/briefings/harbour/');
    expect((select('.neighbours a[rel="next"]', page) as Element).properties.href).toBe('/dossier/briefings/port-strike/');
    expect(select('.neighbours a[rel="next"]', site.page('briefings/port-strike/'))).toBeUndefined();
    expect(text(select('.reading-time', page))).toBe('1 min read');
  });

  test('types a person byline as a Person and a desk as an Organization, with the original as isBasedOn', () => {
    const data = (route: string) => JSON.parse(toText(select('script[type="application/ld+json"]', site.page(route)) as Element));
    expect(data('briefings/port-strike/')).toMatchObject({
      author: { '@type': 'Person', name: 'Jane Doe' },
      isBasedOn: 'https://daily.example/port-strike?ref=a&b=1',
      dateModified: '2026-01-10',
    });
    expect(data('briefings/tehran-rates/')).toMatchObject({ author: { '@type': 'Organization', name: 'City Desk' }, inLanguage: 'fa' });
    expect(data('briefings/harbour/').author).toEqual({ '@type': 'Organization', name: 'Staff' });
  });
});

describe('feeds, sitemap and robots.txt', () => {
  test('RSS gives every item a description and points to itself', () => {
    const rss = read('rss.xml');
    expect(rss).toContain('<atom:link href="https://example.org/dossier/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(rss.match(/<item>/g)).toHaveLength(3);
    expect(rss.match(/<description>/g)).toHaveLength(4);
    expect(rss).toContain('<description>The harbour reopened on Monday after a week of repairs {and} more.</description>');
    expect(rss).toContain('<dc:source>https://daily.example/port-strike?ref=a&amp;b=1</dc:source>');
  });

  test('JSON Feed 1.1 lists the briefings newest first with the original link', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://example.org/dossier/feed.json');
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual([
      'https://example.org/dossier/briefings/port-strike/',
      'https://example.org/dossier/briefings/tehran-rates/',
      'https://example.org/dossier/briefings/harbour/',
    ]);
    expect(feed.items[0]).toMatchObject({
      external_url: 'https://daily.example/port-strike?ref=a&b=1',
      date_modified: '2026-01-10T00:00:00.000Z',
      tags: ['labour'],
    });
    expect(feed.items[1].language).toBe('fa');
  });

  test('robots.txt names the sitemap, which lists briefings and not the report', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://example.org/dossier/sitemap-index.xml');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('<loc>https://example.org/dossier/briefings/harbour/</loc>');
    expect(sitemap).not.toMatch(/\/(report|search|404)\//);
  });
});

describe('the home page', () => {
  test('shows the newest timeline events and the most-covered topics beside the latest briefings', () => {
    const home = site.page('');
    expect(selectAll('.briefing-card h2', home).map(text)).toEqual([
      'Port strike ends after nine days',
      'بانک مرکزی نرخ بهره را ثابت نگه داشت',
      'Harbour reopens',
    ]);
    expect(selectAll('#covered-heading ~ ul a', home).map(text)).toContain('labour');
    // A plan dated after its briefing was published is not yet news.
    expect(selectAll('.home-events a', home).map(text)).toEqual(['Dockers walked out on 31 December.']);
  });
});
