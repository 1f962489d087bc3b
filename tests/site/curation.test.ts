import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toEntitySlug } from '../../src/lib/entities.ts';
import { SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

let site: FixtureSite;

/** Names longer than a file system allows in a folder name, as a sidecar may give them. */
const LONG_NAME = `Nicolás ${'Maduro Moros '.repeat(33)}`.trim();
const LONG_TOPIC = `${'drug trafficking on the Caribbean coast '.repeat(10)}`.trim();

beforeAll(async () => {
  site = await buildFixtureSite({
    seeds: {
      'venezuela.txt': readFileSync(SAMPLE_SEED),
      'venezuela.yaml': [
        'hide:',
        '  - Administration officials have offered',
        'note: The date of the strike is disputed between outlets.',
        'corrections:',
        '  - date: 2026-01-02',
        '    text: An earlier version named the wrong command.',
        'featured: true',
        'entities:',
        `  Nicolás Maduro: ${LONG_NAME}`,
        `topics: [${LONG_TOPIC}]`,
      ].join('\n'),
      'harbour.txt':
        'Harbour reopens after storm\nCITY DESK | THE DAILY | Jan 5, 2026, 09:00 GMT\n\nThe harbour reopened on Monday after a week of repairs.\n\nPresident Nicolás Maduro said the harbour would stay open.\n',
      // The long name and topic in a second briefing, so that they get pages of their own.
      'harbour.yaml': ['entities:', `  Nicolás Maduro: ${LONG_NAME}`, `topics: [${LONG_TOPIC}]`].join('\n'),
      'secret.txt': 'Unfinished draft about the harbour\nCITY DESK | THE DAILY | Jan 6, 2026, 09:00 GMT\n\nThe Harbour Authority met on Monday, people close to it said.\n',
      'secret.yaml': 'draft: true\n',
    },
  });
});

afterAll(() => site?.remove());

const text = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);

describe('a curated briefing', () => {
  test("shows the curator's note above the text and the corrections log below it", () => {
    const page = site.page('briefings/venezuela/');
    expect(text(select('article .curator-note', page))).toBe("Curator's note The date of the strike is disputed between outlets.");
    expect(selectAll('article .corrections li', page).map(text)).toEqual(['2 January 2026: An earlier version named the wrong command.']);
    expect(select('article .corrections time', page)?.properties.dateTime).toBe('2026-01-02');
  });

  test('does not show the paragraph the curator hid', () => {
    const page = site.page('briefings/venezuela/');
    const body = selectAll('article .body p', page).map(text);
    expect(body).toHaveLength(10);
    expect(body.some((paragraph) => paragraph?.startsWith('Administration officials'))).toBe(false);
  });

  test('lists its corrections in its structured data', () => {
    const script = select('script[type="application/ld+json"]', site.page('briefings/venezuela/'));
    expect(JSON.parse(toText(script as Element)).correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-01-02', text: 'An earlier version named the wrong command.' },
    ]);
  });

  test('is featured first on the home page', () => {
    const home = site.page('');
    expect(selectAll('.featured .briefing-card h2', home).map(text)).toEqual([
      'CIA drone strike on Venezuelan port marks first known US attack inside the Country',
    ]);
  });
});

describe('names longer than a folder name may be', () => {
  test('get a page at a capped slug, which shows the whole name', () => {
    const person = toEntitySlug(LONG_NAME);
    const topic = toEntitySlug(LONG_TOPIC);
    expect(person.length).toBeLessThanOrEqual(100);
    expect(text(select('h1', site.page(`people/${person}/`)))).toContain(LONG_NAME);
    expect(text(select('h1', site.page(`topics/${topic}/`)))).toContain(LONG_TOPIC);
  });
});

describe('a draft', () => {
  test('has no page, and is in no list, feed, timeline or search index', () => {
    expect(existsSync(path.join(site.dist, 'briefings', 'secret'))).toBe(false);
    expect(selectAll('.briefing-card h2', site.page('')).map(text)).not.toContain('Unfinished draft about the harbour');
    expect(readFileSync(path.join(site.dist, 'rss.xml'), 'utf8')).not.toContain('Unfinished draft');
    expect(readFileSync(path.join(site.dist, 'timeline.json'), 'utf8')).not.toContain('Harbour Authority');
    expect(text(select('main', site.page('timeline/')))).not.toContain('Harbour Authority');
    expect(existsSync(path.join(site.dist, 'organizations', 'harbour-authority'))).toBe(false);
    const entry = JSON.parse(readFileSync(path.join(site.dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
  });
});
