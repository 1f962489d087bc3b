/**
 * The indexes behind the entity, topic and related-briefing parts of the site, built once per
 * build from every briefing's front matter: one pass over the briefings, so 10,000 briefings
 * cost ten times what 1,000 do, and no page scans every briefing.
 */
import type { PaginateFunction } from 'astro';
import { capSlugSegment } from '../pipeline/stages/slug.ts';
import { briefingDigest, pageCacheKey } from './cache-keys.ts';
import type { Entity, ShownFrontMatter, TimelineEvent } from '../schemas/briefing.ts';
import { reuseForSameItems } from './reuse.ts';

/** The kinds of pages the index makes, with their URL folders. */
export type EntityKind = 'people' | 'organizations' | 'places';
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'organizations', 'places'];

/** What a kind is called on pages and in Pagefind's filters. */
export const KIND_LABELS: Readonly<Record<EntityKind | 'topics', { one: string; many: string; filter: string }>> = {
  people: { one: 'Person', many: 'People', filter: 'person' },
  organizations: { one: 'Organisation', many: 'Organisations', filter: 'organisation' },
  places: { one: 'Place', many: 'Places', filter: 'place' },
  topics: { one: 'Topic', many: 'Topics', filter: 'topic' },
};

/** One briefing's part in an entity's page: the briefing, the entity as it stands there, and its events. */
export interface Appearance {
  readonly briefing: ShownFrontMatter;
  readonly entity: Entity;
  readonly events: readonly TimelineEvent[];
}

/** An entity or topic page: everything the whole set says about it. */
export interface IndexEntry {
  readonly kind: EntityKind | 'topics';
  readonly name: string;
  readonly slug: string;
  /** Other ways the briefings write it, and the roles they give it. */
  readonly aliases: string[];
  readonly roles: string[];
  readonly appearances: Appearance[];
}

/** Every entity and topic page of the site, by kind and slug. */
export interface EntityIndex {
  readonly byKind: ReadonlyMap<EntityKind | 'topics', ReadonlyMap<string, IndexEntry>>;
  /** The page of a name of a kind, if it has one: `slugOf('people', 'Donald Trump')` → `donald-trump`. */
  slugOf(kind: EntityKind | 'topics', name: string): string | undefined;
}

/**
 * A URL name for an entity or topic: accents dropped, lower case, runs of anything else as one
 * hyphen. Names made only of other scripts keep a hash, so they still get a page; a long name is
 * capped as briefing slugs are (`capSlugSegment`), so its page's folder can always be made.
 *
 * @example toEntitySlug('Nicolás Maduro') // 'nicolas-maduro'
 * @example toEntitySlug('U.S. Special Operations Command') // 'us-special-operations-command'
 */
export function toEntitySlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `name-${hash(name)}` : capSlugSegment(slug);
}

/**
 * Build the index of every person, organisation, place and topic of the briefings, newest
 * briefing first on each page (the order `briefings` comes in). Built once for every route that
 * asks with the same briefings.
 */
export const buildEntityIndex: (briefings: readonly ShownFrontMatter[]) => EntityIndex = reuseForSameItems(indexEntities);

