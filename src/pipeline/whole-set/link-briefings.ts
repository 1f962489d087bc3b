/**
 * The whole-set step of ingest, between the per-seed transforms and the emitters: what no
 * single briefing can decide alone. Entity names are merged across briefings, then topics are
 * weighed against the whole set.
 */
import type { Briefing } from '../types.ts';
import { mergeEntityNames } from './merge-entities.ts';
import { weighTopics, type WeighInput } from './weigh-topics.ts';

/**
 * Link a set of briefings: one canonical name per entity everywhere, then topics. `curatorTopics`
 * maps a slug to the topics a curator set for it; they come first.
 */
export function linkBriefings(items: readonly WeighInput[], curatorTopics: ReadonlyMap<string, readonly string[]> = new Map()): Briefing[] {
  const merged = mergeEntityNames(items.map((item) => item.briefing));
  return weighTopics(
    merged.map((briefing, index) => ({ briefing, keyphrases: items[index]?.keyphrases ?? [] })),
    curatorTopics,
  );
}
