import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

let site: FixtureSite;

// 51 briefings, one a day through January and February 2025: one more than fits on a page.
beforeAll(async () => {
  const seeds: Record<string, string> = {};
  for (let day = 0; day < 51; day += 1) {
    const date = new Date(Date.UTC(2025, 0, 1 + day));
    const stamp = `${date.toISOString().slice(0, 10)}`;
    seeds[`day-${String(day).padStart(2, '0')}.txt`] = `News of ${stamp}\nCITY DESK | THE DAILY | ${date.toUTCString().slice(5, 16)}, 09:00 GMT\n\nWhat happened on ${stamp}.\n`;
  }
  site = await buildFixtureSite({ seeds, base: '/dossier/' });
});

afterAll(() => site?.remove());

const titles = (route: string) => selectAll('.briefing-card h2', site.page(route)).map((h2) => toText(h2));
const link = (route: string, rel: string) => (select(`.pagination a[rel="${rel}"]`, site.page(route)))?.properties.href;

test('the home page lists the newest fifty briefings and links to the older ones', () => {
  expect(titles('')).toHaveLength(50);
  expect(titles('')[0]).toBe('News of 2025-02-20');
  expect(titles('').at(-1)).toBe('News of 2025-01-02');
  expect(link('', 'next')).toBe('/dossier/2/');
  expect(link('', 'prev')).toBeUndefined();
});

test('the second page lists the rest and links back', () => {
  expect(titles('2/')).toEqual(['News of 2025-01-01']);
  expect(link('2/', 'prev')).toBe('/dossier/');
  expect(toText(select('.list-summary', site.page('2/')) as Element)).toBe('51 briefings, newest first; page 2 of 2.');
});