function indexEntities(briefings: readonly ShownFrontMatter[]): EntityIndex {
  const byKind = new Map<EntityKind | 'topics', Map<string, IndexEntry>>();
  const slugs = new Map<string, string>();
  const entryFor = (kind: EntityKind | 'topics', name: string): IndexEntry => {
    const entries = byKind.get(kind) ?? new Map<string, IndexEntry>();
    byKind.set(kind, entries);
    const known = slugs.get(`${kind}\u0000${name}`);
    if (known !== undefined) return entries.get(known) as IndexEntry;
    // Two names with one slug (`U.S.` and `US` when not merged) get their own pages.
    let slug = toEntitySlug(name);
    for (let suffix = 2; entries.has(slug); suffix += 1) slug = `${toEntitySlug(name)}-${suffix}`;
    const entry: IndexEntry = { kind, name, slug, aliases: [], roles: [], appearances: [] };
    entries.set(slug, entry);
    slugs.set(`${kind}\u0000${name}`, slug);
    return entry;
  };
  for (const briefing of briefings) {
    for (const kind of ENTITY_KINDS) {
      for (const entity of briefing.entities[kind]) {
        const entry = entryFor(kind, entity.name);
        for (const alias of entity.aliases) if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
        if (entity.role !== null && !entry.roles.includes(entity.role)) entry.roles.push(entity.role);
        entry.appearances.push({ briefing, entity, events: selectEvents(entity, briefing.timeline) });
      }
    }
    for (const topic of briefing.topics) {
      const entity: Entity = { name: topic.name, aliases: [], role: null, mentions: [], affiliation: null };
      entryFor('topics', topic.name).appearances.push({ briefing, entity, events: [] });
    }
  }
  const slugOf = (kind: EntityKind | 'topics', name: string) => {
    const slug = slugs.get(`${kind}\u0000${name}`);
    return slug !== undefined && hasOwnPage(byKind.get(kind)?.get(slug) as IndexEntry) ? slug : undefined;
  };
  return { byKind, slugOf };
}

/**
 * Briefings a name needs to get a page of its own. A page for a name of one briefing only lists
 * that briefing, which its reader has just left; in real corpora most names are such names
 * (two thirds of the pages of 1,000 news briefings), so they are listed, not given pages.
 */
export const MIN_BRIEFINGS_FOR_PAGE = 2;

/** Whether a person, organisation, place or topic has a page of its own. */
export function hasOwnPage(entry: IndexEntry): boolean {
  return entry.appearances.length >= MIN_BRIEFINGS_FOR_PAGE;
}

/** The path of an entry's page relative to the site root, or `null` for a name without one. */
export function entryPage(entry: IndexEntry): string | null {
  return hasOwnPage(entry) ? `${entry.kind}/${entry.slug}/` : null;
}

/** Briefings on one page of a person, organisation, place or topic: 150 KiB of HTML when each has four events. */
export const ENTITY_PAGE_SIZE = 50;

/**
 * The pages of every entity of a kind, cut by Astro's `paginate()`: `/people/<slug>/`,
 * `/people/<slug>/2/`, … each with `ENTITY_PAGE_SIZE` of its briefings and the `entry` itself;
 * only for the names with a page of their own (`hasOwnPage`), each keyed for the incremental build.
 */
export function paginateEntityPages(index: EntityIndex, kind: EntityKind | 'topics', paginate: PaginateFunction) {
  return [...(index.byKind.get(kind)?.values() ?? [])].filter(hasOwnPage).flatMap((entry) => {
    const { appearances, ...names } = entry;
    return paginate(appearances, { params: { slug: entry.slug }, props: { entry }, pageSize: ENTITY_PAGE_SIZE }).map((path) => {
      const { page } = path.props;
      // An appearance is made from its briefing, so the briefing's digest stands for it.
      const shown = { names, total: page.total, current: page.currentPage, last: page.lastPage, briefings: page.data.map(({ briefing }) => briefingDigest(briefing)) };
      return { ...path, cacheKey: pageCacheKey(shown) };
    });
  });
}

/** Names of a kind listed on the index page, the most frequent first; the rest are on the kind's A to Z pages. */
export const INDEX_TOP_NAMES = 100;
/** Names on one page of a kind's A to Z list. */
export const NAME_LIST_PAGE_SIZE = 300;

/** The entries of a kind, those in the most briefings first, then by name. */
export function sortByAppearances(entries: Iterable<IndexEntry>): IndexEntry[] {
  return [...entries].sort((a, b) => b.appearances.length - a.appearances.length || NAMES.compare(a.name, b.name));
}

/** The entries of a kind from A to Z. */
export function sortByName(entries: Iterable<IndexEntry>): IndexEntry[] {
  return [...entries].sort((a, b) => NAMES.compare(a.name, b.name) || compareText(a.slug, b.slug));
}

const NAMES = new Intl.Collator('en');

/**
 * The timeline events of a briefing that involve an entity: those whose `about` names it (by
 * its name or an alias), and those whose sentence writes one of its names. The sentence, not
 * the paragraph: a long paragraph's every event would otherwise go to everyone in it.
 *
 * @example selectEvents(maduro, [{ text: 'Maduro spoke on Monday', about: [], … }]) // [that event]
 */
