import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const SAMPLE_ROUTE = 'briefings/000-19c9abe1674f8dc9/';
const RELATED_SEED =
  'Maduro answers the CIA\nWORLD DESK | REUTERS | Jan 2, 2026, 10:00 EST\nPresident Nicolás Maduro said the CIA had no right to strike Venezuela.\n';

let site: FixtureSite;

beforeAll(async () => {
  site = await buildFixtureSite({ seeds: { '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED), 'maduro-answers.txt': RELATED_SEED } });
});

afterAll(() => site?.remove());

const text = (node: Element | Root | undefined | null) => (node ? toText(node).replace(/\s+/g, ' ').trim() : null);

describe('entity pages', () => {
  test('a person page names the person and lists the briefings that mention them, newest first', () => {
    const page = site.page('people/nicolas-maduro/');
    expect(text(select('h1', page))).toBe('Nicolás Maduro');
    expect(text(select('.roles', page))).toBe('President');
    expect(selectAll('.appearances > li > a', page).map((link) => link.properties.href)).toEqual(['/briefings/maduro-answers/', `/${SAMPLE_ROUTE}`]);
  });

  test('the index lists every kind, linking the names of two briefings or more to their pages', () => {
    const page = site.page('entities/');
    const hrefs = selectAll('.entity-index a', page).map((link) => link.properties.href);
    expect(hrefs).toContain('/people/nicolas-maduro/');
    expect(selectAll('.entity-index .name', page).map((name) => text(name))).toEqual(expect.arrayContaining(['Donald Trump', 'Susie Wiles', 'drone strike']));
  });

  test('a name of one briefing only has no page: it would list just that briefing', () => {
    expect(existsSync(path.join(site.dist, 'people', 'donald-trump'))).toBe(false);
    expect(existsSync(path.join(site.dist, 'topics', 'drone-strike'))).toBe(false);
  });
});

describe('the briefing page', () => {
  test('links its names, shows the quotes with their speaker and lists its sources', () => {
    const page = site.page(SAMPLE_ROUTE);
    const people = select('.who-and-what dd', page) ?? undefined;
    expect(selectAll('li > :first-child', people).map((name) => text(name))).toEqual([
      'Nicolás Maduro',
      'Allie Weiskopf',
      'Donald Trump',
      'Susie Wiles',
      'Pete Hegseth',
    ]);
    // Only Maduro is in the other briefing too, so only he has a page.
    expect(selectAll('a', people).map((link) => link.properties.href)).toEqual(['/people/nicolas-maduro/']);
    expect(text(select('.quotes li', page))).toBe('“So we hit all the boats, and now we hit the area” — Donald Trump paragraph 5');
    expect(selectAll('.sources li', page).map((item) => text(item))).toContain('two sources ¶3');
  });

  test('ranks the related briefing by what it shares', () => {
    const page = site.page(SAMPLE_ROUTE);
    expect(text(select('.related li a', page))).toBe('Maduro answers the CIA');
    expect(text(select('.related .shared', page))).toMatch(/^Shares .*Nicolás Maduro/);
  });
});
