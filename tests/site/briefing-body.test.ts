/**
 * The body of a briefing page: every paragraph ingest wrote shows with its own text under its
 * own `#p-N` anchor, whichever way the build renders the file, and a file a curator edited by
 * hand shows exactly what is written in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/pipeline/types.ts';
import { INJECTIONS, makeBriefing, paragraphs } from '../support/briefings.ts';
import { ingestFile, ROOT, SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, type FixtureSite } from '../support/site.ts';

const SEED_FOLDER = path.join(ROOT, 'tests', 'fixtures', 'seeds');
const SEED_FILES = [SAMPLE_SEED, ...readdirSync(SEED_FOLDER).sort().map((name) => path.join(SEED_FOLDER, name))];

const FRONT_MATTER = (slug: string) =>
  `---\nslug: ${slug}\ntitle: Edited by hand\ndek: null\nsummary: null\noutlet: null\nbyline: null\npublished: null\npublishedZone: null\nsource:\n  file: ${slug}.txt\n  sha256: "${'0'.repeat(64)}"\n  encoding: utf-8\ndates: []\ntimeline: []\nentities:\n  people: []\n  organizations: []\n  places: []\nquotes: []\ndropped: []\ndiagnostics: []\ngenerator: dossier\n---\n`;

/** A hand-edited file with the Markdown a curator might write, an indented line among it. */
const EDITED_PLAIN = `${FRONT_MATTER('edited-plain')}
A first paragraph with *emphasis*, **strong** words and [a link](https://example.org/).

## A heading of the curator's

    An indented line is a paragraph in MDX, not code.

- one item
- another item

Text with an escaped \\{brace\\} and \\<angle\\>.
`;

/** A hand-edited file with the curator component. */
const EDITED_ASIDE = `${FRONT_MATTER('edited-aside')}
A fine first paragraph.

<Aside title="Context">The vote was on *Monday*.</Aside>

A last paragraph.
`;

/** Ingested briefings with text that would be code or markup if it were not escaped. */
const HOSTILE: Briefing = makeBriefing({ slug: 'hostile' as Briefing['slug'], body: paragraphs(INJECTIONS.map((text) => `Before ${text} after.`)) });

let site: FixtureSite;
const expected = SEED_FILES.map((file) => ingestFile(file));

beforeAll(async () => {
  const seeds = Object.fromEntries(SEED_FILES.map((file) => [path.basename(file), readFileSync(file)]));
  site = await buildFixtureSite({ seeds, briefings: [HOSTILE], files: { 'edited-plain.mdx': EDITED_PLAIN, 'edited-aside.mdx': EDITED_ASIDE } });
}, 600_000);
afterAll(() => site?.remove());

/** The body of a briefing page. */
function bodyOf(slug: string): Element {
  const body = select('article .body', site.page(`briefings/${slug}/`));
  if (!body) throw new Error(`No body on the page of ${slug}`);
  return body;
}

/** The anchored paragraphs and list items of a body, as `[id, text]`. */
function anchored(body: Element): [string, string][] {
  return selectAll('[id^="p-"]', body).map((node) => [String(node.properties.id), toText(node).replace(/\s+/g, ' ').trim()]);
}

/** The top-level elements of a body, as `tag#id: text`. */
function outline(body: Element): string[] {
  return body.children
    .filter((node): node is Element => node.type === 'element')
    .map((node) => `${node.tagName}${node.properties.id ? `#${String(node.properties.id)}` : ''}: ${toText(node).replace(/\s+/g, ' ').trim()}`);
}

describe('a briefing body', () => {
  test.each(expected.map((briefing) => [briefing.slug, briefing] as const))('%s shows each paragraph under its own anchor', (slug, briefing) => {
    expect(anchored(bodyOf(slug))).toEqual(briefing.body.map((paragraph) => [paragraph.id, paragraph.text.replace(/\s+/g, ' ').trim()]));
  });

  test('shows text that looks like code or markup as text', () => {
    expect(anchored(bodyOf('hostile'))).toEqual(HOSTILE.body.map((paragraph) => [paragraph.id, paragraph.text]));
    expect(selectAll('script, h1, hr', bodyOf('hostile'))).toEqual([]);
  });

  test('edited by hand shows what the curator wrote', () => {
    const body = bodyOf('edited-plain');
    expect(outline(body)).toEqual([
      'p#p-1: A first paragraph with emphasis, strong words and a link.',
      "h2#a-heading-of-the-curators: A heading of the curator's",
      'p#p-2: An indented line is a paragraph in MDX, not code.',
      'ul: one item another item',
      'p#p-5: Text with an escaped {brace} and <angle>.',
    ]);
    expect(anchored(body).slice(2, 4)).toEqual([
      ['p-3', 'one item'],
      ['p-4', 'another item'],
    ]);
    expect(selectAll('em', body).map((node) => toText(node))).toEqual(['emphasis']);
    expect(selectAll('a', body).map((node) => node.properties.href)).toEqual(['https://example.org/']);
  });

  test('edited by hand with an <Aside> renders it through the component', () => {
    const body = bodyOf('edited-aside');
    expect(outline(body)).toEqual(['p#p-1: A fine first paragraph.', 'aside: Context The vote was on Monday.', 'p#p-2: A last paragraph.']);
    expect(selectAll('aside.curator-aside em', body).map((node) => toText(node))).toEqual(['Monday']);
  });
});
