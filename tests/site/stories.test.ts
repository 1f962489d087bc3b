import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const STORY_SEEDS = path.join(ROOT, 'tests', 'fixtures', 'stories');
let site: FixtureSite;

beforeAll(async () => {
  const seeds = Object.fromEntries(readdirSync(STORY_SEEDS).map((name) => [name, readFileSync(path.join(STORY_SEEDS, name))]));
  site = await buildFixtureSite({ seeds, base: '/dossier/' });
});

afterAll(() => site?.remove());

const text = (node: Element | undefined) => (node === undefined ? '' : toText(node).replace(/\s+/g, ' ').trim());

describe('a story told by three outlets', () => {
  test('its page lists the outlets and every briefing with its title', () => {
    const page = site.page('stories/gazette-dam/');
    expect(text(select('.story-outlets', page))).toBe('Covered by Harbor Gazette, Valley Wire, Northern Ledger.');
    expect(selectAll('.story-briefings > li > a', page).map((link) => link.properties.href)).toEqual([
      '/dossier/briefings/gazette-dam/',
      '/dossier/briefings/wire-dam/',
      '/dossier/briefings/ledger-dam/',
    ]);
  });

  test('says where the outlets disagree, naming each and linking to its paragraph', () => {
    const disagreements = selectAll('.story-disagreements li', site.page('stories/gazette-dam/')).map(text);
    expect(disagreements.some((line) => line.includes('Northern Ledger says 9 Mar 2026 (“Monday night”)') && line.includes('Harbor Gazette says 10 Mar 2026'))).toBe(true);
    expect(disagreements.some((line) => line.startsWith('How many people killed:') && line.includes('Northern Ledger says 9'))).toBe(true);
    const links = selectAll('.story-disagreements a', site.page('stories/gazette-dam/')).map((link) => String(link.properties.href));
    expect(links).toContain('/dossier/briefings/ledger-dam/#p-1');
    expect(links).toContain('/dossier/briefings/ledger-dam/#p-2');
  });

  test('its timeline tells the shared event once, citing the three briefings', () => {
    const events = selectAll('.timeline-event', site.page('stories/gazette-dam/'));
    const emergency = events.filter((event) => text(event).includes('state of emergency'));
    expect(emergency).toHaveLength(1);
    expect(text(select('.event-source', emergency[0] as Element))).toBe('Told by 3 briefings: Harbor Gazette, Northern Ledger, Valley Wire');
  });

  test('each briefing names the other outlets and its story is a search filter; an unrelated briefing has none', () => {
    const ledger = site.page('briefings/ledger-dam/');
    expect(text(select('.story-note p', ledger))).toBe('Also told by Harbor Gazette, Valley Wire: 3 briefings in all.');
    expect(select('.story-note [data-pagefind-filter]', ledger)?.properties.dataPagefindFilter).toMatch(/^story:/);
    expect(select('.story-note', site.page('briefings/gazette-budget/'))).toBeUndefined();
    expect(text(select('.story-list', site.page('stories/')))).toContain('3 briefings, 3 outlets');
  });
});
