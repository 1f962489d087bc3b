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
    refusedYears: [],
    timeline: [],
    entities: { people: [], organizations: [], places: [] },
    quotes: [],
    note: null,
    corrections: [],
    featured: false,
    draft: false,
    sources: [],
    topics: [],
    story: null,
    storyEvents: [],
    storyCounts: [],
    dropped: [],
    diagnostics: [],
    ...overrides,
  };
}

/** Paragraphs `p-1`, `p-2`, … with the given texts. */
export function paragraphs(texts: readonly string[]): Briefing['body'] {
  return texts.map((text, index) => ({ id: `p-${index + 1}`, text }));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `count` briefings, one every three days from 1 August 2023 (`harbour-01` the oldest, 2024
 * from `harbour-52` on), each naming `person` in both its paragraphs, and each with two events
 * about them: one on its own day (`4 August 2023`) and one in its month up to that day
 * (`Earlier this month`). Enough of them fill more than one page of the timeline and of the
 * person's page.
 */
export function makeDatedBriefings(count: number, person: string): Briefing[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2023, 7, 1 + index * 3)).toISOString().slice(0, 10);
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const words = `${date} ${MONTH_NAMES[month - 1]} ${year}`;
    const texts = [`${person} spoke at the harbour on ${words}.`, `Earlier this month, ${person} wrote to the harbour council.`];
    const mention = (paragraph: string, phrase: string, value: string, start: string, precision: 'day' | 'month') => ({
      phrase,
      type: 'DATE' as const,
      paragraph,
      offset: 0,
      value,
      start,
      end: day,
      precision,
    });
    const dates = [mention('p-1', words, day, day, 'day'), mention('p-2', 'Earlier this month', day.slice(0, 7), `${day.slice(0, 7)}-01`, 'month')];
    return makeBriefing({
      slug: `harbour-${String(index + 1).padStart(2, '0')}` as Slug,
      title: `Harbour report ${index + 1}`,
      published: day,
      body: paragraphs(texts),
      dates,
      timeline: dates.map((date, at) => ({ text: texts[at] ?? '', paragraph: date.paragraph, about: [person], date, conflicts: [] })),
      entities: { people: [{ name: person, aliases: [], role: null, mentions: ['p-1', 'p-2'], affiliation: null }], organizations: [], places: [] },
    });
  });
}