export function selectEvents(entity: Entity, timeline: readonly TimelineEvent[]): TimelineEvent[] {
  const names = [entity.name, ...entity.aliases].filter((name) => name !== '');
  return timeline.filter((event) => event.about.some((about) => names.includes(about)) || names.some((name) => writesWord(event.text, name)));
}

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Whether `text` holds `word` with no letter or digit right before or after it. A plain search
 * with a look at the neighbours: the site asks this for every name and event of every briefing,
 * and a Unicode regular expression per name cost seconds per thousand briefings.
 */
function writesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    // Two code units either side cover a character outside the Basic Multilingual Plane.
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + word.length, at + word.length + 2);
    if (!LETTER_OR_DIGIT_AT_END.test(before) && !LETTER_OR_DIGIT_AT_START.test(after)) return true;
  }
  return false;
}

/** A briefing related to another, with what they share. */
export interface Related {
  readonly briefing: ShownFrontMatter;
  readonly shared: readonly string[];
  readonly score: number;
}

/** Most related briefings listed on a briefing's page. */
export const MAX_RELATED = 5;
/**
 * An entity or topic in more briefings than this says too little to relate them (every
 * briefing of a set about one country names that country) and is left out of the ranking,
 * which keeps the work per briefing bounded however large the set grows.
 */
const MAX_POSTINGS = 200;

/**
 * How much two briefings of `total` must share to be related: as much as two names that each
 * stand in one briefing of ten, or on a site too small for that, in just the two. A name that
 * many briefings have (a country, a news agency) relates them no more than a seat on the same
 * page would, so it takes more than one of those; a name that few have relates them alone on a
 * site large enough for it to be rare.
 */
function minRelatedScore(total: number): number {
  return 2 * Math.log(Math.min(10, (total + 1) / 2));
}

/**
 * For each briefing, the briefings that share the most with it: each shared person,
 * organisation, place or topic counts by how rare it is over the set (its inverse document
 * frequency), and a briefing sharing less than `minRelatedScore` is not related. Ties go to
 * the newer briefing, then the title.
 */
export function buildRelatedIndex(briefings: readonly ShownFrontMatter[]): ReadonlyMap<string, Related[]> {
  const features = briefings.map((briefing) => featuresOf(briefing));
  const postings = new Map<string, number[]>();
  for (const [index, keys] of features.entries()) {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  }
  const total = briefings.length;
  const minScore = minRelatedScore(total);
  const related = new Map<string, Related[]>();
  for (const [index, briefing] of briefings.entries()) {
    const scores = new Map<number, { score: number; shared: string[] }>();
    for (const key of features[index] ?? []) {
      const list = postings.get(key) ?? [];
      if (list.length > MAX_POSTINGS) continue;
      const weight = Math.log((total + 1) / list.length);
      for (const other of list) {
        if (other === index) continue;
        const entry = scores.get(other) ?? { score: 0, shared: [] };
        entry.score += weight;
        entry.shared.push(key.slice(key.indexOf(':') + 1));
        scores.set(other, entry);
      }
    }
    const ranked = [...scores.entries()]
      .filter(([, { score }]) => score >= minScore)
      .sort(([a, x], [b, y]) => y.score - x.score || a - b)
      .slice(0, MAX_RELATED)
      .map(([other, { score, shared }]) => ({ briefing: briefings[other] as ShownFrontMatter, score, shared }));
    related.set(briefing.slug, ranked);
  }
  return related;
}

function featuresOf(briefing: ShownFrontMatter): Set<string> {
  const keys = new Set<string>();
  for (const kind of ENTITY_KINDS) for (const entity of briefing.entities[kind]) keys.add(`${kind}:${entity.name}`);
  for (const topic of briefing.topics) keys.add(`topics:${topic.name}`);
  return keys;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hash(text: string): string {
  let value = 0;
  for (const char of text) value = (Math.imul(value, 31) + (char.codePointAt(0) ?? 0)) >>> 0;
  return value.toString(36);
}
