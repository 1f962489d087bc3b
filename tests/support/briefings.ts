/**
 * Briefings built by hand, for tests of the writer and the site.
 */
import type { Briefing, SeedPath, Slug } from '../../src/pipeline/types.ts';

/** Text that MDX, Markdown or YAML would read as code or markup if it were not escaped. */
export const INJECTIONS = [
  '{globalThis.process.env.HOME}',
  'export const x = 1',
  'import fs from "node:fs"',
  '<script>alert(1)</script>',
  '<!-- x -->',
  '---',
  '# x',
  'a < b',
  'www.example.com and https://example.org',
] as const;

/** A title with a colon, quotes, a newline and a YAML document marker. */
export const HOSTILE_TITLE = 'Breaking: "quoted" \'words\'\n---\nand more';

/** A minimal valid briefing; `overrides` replace its fields. */
export function makeBriefing(overrides: Partial<Briefing> = {}): Briefing {
  return {
    slug: 'hand-made' as Slug,
    title: 'A hand-made briefing',
    dek: null,
    summary: null,
    outlet: null,
    byline: null,
    published: null,
    publishedZone: null,
    source: { file: 'hand-made.txt' as SeedPath, sha256: '0'.repeat(64), encoding: 'utf-8' },
    body: [{ id: 'p-1', text: 'One paragraph.' }],
    dates: [],
    timeline: [],
    entities: { people: [], organizations: [], places: [] },
    quotes: [],
    note: null,
    corrections: [],
    featured: false,
    draft: false,
    sources: [],
    topics: [],
    dropped: [],
    diagnostics: [],
    ...overrides,
  };
}

/** Paragraphs `p-1`, `p-2`, … with the given texts. */
export function paragraphs(texts: readonly string[]): Briefing['body'] {
  return texts.map((text, index) => ({ id: `p-${index + 1}`, text }));
}
