import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { SAMPLE_SEED } from '../support/seeds.ts';

const BASE = '/dossier/';
const TITLE = 'CIA drone strike on Venezuelan port marks first known US attack inside the Country';

let browsed: BrowsedSite;
let page: Page;

beforeAll(async () => {
  browsed = await openFixtureSite({
    seeds: {
      '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
      'harbour.txt': 'Harbour reopens after storm\n\nThe harbour reopened on Tuesday after a week of repairs.\n',
    },
    base: BASE,
  });
});

afterAll(() => browsed?.close());

describe('search, on a site served under a base path', () => {
  test('finds the briefing for "Tren de Aragua" and opens it from the result', async () => {
    page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}search/`);
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('Tren de Aragua');
    const result = page.locator('main .search-result-link').first();
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toBe(TITLE);
    await expect.poll(() => page.locator('main .search-result').count()).toBe(1);

    await result.click();
    await page.waitForURL(`${browsed.url}briefings/000-19c9abe1674f8dc9/?highlight=Tren+de+Aragua`);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.locator('#p-2').textContent()).toMatch(/^Sources told CNN that the strike targeted a remote dock/);
  });

  test('runs a search from the header box on the search page without script', async () => {
    const context = await browsed.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(browsed.url);
    await plain.locator('#site-search').fill('harbour');
    await plain.locator('#site-search').press('Enter');
    await plain.waitForURL(`${browsed.url}search/?q=harbour`);
    await context.close();
    page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}search/?q=harbour`);
    const result = page.locator('main .search-result-link').first();
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toBe('Harbour reopens after storm');
  });

  test('every internal link, stylesheet and script of every page resolves under the base path', async () => {
    const pages = readdirSync(browsed.site.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const targets = new Set<string>();
    for (const file of pages) {
      const html = readFileSync(path.join(browsed.site.dist, file), 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) targets.add(target ?? '');
    }
    expect(targets.size).toBeGreaterThan(5);
    const origin = new URL(browsed.url).origin;
    const broken: string[] = [];
    for (const target of targets) {
      if (!target.startsWith(BASE)) broken.push(`${target} (outside ${BASE})`);
      else if ((await fetch(`${origin}${target}`)).status !== 200) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
