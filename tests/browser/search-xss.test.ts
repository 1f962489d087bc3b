import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';

// Seed text that would become markup if any of it reached the page as HTML: an outlet written
// with character references (Pagefind decodes those in filter values), and a person and topics
// renamed by the sidecar, one of them in each form.
const OUTLET = "&lt;img src=x onerror=alert('outlet')&gt;";
const PERSON = "<svg onload=alert('person')>";
const TOPIC = "<img src=x onerror=alert('topic')>";
const TOPIC_REFERENCES = "&lt;svg onload=alert('topic')&gt;";
const TITLE = "Harbour talks stall <img src=x onerror=alert('title')>";

const SEED = [
  TITLE,
  `WORLD DESK | ${OUTLET} | Dec 30, 2025, 23:15 EST`,
  'The harbour talks in Lisbon stalled on Tuesday, Donald Trump said.',
  '',
  "Donald Trump met the harbour's owners in Lisbon on Monday <svg onload=alert('body')>.",
  '',
].join('\n');

const SIDECAR = [
  'entities:',
  `  Donald Trump: "${PERSON}"`,
  `topics: ["${TOPIC}", "${TOPIC_REFERENCES}"]`,
  '',
].join('\n');

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({ seeds: { 'hostile.txt': SEED, 'hostile.yaml': SIDECAR }, base: '/dossier/' });
});

afterAll(() => browsed?.close());

/** A new page that records every dialog a script opens (and dismisses it). */
async function watchedPage(): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browsed.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

describe('search over seed text that looks like markup', () => {
  test('shows the title, outlet and excerpt as the text they are, and runs nothing', async () => {
    const { page, dialogs } = await watchedPage();
    await page.goto(`${browsed.url}search/`);
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('harbour');
    const result = page.locator('main .search-result').first();
    await expect.poll(() => page.locator('main .search-result').count(), { timeout: 15_000 }).toBe(1);
    expect(await result.locator('.search-result-link').textContent()).toBe(TITLE);
    expect(await result.locator('.search-result-meta').textContent()).toContain(OUTLET);
    // Hits in the body are shown paragraph by paragraph, as the text reads.
    expect((await result.locator('.search-sub-result').allTextContents()).join(' ')).toContain("<svg onload=alert('body')>");
    expect(await result.locator('.search-sub-result mark').first().textContent()).toMatch(/^harbour/i);
    // A hit outside the paragraphs gets an excerpt of the page: character references stay as written.
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('desk');
    await expect.poll(() => result.locator('.search-result-excerpt').textContent()).toContain(`${TITLE} ${OUTLET} World Desk`);
    expect(await page.locator('.search-panel img, .search-panel svg').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('lists the hostile names as filter values, filters by them, and runs nothing', async () => {
    const { page, dialogs } = await watchedPage();
    await page.goto(`${browsed.url}search/`);
    await page.getByRole('main').getByRole('searchbox', { name: 'Search briefings' }).fill('harbour');
    await expect.poll(() => page.locator('main .search-result').count(), { timeout: 15_000 }).toBe(1);
    for (const summary of await page.locator('main .search-filter-name').all()) await summary.click();
    const labels = page.locator('main .search-filter-label');
    await expect.poll(() => labels.allTextContents()).toEqual(
      expect.arrayContaining([` ${OUTLET} (1)`, ` ${PERSON} (1)`, ` ${TOPIC} (1)`, ` ${TOPIC_REFERENCES} (1)`]),
    );
    await page.locator('main .search-filter[data-filter="outlet"] label', { hasText: OUTLET }).click();
    await page.locator('main .search-filter[data-filter="topic"] label', { hasText: TOPIC_REFERENCES }).click();
    await expect.poll(() => page.locator('main .search-status').textContent()).toBe('1 briefing');
    expect(await page.locator('main .search-result-link').textContent()).toBe(TITLE);
    expect(await page.locator('.search-panel img, .search-panel svg').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
