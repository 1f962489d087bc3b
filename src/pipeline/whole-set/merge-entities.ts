/**
 * One name per entity across the whole set of briefings. Each briefing names its entities on its
 * own; here the spellings are pooled so that `Nicolas Maduro` in one briefing and `Nicolás
 * Maduro` in another become one person, and a short form one briefing could not resolve
 * (`Hegseth said …`) takes the full name other briefings give it, when only one fits.
 */
import { NAME_CONNECTORS } from '../reference/entity-words.ts';
import { countAccents, foldName } from '../stages/metadata/fold.ts';
import type { Briefing, Entity } from '../types.ts';

/** A kind of entity: `people`, `organizations` or `places`. */
export type Kind = keyof Briefing['entities'];
const KINDS: readonly Kind[] = ['people', 'organizations', 'places'];

/** How the whole set writes one entity: spellings of its canonical name, with the briefings using each. */
interface Spellings {
  readonly counts: Map<string, number>;
  readonly first: string;
}

/**
 * Give every entity the same canonical name in every briefing, and rename quote speakers,
 * sources and the names timeline events are about with it. Linear in the number of entities: one pass to pool the names, one to rename.
 *
 * @example mergeEntityNames([a, b]) // `Nicolas Maduro` in b is now `Nicolás Maduro`, with `Nicolas Maduro` as an alias
 */
export function mergeEntityNames(briefings: readonly Briefing[]): Briefing[] {
  const renames = Object.fromEntries(KINDS.map((kind) => [kind, findCanonicalNames(briefings, kind)])) as Record<Kind, Map<string, string>>;
  return briefings.map((briefing) => renameEntities(briefing, (kind, entity) => renames[kind].get(foldName(entity.name)) ?? entity.name));
}

/** Map each folded name of one kind to its canonical spelling over the whole set. */
function findCanonicalNames(briefings: readonly Briefing[], kind: Kind): Map<string, string> {
  const byKey = new Map<string, Spellings>();
  // What a short form stands for, where some briefing wrote both: `maduro` → {`nicolas maduro`}.
  const aliasTargets = new Map<string, Set<string>>();
  for (const briefing of briefings) {
    for (const entity of briefing.entities[kind]) {
      const key = foldName(entity.name);
      const spellings = byKey.get(key) ?? { counts: new Map<string, number>(), first: entity.name };
      spellings.counts.set(entity.name, (spellings.counts.get(entity.name) ?? 0) + 1);
      byKey.set(key, spellings);
      for (const alias of entity.aliases) {
        const aliasKey = foldName(alias);
        if (aliasKey === key || !isShortFormOf(alias, entity.name)) continue;
        const targets = aliasTargets.get(aliasKey) ?? new Set<string>();
        targets.add(key);
        aliasTargets.set(aliasKey, targets);
      }
    }
  }
  const canonical = new Map<string, string>();
  for (const [key, spellings] of byKey) canonical.set(key, pickSpelling(spellings));
  for (const key of byKey.keys()) {
    // A name some briefing uses alone and another writes as the short form of exactly one
    // entity is that entity; a short form of two (`Bush`) stays as it is.
    const targets = aliasTargets.get(key);
    if (targets?.size !== 1) continue;
    const [target] = targets;
    const named = target === undefined ? undefined : canonical.get(target);
    if (named !== undefined) canonical.set(key, named);
  }
  return canonical;
}

/**
 * Whether `short` is written as a short form of `name` is: its first or last words (`Maduro`,
 * `Pete`), or its initials (`CIA`). A name that merely stands inside a longer one of another
 * shape (`NASA` in `Rosaly Lopes of NASA`, what the person is of) is no short form of it.
 */
function isShortFormOf(short: string, name: string): boolean {
  const shortWords = foldName(short).split(' ');
  const words = foldName(name).split(' ');
  const count = shortWords.length;
  if (count < words.length) {
    // Only `of` parts a name in two; `van` and `de` belong to the surname after them.
    const leading = words.slice(0, count).join(' ') === shortWords.join(' ') && words[count] !== 'of';
    const trailing = words.slice(-count).join(' ') === shortWords.join(' ') && words.at(-count - 1) !== 'of';
    if (leading || trailing) return true;
  }
  const initials = name
    .split(' ')
    .filter((word) => !NAME_CONNECTORS.has(word) && word !== 'and' && word !== '&')
    .map((word) => word[0] ?? '')
    .join('');
  return short.replace(/\./g, '') === initials;
}

/** The spelling most briefings use; then the one with the most accents; then the first seen. */
function pickSpelling(spellings: Spellings): string {
  let best = spellings.first;
  for (const [spelling, count] of spellings.counts) {
    const bestCount = spellings.counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && countAccents(spelling) > countAccents(best))) best = spelling;
  }
  return best;
}

/**
 * Give a briefing's entities the names `nameOf` says, joining those that end up with the same
 * name, and rename quote speakers, sources and timeline events to match. The old names become
 * aliases.
 */
export function renameEntities(briefing: Briefing, nameOf: (kind: Kind, entity: Entity) => string): Briefing {
  const renamed = new Map<string, string>();
  const entities = {} as Briefing['entities'];
  for (const kind of KINDS) {
    const merged = new Map<string, Entity>();
    for (const entity of briefing.entities[kind]) {
      const name = nameOf(kind, entity);
      if (name !== entity.name) renamed.set(entity.name, name);
      const previous = merged.get(name);
      merged.set(name, previous ? joinEntities(previous, entity) : { ...entity, name, aliases: withAlias(entity.aliases, entity.name, name) });
    }
    entities[kind] = [...merged.values()];
  }
  if (renamed.size === 0) return briefing;
  const rename = (name: string | null) => (name === null ? null : (renamed.get(name) ?? name));
  return {
    ...briefing,
    entities,
    quotes: briefing.quotes.map((quote) => ({ ...quote, speaker: rename(quote.speaker) })),
    timeline: briefing.timeline.map((event) => ({ ...event, about: event.about.map((name) => renamed.get(name) ?? name) })),
    sources: briefing.sources.map((source) => ({
      ...source,
      entity: rename(source.entity),
      who: source.entity !== null && source.who.startsWith(source.entity) ? `${rename(source.entity)}${source.who.slice(source.entity.length)}` : source.who,
    })),
  };
}

/** The aliases of an entity renamed to `name`: its old name becomes one, the new one is no alias. */
function withAlias(aliases: readonly string[], oldName: string, name: string): string[] {
  return [...new Set([...aliases, oldName])].filter((alias) => alias !== name);
}

/** Two entities of one briefing that turned out to be one: the mentions and aliases of both. */
function joinEntities(kept: Entity, other: Entity): Entity {
  return {
    ...kept,
    aliases: withAlias([...kept.aliases, ...other.aliases], other.name, kept.name),
    role: kept.role ?? other.role,
    affiliation: kept.affiliation ?? other.affiliation,
    mentions: [...new Set([...kept.mentions, ...other.mentions])].sort((a, b) => passageRank(a) - passageRank(b)),
  };
}

/** Reading order of passage ids: `title`, `dek`, `summary`, then `p-1`, `p-2`, … */
function passageRank(id: string): number {
  const fixed = ['title', 'dek', 'summary'].indexOf(id);
  return fixed >= 0 ? fixed : 3 + Number(id.slice(2));
}
