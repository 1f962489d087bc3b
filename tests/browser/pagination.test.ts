import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeDatedBriefings } from '../support/briefings.ts';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';

let browsed: BrowsedSite;

// Sixty briefings, 120 events: three pages of timeline, two pages of the person they are about.
beforeAll(async () => {
  browsed = await openFixtureSite({ seeds: {}, briefings: makeDatedBriefings(60, 'Ada Lovelace'), base: '/dossier/' });
});

afterAll(() => browsed?.close());

describe('paginated pages, in a browser, under a base path', () => {
  test('the timeline leads to earlier events and back', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}timeline/`);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Earlier events' }).click();
    await page.waitForURL(`${browsed.url}timeline/2/`);
    expect(await page.title()).toBe('Timeline, page 2 · Dossier');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['2023 (continued)']);
    expect(await page.locator('main li.timeline-event').count()).toBe(50);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Later events' }).click();
    await page.waitForURL(`${browsed.url}timeline/`);
    await page.close();
  });

  test('a year link takes the reader to the page and heading where that year begins', async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}timeline/oldest/`);
    await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2024' }).click();
    await page.waitForURL(`${browsed.url}timeline/oldest/3/#y2024`);
    expect(await page.locator(':target').textContent()).toBe('2024');
    await page.close();
  });

  test("a person's page leads to their older briefings, numbered on", async () => {
    const page = await browsed.browser.newPage();
    await page.goto(`${browsed.url}people/ada-lovelace/`);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older' }).click();
    await page.waitForURL(`${browsed.url}people/ada-lovelace/2/`);
    const list = page.locator('ol.appearances');
    expect(await list.getAttribute('start')).toBe('51');
    expect(await list.locator('> li').count()).toBe(10);
    await list.getByRole('link', { name: 'Harbour report 10' }).click();
    await page.waitForURL(`${browsed.url}briefings/harbour-10/`);
    await page.close();
  });

  test('read the same without JavaScript', async () => {
    const context = await browsed.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${browsed.url}timeline/oldest/3/`);
    expect(await page.locator('main li.timeline-event time').count()).toBe(20);
    await context.close();
  });
});
