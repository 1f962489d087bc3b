import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DateMention, Slug } from '../../src/pipeline/types.ts';
import { makeBriefing, paragraphs } from '../support/briefings.ts';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';

/** A phone's first screen, as Chromium's device list gives an iPhone 12. */
const PHONE = { width: 390, height: 844 };
/** The narrowest phone screen still in use, as Chromium's device list gives an iPhone SE (first generation). */
const SMALL_PHONE = { width: 320, height: 568 };

/** One briefing with one event: a year from 1880 on, then two events of the 2020s named two ways. */
function yearBriefing(index: number, phrase: string, date: Pick<DateMention, 'value' | 'precision' | 'start' | 'end'>) {
  const text = `The harbour council met about the dock in ${phrase}.`;
  const mention: DateMention = { phrase, type: 'DATE', paragraph: 'p-1', offset: text.indexOf(phrase), ...date };
  return makeBriefing({
    slug: `harbour-${String(index).padStart(3, '0')}` as Slug,
    title: `Harbour history ${index}`,
    published: '2025-06-15',
    body: paragraphs([text]),
    dates: [mention],
    timeline: [{ text, paragraph: 'p-1', about: [], date: mention, conflicts: [] }],
  });
}

const YEARS = Array.from({ length: 140 }, (_, index) => 1880 + index);

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({
    seeds: {},
    briefings: [
      ...YEARS.map((year, index) => yearBriefing(index, String(year), { value: String(year), precision: 'year', start: `${year}-01-01`, end: `${year}-12-31` })),
      yearBriefing(200, 'the 2020s', { value: '202', precision: 'decade', start: '2020-01-01', end: '2029-12-31' }),
      yearBriefing(201, 'the mid-2020s', { value: '202', precision: 'decade', start: '2023-01-01', end: '2026-12-31' }),
    ],
    base: '/dossier/',
  });
});

afterAll(() => browsed?.close());

describe('the timeline’s year menu on a phone', () => {
  test.each([PHONE, SMALL_PHONE])('is one line that scrolls sideways, with each year and decade once, and leaves the first events on the first screen ($width × $height)', async (screen) => {
    const page = await browsed.browser.newPage({ viewport: screen });
    await page.goto(`${browsed.url}timeline/`);
    const menu = page.getByRole('navigation', { name: 'Years' });
    const links = await menu.getByRole('link').allTextContents();
    expect(links.filter((link) => link === '2020s')).toHaveLength(1);
    expect(links).toHaveLength(YEARS.length + 1);
    const box = await menu.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThan(60);
    // The whole menu is on the first screen, not only its first line.
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(screen.height);
    const list = menu.getByRole('list');
    expect(await list.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const firstEvent = await page.locator('main li.timeline-event').first().boundingBox();
    expect((firstEvent?.y ?? Infinity) + 40).toBeLessThan(screen.height);
    await page.close();
  });

  test('takes the reader to the page where a year begins', async () => {
    const page = await browsed.browser.newPage({ viewport: PHONE });
    await page.goto(`${browsed.url}timeline/`);
    const link = page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '1900', exact: true });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await page.waitForURL(/#y1900$/);
    expect(await page.locator(':target').textContent()).toBe('1900');
    await page.close();
  });

  test('gives the 2020s one heading, over both events that name them', async () => {
    const page = await browsed.browser.newPage({ viewport: PHONE });
    await page.goto(`${browsed.url}timeline/`);
    const decade = page.getByRole('region', { name: 'The 2020s' });
    expect(await page.getByRole('heading', { name: 'The 2020s' }).count()).toBe(1);
    expect(await decade.locator('li.timeline-event').count()).toBe(2);
    await page.close();
  });
});
