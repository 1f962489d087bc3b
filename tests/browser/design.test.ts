import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeBriefing } from '../support/briefings.ts';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { SAMPLE_SEED } from '../support/seeds.ts';
import type { Slug } from '../../src/pipeline/types.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each type the site has. */
const PAGE_TYPES = {
  home: '',
  briefing: 'briefings/venezuela/',
  'right-to-left briefing': 'briefings/tehran-rates/',
  timeline: 'timeline/',
  index: 'entities/',
  person: 'people/donald-trump/',
  topic: 'topics/drone-strike/',
  archive: 'archive/',
  'archive month': 'archive/2025/12/',
  report: 'report/',
  'missing page': 'no-such-page/',
} as const;

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({
    base: '/dossier/',
    seeds: { 'venezuela.txt': readFileSync(SAMPLE_SEED) },
    briefings: [
      makeBriefing({
        slug: 'tehran-rates' as Slug,
        title: 'بانک مرکزی نرخ بهره را ثابت نگه داشت',
        outlet: 'Hamshahri',
        published: '2025-12-29T09:00:00+03:30',
        language: 'fa',
        body: [{ id: 'p-1', text: 'بانک مرکزی روز چهارشنبه نرخ بهره را ثابت نگه داشت.' }],
      }),
      // A second briefing naming the person and topic above: a name of one briefing has no page.
      makeBriefing({
        slug: 'strike-defended' as Slug,
        title: 'Washington defends the strike',
        published: '2025-12-31T09:00:00+00:00',
        entities: { people: [{ name: 'Donald Trump', aliases: [], role: null, mentions: ['p-1'], affiliation: null }], organizations: [], places: [] },
        topics: [{ name: 'drone strike', origin: 'text' }],
        body: [{ id: 'p-1', text: 'Donald Trump defended the drone strike on Wednesday.' }],
      }),
    ],
  });
});

afterAll(() => browsed?.close());

async function open(route: string, scheme: 'light' | 'dark', width = 1280): Promise<Page> {
  const page = await browsed.browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`${browsed.url}${route}`);
  return page;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, route] of Object.entries(PAGE_TYPES)) {
      test(`axe finds nothing on the ${name} page, ${scheme}`, async () => {
        const page = await open(route, scheme);
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run()).violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((node) => node.target.join(' ')) }));
        });
        await page.close();
        expect(violations).toEqual([]);
      });
    }
  }
});

describe('the theme toggle', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('switches to dark, remembers it, and applies it before the page paints on the next visit', async () => {
    const page = await open('briefings/venezuela/', 'light');
    const light = await background(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    // On the next page the saved choice is on <html> by the time the body is parsed: no flash.
    await page.goto(`${browsed.url}timeline/`, { waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background(page)).toBe(dark);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background(page)).toBe(light);
    await page.close();
  });

  test('follows the system when the reader has not chosen', async () => {
    const page = await open('', 'dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    await page.close();
  });

  test('is, with the search opener, the only script of a briefing page, and both are small', async () => {
    const page = await open('briefings/venezuela/', 'light');
    const scripts = await page.evaluate(async () =>
      Promise.all(
        [...document.scripts]
          .filter((script) => script.type !== 'application/ld+json')
          .map(async (script) => ({ src: script.src, length: script.src ? (await (await fetch(script.src)).text()).length : script.text.length })),
      ),
    );
    // The inline toggle, and the module that opens the search dialog (the search code itself loads on first open).
    expect(scripts.map((script) => (script.src === '' ? 'inline' : new URL(script.src).pathname.split('/').at(-1)?.split('.')[0]))).toEqual(['inline', 'SearchDialog']);
    expect(scripts[0]?.length).toBeLessThan(1000);
    expect(scripts[1]?.length).toBeLessThan(4096);
    await page.close();
  });
});

describe('layout', () => {
  test('no page type scrolls sideways at 320 pixels', async () => {
    for (const route of Object.values(PAGE_TYPES)) {
      const page = await open(route, 'light', 320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(320);
      await page.close();
    }
  });

  test("the header's search box shows its whole placeholder on phones, beside the theme toggle", async () => {
    for (const width of [320, 390]) {
      const page = await open('', 'light', width);
      const header = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search');
        const toggle = document.querySelector('.theme-toggle');
        const context = document.createElement('canvas').getContext('2d');
        if (!input || !toggle || !context) return null;
        const style = getComputedStyle(input);
        context.font = `${style.fontSize} ${style.fontFamily}`;
        return {
          placeholder: context.measureText(input.placeholder).width,
          room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
          toggleRight: toggle.getBoundingClientRect().right,
        };
      });
      expect(header, String(width)).not.toBeNull();
      expect(header?.placeholder, String(width)).toBeLessThanOrEqual(header?.room ?? 0);
      expect(header?.toggleRight, String(width)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  test('prints the article and its source, and none of the site around it', async () => {
    const page = await open('briefings/venezuela/', 'light');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.who-and-what', '.related', '.neighbours']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['h1', 'article .body', 'article .source-line']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    await page.close();
  });
});

describe('archive', () => {
  test('lists each month under its year with its count, and a month lists its briefings newest first', async () => {
    const page = await open('archive/', 'light');
    expect(await page.locator('.archive-year h2').allTextContents()).toEqual(['2025']);
    const month = page.locator('.archive-months li').first();
    expect((await month.textContent())?.replace(/\s+/g, ' ').trim()).toBe('December 2025 3 briefings');
    expect(await month.locator('a').getAttribute('href')).toBe('/dossier/archive/2025/12/');
    expect(await page.locator('.site-header nav a[aria-current="page"]').textContent()).toBe('Archive');

    await page.goto(`${browsed.url}archive/2025/12/`);
    expect(await page.locator('h1').textContent()).toBe('December 2025');
    expect(await page.locator('.briefing-card h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/dossier/briefings/strike-defended/',
      '/dossier/briefings/venezuela/',
      '/dossier/briefings/tehran-rates/',
    ]);
    await page.close();
  });
});
