import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { ROOT, SAMPLE_SEED } from '../support/seeds.ts';

const BASE = '/dossier/';

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({
    seeds: {
      '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
      'events-across-years.txt': readFileSync(path.join(ROOT, 'tests', 'fixtures', 'seeds', 'events-across-years.txt')),
    },
    base: BASE,
  });
});

afterAll(() => browsed?.close());

describe('the timeline, in a browser, under a base path', () => {
  test('is reached from the site header and reads newest first, grouped by year and month', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(browsed.url);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' }).click();
    await page.waitForURL(`${browsed.url}timeline/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Timeline');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['2025', '2024', '2022']);
    expect(await page.locator('main time').first().getAttribute('datetime')).toBe('2025-12-29');
    await page.close();
  });

  test('switches to oldest first and back with a link', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}timeline/`);
    await page.getByRole('link', { name: 'Oldest first' }).click();
    await page.waitForURL(`${browsed.url}timeline/oldest/`);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['2022', '2024', '2025']);
    expect(await page.locator('main .timeline-date').first().textContent()).toBe('late 2022');
    await page.getByRole('link', { name: 'Newest first' }).click();
    await page.waitForURL(`${browsed.url}timeline/`);
    await page.close();
  });

  test('takes the reader from an event to its paragraph in the briefing', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}timeline/`);
    const event = page.locator('li.timeline-event', { hasText: 'week of 11 Mar 2024' });
    expect(await event.locator('.event-text mark').textContent()).toBe('next week');
    await event.getByRole('link', { name: 'Harbour strike ends after three weeks' }).click();
    await page.waitForURL(`${browsed.url}briefings/events-across-years/#p-4`);
    expect(await page.locator(':target').textContent()).toBe('The union said the new contract will be put to a vote next week.');
    await page.close();
  });

  test('shows the reader the two dates the sample seed gives its strike, on the briefing page', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}briefings/000-19c9abe1674f8dc9/`);
    const section = page.getByRole('region', { name: 'Timeline' });
    const note = section.getByRole('note').filter({ hasText: 'Dates disagree' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/the text says December 2025, up to the 30th .*the summary says first week of August 2025/);
    await section.getByRole('link', { name: 'Paragraph 1', exact: true }).click();
    await page.waitForURL(/#p-1$/);
    expect(await page.locator(':target').textContent()).toMatch(/^The Central Intelligence Agency carried out a drone strike earlier this month/);
    await page.close();
  });

  test('reads the same without JavaScript', async () => {
    const context = await browsed.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${browsed.url}timeline/`);
    expect(await page.locator('main li.timeline-event').count()).toBe(11);
    expect(await page.locator('main li.timeline-event time').count()).toBe(11);
    await context.close();
  });
});
