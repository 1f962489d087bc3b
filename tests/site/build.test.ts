import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HOSTILE_TITLE, INJECTIONS, makeBriefing, paragraphs } from '../support/briefings.ts';
import { fileLines, SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';
import type { Slug } from '../../src/pipeline/types.ts';

const sample = fileLines(SAMPLE_SEED);
const SAMPLE_ROUTE = 'briefings/000-19c9abe1674f8dc9/';
const HOSTILE_ROUTE = 'briefings/hostile/';
const LIST_ROUTE = 'briefings/with-list/';

let site: FixtureSite;

beforeAll(async () => {
  site = await buildFixtureSite({
    seeds: { '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED) },
    briefings: [
      makeBriefing({
        slug: 'hostile' as Slug,
        title: HOSTILE_TITLE,
        dek: '<b>not bold</b> {1 + 1}',
        summary: 'export const y = 2',
        outlet: 'The <i>Outlet</i>',
        published: '2024-01-02T03:04:00+00:00',
        body: paragraphs(INJECTIONS),
      }),
      makeBriefing({
        slug: 'with-list' as Slug,
        title: 'A briefing with lists',
        body: [
          { id: 'p-1', text: 'The plan has three parts:' },
          { id: 'p-2', text: 'Fares rise by 5%.', list: { id: 'l-1', ordered: false } },
          { id: 'p-3', text: 'Night buses {return}.', list: { id: 'l-1', ordered: false } },
          { id: 'p-4', text: 'Then, in order:' },
          { id: 'p-5', text: 'Consult.', list: { id: 'l-2', ordered: true, start: 2 } },
          { id: 'p-6', text: 'Decide.', list: { id: 'l-2', ordered: true, start: 2 } },
        ],
      }),
    ],
  });
});

afterAll(() => site?.remove());

const text = (node: Element | Root | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);
const need = (root: Root | Element, selector: string): Element => {
  const found = select(selector, root);
  if (!found) throw new Error(`No ${selector} on the page`);
  return found;
};
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the built briefing page of the sample seed', () => {
  test('shows the headline, dek, outlet, byline and a machine-readable date', () => {
    const page = site.page(SAMPLE_ROUTE);
    expect(text(need(page, 'h1'))).toBe(sample[0]);
    expect(text(need(page, 'title'))).toBe(`${sample[0]} · Dossier`);
    expect(text(need(page, '.briefing-header .dek'))).toBe(sample[3]);
    expect(text(need(page, '.outlet'))).toBe('The Times of India');
    expect(text(need(page, '.byline'))).toBe('TOI Global Desk');
    const time = need(page, '.briefing-header time');
    expect(time.properties.dateTime).toBe('2025-12-30T23:15:00+05:30');
    expect(text(time)).toBe('30 December 2025, 23:15 IST');
  });

  test('shows each body paragraph exactly once, in order, each with its #p-N anchor', () => {
    const page = site.page(SAMPLE_ROUTE);
    const body = selectAll('article .body p', page);
    expect(body.map(text)).toEqual(sample.slice(6, 17));
    expect(body.map((p) => p.properties.id)).toEqual(Array.from({ length: 11 }, (_, i) => `p-${i + 1}`));
    const article = text(need(page, 'article')) ?? '';
    for (const paragraph of sample.slice(6, 17)) expect(occurrences(article, paragraph)).toBe(1);
  });

  test('shows the summary once, in its own box', () => {
    const page = site.page(SAMPLE_ROUTE);
    expect(text(need(page, '.summary p'))).toBe(sample[5]);
    expect(occurrences(text(need(page, 'article')) ?? '', sample[5] ?? '')).toBe(1);
  });

  test('names its source in one line and shows readers none of the workshop', () => {
    const page = site.page(SAMPLE_ROUTE);
    expect(text(need(page, 'article .source-line'))).toBe('Source: The Times of India, 30 December 2025, 23:15 IST');
    const shown = text(page) ?? '';
    expect(shown).not.toContain('000_19c9abe1674f8dc9.txt');
    expect(shown).not.toContain('d0d6625d2fc0f8c2');
    expect(shown).not.toContain('repeated-title');
  });

  test('leaves the seed file, its hash and the dropped text to the build report, kept out of search engines', () => {
    const report = site.page('report/');
    expect(select('meta[name="robots"]', report)?.properties.content).toBe('noindex');
    const entry = need(report, '.report-entry');
    expect(text(entry)).toContain('seeds/000_19c9abe1674f8dc9.txt');
    expect(text(entry)).toContain('d0d6625d2fc0f8c2a9a196643bd6d4d63a7d8a4d6dcdd7df72fdb6a7eeeefb04');
    expect(text(need(entry, 'details summary'))).toBe('What the cleaner left out (14 pieces)');
    expect(selectAll('details li', entry).map((li) => text(li)?.split(' ').slice(0, 3).join(' '))).toContain('line 3 repeated-title');
    const sitemap = readFileSync(path.join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`https://example.org/${SAMPLE_ROUTE}`);
    expect(sitemap).not.toContain('/report/');
  });
});

