/**
 * The whole-set step of ingest, between the per-seed transforms and the emitters: what no
 * single briefing can decide alone. Entity names are merged across briefings, then topics are
 * weighed against the whole set, then the briefings that tell one story are grouped.
 */
import type { Briefing } from '../types.ts';
import { mergeEntityNames } from './merge-entities.ts';
import { groupStories, type CuratorStories } from './stories.ts';
import { weighTopics, type WeighInput } from './weigh-topics.ts';

/** What curators set in sidecars that only the whole set can apply, by slug. */
export interface SetCuration {
  /** The topics a curator set for a briefing; they come first. */
  readonly topics?: ReadonlyMap<string, readonly string[]>;
  /** The story a curator put a briefing in, or null to keep it out of any. */
  readonly stories?: CuratorStories;
}

/** Link a set of briefings: one canonical name per entity everywhere, then topics, then stories. */
export function linkBriefings(items: readonly WeighInput[], curation: SetCuration = {}): Briefing[] {
  const merged = mergeEntityNames(items.map((item) => item.briefing));
  const keyphrases = (index: number) => items[index]?.keyphrases ?? [];
  const topicked = weighTopics(
    merged.map((briefing, index) => ({ briefing, keyphrases: keyphrases(index) })),
    curation.topics,
  );
  return groupStories(
    topicked.map((briefing, index) => ({ briefing, keyphrases: keyphrases(index) })),
    curation.stories,
  );
}
