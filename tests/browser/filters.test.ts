import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Slug } from '../../src/pipeline/types.ts';
import { makeBriefing, paragraphs } from '../support/briefings.ts';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { SAMPLE_SEED } from '../support/seeds.ts';

const HOSTILE_PERSON = '<img src=x onerror="window.pwned=1">Eve';
const HOSTILE_TOPIC = '<b>bold</b> & "quoted"';

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({
    seeds: { '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED) },
    briefings: [
      makeBriefing({
        slug: 'hostile-names' as Slug,
        title: 'Harbour talks stall',
        body: paragraphs(['The harbour talks stalled on Tuesday.']),
        entities: {
          people: [{ name: HOSTILE_PERSON, aliases: [], role: null, mentions: ['p-1'], affiliation: null }],
          organizations: [],
          places: [],
        },
        topics: [{ name: HOSTILE_TOPIC, origin: 'text' }],
      }),
      // The same names in a second briefing, so that they have pages of their own.
      makeBriefing({
        slug: 'hostile-names-again' as Slug,
        title: 'Port talks resume',
        body: paragraphs(['The port talks resumed on Thursday.']),
        entities: {
          people: [{ name: HOSTILE_PERSON, aliases: [], role: null, mentions: ['p-1'], affiliation: null }],
          organizations: [],
          places: [],
        },
        topics: [{ name: HOSTILE_TOPIC, origin: 'text' }],
      }),
    ],
    base: '/dossier/',
  });
});

afterAll(() => browsed?.close());

describe('the search filters', () => {
  test('offer person, organisation, place and topic filters with the names of the briefings', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}search/`);
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('strike');
    await expect.poll(() => page.locator('main .search-result').count(), { timeout: 15_000 }).toBe(1);
    const groups = page.locator('main .search-filter-name');
    await expect
      .poll(() => groups.allTextContents())
      .toEqual(expect.arrayContaining(['Person', 'Organisation', 'Place', 'Topic'].map((name) => expect.stringMatching(`^${name} \\(\\d+\\)$`))));
    await page.locator('main .search-filter-name', { hasText: 'Person' }).click();
    const trump = page.locator('main .search-filter-label', { hasText: 'Donald Trump' });
    await expect.poll(() => trump.count()).toBe(1);
  });

  test('show hostile entity and topic names as text, never as markup', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}search/`);
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('harbour');
    await expect.poll(() => page.locator('main .search-result').count(), { timeout: 15_000 }).toBe(1);
    for (const name of ['Person', 'Topic']) await page.locator('main .search-filter-name', { hasText: name }).click();
    const labels = page.locator('main .search-filter-label');
    await expect.poll(() => labels.allTextContents()).toEqual(expect.arrayContaining([` ${HOSTILE_PERSON} (1)`, ` ${HOSTILE_TOPIC} (1)`]));
    expect(await page.locator('.search-filters img, .search-filters b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('show the hostile names as text on the entity and topic pages too', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}briefings/hostile-names/`);
    const names = page.locator('.who-and-what a');
    expect(await names.allTextContents()).toEqual([HOSTILE_PERSON, HOSTILE_TOPIC]);
    await names.first().click();
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_PERSON);
    expect(await page.locator('main img').count()).toBe(0);
  });
});