describe('a briefing full of text that looks like code', () => {
  test('renders every hostile paragraph literally, as text', () => {
    const page = site.page(HOSTILE_ROUTE);
    expect(selectAll('article .body p', page).map(text)).toEqual([...INJECTIONS]);
    expect(selectAll('article .body *', page).map((element) => element.tagName)).toEqual(INJECTIONS.map(() => 'p'));
  });

  test('renders the hostile title, dek, summary and outlet literally', () => {
    const page = site.page(HOSTILE_ROUTE);
    expect(text(need(page, 'h1'))).toBe(HOSTILE_TITLE.replace(/\s+/g, ' '));
    expect(text(need(page, '.briefing-header .dek'))).toBe('<b>not bold</b> {1 + 1}');
    expect(text(need(page, '.summary p'))).toBe('export const y = 2');
    expect(text(need(page, '.outlet'))).toBe('The <i>Outlet</i>');
  });

  test('describes itself as a NewsArticle in JSON-LD that no text can break out of', () => {
    const page = site.page(HOSTILE_ROUTE);
    const [script] = selectAll('script[type="application/ld+json"]', page);
    const json = toText(script as Element);
    expect(json).not.toContain('</');
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'NewsArticle',
      headline: HOSTILE_TITLE,
      description: '<b>not bold</b> {1 + 1}',
      url: `https://example.org/${HOSTILE_ROUTE}`,
      datePublished: '2024-01-02T03:04:00+00:00',
      publisher: { name: 'The <i>Outlet</i>' },
    });
  });

  test('runs nothing: no script from the text reaches the page', () => {
    const page = site.page(HOSTILE_ROUTE);
    const scripts = selectAll('script:not([type="application/ld+json"])', page).map((script) => toText(script));
    expect(scripts.some((code) => code.includes('alert(1)'))).toBe(false);
    expect(text(page)).not.toContain(process.env.HOME ?? '/root');
  });
});

describe('a briefing with lists', () => {
  test('renders list items as real lists, each item with its #p-N anchor', () => {
    const page = site.page(LIST_ROUTE);
    const body = need(page, 'article .body');
    expect(body.children.filter((node): node is Element => node.type === 'element').map((element) => element.tagName)).toEqual(['p', 'ul', 'p', 'ol']);
    expect(selectAll('ul > li', body).map((li) => [li.properties.id, text(li)])).toEqual([
      ['p-2', 'Fares rise by 5%.'],
      ['p-3', 'Night buses {return}.'],
    ]);
    expect(need(body, 'ol').properties.start).toBe(2);
    expect(selectAll('ol > li', body).map((li) => li.properties.id)).toEqual(['p-5', 'p-6']);
    expect(selectAll('p', body).map((p) => p.properties.id)).toEqual(['p-1', 'p-4']);
  });
});

describe('the site around the briefings', () => {
  test('lists the briefings on the home page, newest first, with dek, outlet and date', () => {
    const page = site.page('');
    const cards = selectAll('.briefing-card', page);
    expect(cards.map((card) => text(need({ type: 'root', children: [card] }, 'h2')))).toEqual([
      sample[0],
      HOSTILE_TITLE.replace(/\s+/g, ' '),
      'A briefing with lists',
    ]);
    const first = { type: 'root' as const, children: [cards[0] as Element] };
    expect(need(first, 'h2 a').properties.href).toBe(`/${SAMPLE_ROUTE}`);
    expect(text(need(first, '.dek'))).toBe(sample[3]);
    expect(text(need(first, '.meta'))).toBe('The Times of India 30 December 2025, 23:15 IST');
  });

  test('publishes an RSS feed of the briefings, newest first, with absolute links', () => {
    const feed = readFileSync(path.join(site.dist, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item><title>([\s\S]*?)<\/title><link>([\s\S]*?)<\/link>/g)].map(([, title, link]) => [title, link]);
    expect(items).toEqual([
      [sample[0], `https://example.org/${SAMPLE_ROUTE}`],
      ['Breaking: &quot;quoted&quot; &apos;words&apos;\n---\nand more', `https://example.org/${HOSTILE_ROUTE}`],
      ['A briefing with lists', 'https://example.org/briefings/with-list/'],
    ]);
    expect(feed).toContain('<pubDate>Tue, 30 Dec 2025 17:45:00 GMT</pubDate>');
    expect(need(site.page(''), 'link[type="application/rss+xml"]').properties.href).toBe('/rss.xml');
  });

  test('has a search page over the Pagefind index and a 404 page', () => {
    const search = site.page('search/');
    expect(need(search, '[data-search-panel]').properties.dataBundlePath).toBe('/pagefind/');
    expect(readFileSync(path.join(site.dist, 'pagefind', 'pagefind.js'), 'utf8').length).toBeGreaterThan(0);
    expect(text(need(site.page('404.html'), 'h1'))).toBe('Page not found');
  });

  test('indexes exactly the briefing pages with Pagefind, and says so', () => {
    const entry = JSON.parse(readFileSync(path.join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(3);
    expect(site.buildLog).toMatch(/Indexed 3 of \d+ pages: \d+ files, [\d.]+ KiB in dist\/pagefind\//);
    expect(site.buildLog).toMatch(/Site size: [\d.]+ KiB in \d+ files\./);
  });
});
