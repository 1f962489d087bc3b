/**
 * `npm run dev` after `npm run build`: the dev server starts from the content store the build
 * left, reading and rendering no briefing again, and shows each briefing as the build does.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ingestFile, SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, devEnv, startAstroServer, type AstroServer, type FixtureSite } from '../support/site.ts';

/** A file a curator wrote by hand, with the curator component: rendered by `@astrojs/mdx`, not the loader. */
const EDITED_ASIDE = `---
slug: edited-aside
title: Edited by hand
dek: null
summary: null
outlet: null
byline: null
published: null
publishedZone: null
source:
  file: edited-aside.txt
  sha256: "${'0'.repeat(64)}"
  encoding: utf-8
dates: []
timeline: []
entities:
  people: []
  organizations: []
  places: []
quotes: []
dropped: []
diagnostics: []
generator: dossier
---

The council met at noon.

<Aside title="Context">It had not met since *March*.</Aside>

The meeting ended at two.
`;

const ingested = ingestFile(SAMPLE_SEED).slug;
let site: FixtureSite;
let dev: AstroServer;

beforeAll(async () => {
  site = await buildFixtureSite({ seeds: { [path.basename(SAMPLE_SEED)]: readFileSync(SAMPLE_SEED) }, files: { 'edited-aside.mdx': EDITED_ASIDE } });
  // Started as `npm run dev` starts it: `--host` or `--port` would count as a new config.
  dev = await startAstroServer(site.root, 'dev', devEnv(site.base), true);
}, 600_000);
afterAll(async () => {
  await dev?.stop();
  site?.remove();
});

/** The body of a briefing page, as `tag#id: text` for each of its elements with an id or of its top level. */
function outline(page: Element | ReturnType<typeof fromHtml>): string[] {
  const body = select('article .body', page);
  if (!body) throw new Error('No briefing body on the page');
  const shown = [...body.children.filter((node): node is Element => node.type === 'element'), ...selectAll('[id]', body)];
  return [...new Set(shown)].map((node) => `${node.tagName}${node.properties.id ? `#${String(node.properties.id)}` : ''}: ${toText(node).replace(/\s+/g, ' ').trim()}`);
}

async function devPage(route: string): Promise<ReturnType<typeof fromHtml>> {
  const response = await fetch(new URL(route, dev.url));
  expect(response.status).toBe(200);
  return fromHtml(await response.text());
}

test('the dev server reads and renders no briefing the build already stored', async () => {
  await devPage(`briefings/${ingested}/`);
  expect(dev.output()).not.toContain('Clearing content store');
  expect(dev.output()).toContain('Read 0 of 2 briefings; 2 unchanged since they were stored');
});

test.each([ingested, 'edited-aside'])('%s shows the same body in dev as in the build', async (slug) => {
  const built = outline(site.page(`briefings/${slug}/`));
  expect(built.length).toBeGreaterThan(2);
  expect(outline(await devPage(`briefings/${slug}/`))).toEqual(built);
});
