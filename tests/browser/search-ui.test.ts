import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { ROOT, SAMPLE_SEED } from '../support/seeds.ts';

const BASE = '/dossier/';
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({
    seeds: {
      '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
      'harbour.txt': [
        'Harbour reopens after storm',
        'WORLD DESK | The Daily | Dec 30, 2024',
        'The harbour reopened on Tuesday after a week of repairs.',
        '',
        'Dock workers said the storm had bent two of the cranes beyond repair.',
        '',
        'The port authority will meet again in March.',
        '',
      ].join('\n'),
      'harbour-2025.txt': 'Harbour fees rise\nCITY DESK | The Ledger | Mar 3, 2025\nThe harbour fees rose on Monday for every ship.\n',
      'undated.txt': 'Undated harbour notes\n\nA harbour note with no date at all.\n',
    },
    base: BASE,
  });
});

afterAll(() => browsed?.close());

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');
const resultTitles = (page: Page) => dialog(page).locator('.search-result-link');

/** Open the home page and search from the dialog the `/` key opens. */
async function searchFromHome(page: Page, query: string): Promise<void> {
  await page.goto(browsed.url);
  await page.keyboard.press('/');
  await expect.poll(() => dialog(page).evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
  await page.keyboard.type(query);
}

describe('the search dialog, on the real build under a base path', () => {
  test('opens from `/` with the query box focused, shows title, outlet, date and the hit, and closes back', async () => {
    const page = await browsed.browser.newPage();
    await searchFromHome(page, 'cranes');
    await expect.poll(() => resultTitles(page).allTextContents(), { timeout: 15_000 }).toEqual(['Harbour reopens after storm']);
    const result = dialog(page).locator('.search-result');
    expect(await result.locator('.search-result-meta').textContent()).toBe('The Daily · 30 Dec 2024');
    expect(await result.locator('mark').allTextContents()).toEqual(['cranes']);
    // Arrow keys walk the results' links; Escape closes and gives focus back to the page.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Harbour reopens after storm');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-query');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.close();
  });

  test('opens from Ctrl-K and ⌘-K, and from the header box with its query', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(browsed.url);
    for (const chord of ['Control+k', 'Meta+k']) {
      await page.keyboard.press(chord);
      await expect.poll(() => dialog(page).evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-query');
      await page.keyboard.press('Escape');
    }
    await page.locator('#site-search').fill('fees');
    await page.locator('#site-search').press('Enter');
    await expect.poll(() => resultTitles(page).allTextContents(), { timeout: 15_000 }).toEqual(['Harbour fees rise']);
    expect(page.url()).toBe(browsed.url);
    await page.close();
  });

  test('sorts by date, newest first, with undated briefings last', async () => {
    const page = await browsed.browser.newPage();
    await searchFromHome(page, 'harbour');
    await expect.poll(() => resultTitles(page).count(), { timeout: 15_000 }).toBe(3);
    await dialog(page).locator('.search-sort').selectOption('newest');
    await expect
      .poll(() => resultTitles(page).allTextContents(), { timeout: 15_000 })
      .toEqual(['Harbour fees rise', 'Harbour reopens after storm', 'Undated harbour notes']);
    await page.close();
  });

  test('browses by a filter with no query, year included, and narrows a query by it', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(browsed.url);
    await page.keyboard.press('/');
    // The dialog's filters load when they are first opened.
    await dialog(page).locator('.search-filters-toggle').click();
    const year = dialog(page).locator('.search-filter[data-filter="year"]');
    await year.locator('summary').click();
    await expect.poll(() => year.locator('.search-filter-label').allTextContents(), { timeout: 15_000 }).toEqual([' 2025 (2)', ' 2024 (1)']);
    await year.locator('label', { hasText: '2024' }).click();
    await expect.poll(() => resultTitles(page).allTextContents()).toEqual(['Harbour reopens after storm']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('harbour');
    await expect.poll(() => resultTitles(page).allTextContents()).toEqual(['Harbour reopens after storm']);
    await page.close();
  });

  test('links a hit to its paragraph, and the briefing marks the hit there and shows it', async () => {
    const page = await browsed.browser.newPage();
    await searchFromHome(page, 'cranes');
    const sub = dialog(page).locator('.search-sub-result-link');
    await expect.poll(() => sub.count(), { timeout: 15_000 }).toBe(1);
    expect(await sub.getAttribute('href')).toBe(`${BASE}briefings/harbour/?highlight=cranes#p-2`);
    await sub.click();
    await page.waitForURL(`${browsed.url}briefings/harbour/?highlight=cranes#p-2`);
    await expect.poll(() => page.locator('#p-2 mark.search-hit').allTextContents()).toEqual(['cranes']);
    expect(await page.locator('#p-2').getAttribute('class')).toContain('search-target');
    expect(await page.locator('#p-2').evaluate((paragraph) => {
      const box = paragraph.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    await page.close();
  });

  test('says how to get an index when there is none, as under `npm run dev` before a build', async () => {
    const page = await browsed.browser.newPage();
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await searchFromHome(page, 'harbour');
    await expect.poll(() => dialog(page).locator('.search-status').textContent(), { timeout: 15_000 }).toContain('run `npm run build` once');
    await page.close();
  });

  test.each(['light', 'dark'] as const)('passes axe with no violations in the %s theme', async (colorScheme) => {
    const context = await browsed.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await searchFromHome(page, 'harbour');
    await expect.poll(() => resultTitles(page).count(), { timeout: 15_000 }).toBe(3);
    await dialog(page).locator('.search-filters-toggle').click();
    await dialog(page).locator('.search-filter[data-filter="outlet"] summary').click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('the search page', () => {
  /** The sum of the page's layout shifts that no input caused, as Cumulative Layout Shift counts them. */
  const unexpectedShift = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((entries) => {
            const shifts = entries.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
            resolve(shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
          }).observe({ type: 'layout-shift', buffered: true });
          // With no shift at all the observer is never called.
          setTimeout(() => resolve(0), 500);
        }),
    );

  test('on a phone, shows the results of `?q=` in the first screen with the filters folded, and nothing moves when they arrive', async () => {
    const page = await browsed.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${browsed.url}search/?q=harbour`);
    const titles = page.locator('main .search-result-title');
    await expect.poll(() => titles.count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('main .search-filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    const firstTitle = await titles.first().boundingBox();
    expect(firstTitle && firstTitle.y + firstTitle.height).toBeLessThan(844);
    // The result titles come under the page's own heading, one level down.
    expect(await titles.evaluateAll((headings) => headings.map((heading) => heading.tagName))).toEqual(['H2', 'H2', 'H2']);
    expect(await unexpectedShift(page)).toBe(0);
    // With no query, the status that arrives is longer, and still moves nothing.
    await page.goto(`${browsed.url}search/`);
    await expect.poll(() => page.locator('main .search-status').textContent(), { timeout: 15_000 }).toContain('Type to search');
    expect(await unexpectedShift(page)).toBe(0);
    await page.close();
  });

  test('on a wide screen, opens the filters beside the results', async () => {
    const page = await browsed.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${browsed.url}search/?q=harbour`);
    await expect.poll(() => page.locator('main .search-filter-name').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('main .search-filters-panel').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(true);
    expect(await unexpectedShift(page)).toBe(0);
    await page.close();
  });
});

describe('offline, after one visit', () => {
  let context: BrowserContext;

  afterAll(() => context?.close());

  test('keeps the home page, visited briefings and search over every briefing; what was never shown says it was not saved', async () => {
    context = await browsed.browser.newContext();
    const page = await context.newPage();

    await page.goto(browsed.url);
    // The worker takes over the page once it has precached the shell, Pagefind and its word index.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 }).toBe(true);
    // A result shown online keeps its briefing's fragment. (Typed key by key, the query would
    // show every briefing with a word in `c`, such as CITY DESK, on its way.)
    await page.keyboard.press('/');
    await dialog(page).locator('input[type="search"]').fill('cranes');
    await expect.poll(() => resultTitles(page).allTextContents(), { timeout: 15_000 }).toEqual(['Harbour reopens after storm']);
    await page.goto(`${browsed.url}briefings/harbour/`);

    await context.setOffline(true);
    await page.goto(browsed.url);
    expect(await page.locator('h1, .site-name').first().isVisible()).toBe(true);
    await page.keyboard.press('/');
    // The query runs over every briefing; one never shown online is counted, and says so.
    await page.keyboard.type('fees');
    await expect.poll(() => dialog(page).locator('.search-status').textContent(), { timeout: 15_000 }).toBe('1 briefing');
    await expect.poll(() => dialog(page).locator('.search-results').textContent(), { timeout: 15_000 }).toBe('A briefing not saved for offline reading');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('cranes');
    await expect.poll(() => resultTitles(page).allTextContents(), { timeout: 15_000 }).toEqual(['Harbour reopens after storm']);
    await resultTitles(page).first().click();
    await page.waitForURL(/briefings\/harbour\//);
    expect(await page.locator('h1').textContent()).toBe('Harbour reopens after storm');
    await expect.poll(() => page.locator('mark.search-hit').allTextContents()).toEqual(['cranes']);

    await page.goto(`${browsed.url}briefings/harbour-2025/`);
    expect(await page.locator('h1').textContent()).toBe('This page was not saved for offline reading');
    // The search page searches in Pagefind's worker, which is kept too.
    await page.goto(`${browsed.url}search/?q=cranes`);
    await expect.poll(() => page.locator('main .search-result-link').allTextContents(), { timeout: 15_000 }).toEqual(['Harbour reopens after storm']);
    await context.setOffline(false);
  });

  test('can be installed: a manifest under the base path', async () => {
    const manifest = (await (await fetch(`${browsed.url}manifest.webmanifest`)).json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ start_url: BASE, scope: BASE, display: 'standalone' });
    const html = readFileSync(path.join(browsed.site.dist, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="manifest" href="${BASE}manifest.webmanifest">`);
  });
});
