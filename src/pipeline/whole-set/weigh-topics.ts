/**
 * Topics: the few key phrases that say what one briefing is about, weighed against the whole
 * set (a phrase every briefing uses says nothing of any of them), after the topics a curator set.
 */
import type { Keyphrase } from '../stages/metadata/keyphrases.ts';
import { foldName } from '../stages/metadata/fold.ts';
import type { Briefing, Topic } from '../types.ts';

/** A briefing and the key phrases the metadata stage counted in it. */
export interface WeighInput {
  readonly briefing: Briefing;
  readonly keyphrases: readonly Keyphrase[];
}

/** Topics per briefing taken from the text; curator topics come on top of them. */
export const MAX_TEXT_TOPICS = 5;
/** A phrase used once is a detail of the story, not what it is about; a lone noun needs one use more. */
const MIN_COUNT = 2;
const MIN_COUNT_ONE_WORD = 3;
/** A phrase of several words names a subject more precisely than a single noun. */
const PHRASE_WEIGHT = 2.5;

/**
 * Give each briefing its topics: its curator's (from `curatorTopics`, by slug), then the key
 * phrases with the highest tf-idf over the set, used at least twice, none inside another
 * (`drone strike` makes `strike` no topic). Linear: one pass counts in how many briefings each
 * phrase stands, one scores each briefing's own phrases.
 *
 * @example weighTopics([{ briefing, keyphrases: [{ key: 'drone strike', name: 'drone strike', count: 3 }] }])[0].topics
 *   // [{ name: 'drone strike', origin: 'text' }]
 */
export function weighTopics(items: readonly WeighInput[], curatorTopics: ReadonlyMap<string, readonly string[]> = new Map()): Briefing[] {
  const briefingsWith = new Map<string, number>();
  for (const { keyphrases } of items) for (const phrase of keyphrases) briefingsWith.set(phrase.key, (briefingsWith.get(phrase.key) ?? 0) + 1);
  const total = items.length;
  return items.map(({ briefing, keyphrases }) => {
    const scored = keyphrases
      .filter((phrase) => phrase.count >= (phrase.key.includes(' ') ? MIN_COUNT : MIN_COUNT_ONE_WORD))
      .map((phrase) => {
        // Smoothed idf: a set of one briefing still ranks its phrases by how often it uses them.
        const idf = Math.log((total + 1) / ((briefingsWith.get(phrase.key) ?? 0) + 1)) + 1;
        const weight = phrase.key.includes(' ') ? PHRASE_WEIGHT : 1;
        return { phrase, score: phrase.count * idf * weight };
      })
      .sort((a, b) => b.score - a.score || (a.phrase.key < b.phrase.key ? -1 : 1));
    const chosen: Keyphrase[] = [];
    for (const { phrase } of scored) {
      if (chosen.length === MAX_TEXT_TOPICS) break;
      if (chosen.some((kept) => overlaps(kept.key, phrase.key))) continue;
      chosen.push(phrase);
    }
    return { ...briefing, topics: mergeTopics(curatorTopics.get(briefing.slug) ?? [], chosen.map((phrase) => phrase.name)) };
  });
}

/**
 * Put a curator's topics first and add the text's topics that are not already among them
 * (compared without case or accents). The curator's spelling wins.
 *
 * @example mergeTopics(['Venezuela crisis'], ['drone strike', 'venezuela crisis'])
 *   // [{ name: 'Venezuela crisis', origin: 'curator' }, { name: 'drone strike', origin: 'text' }]
 */
export function mergeTopics(curator: readonly string[], text: readonly string[]): Topic[] {
  const seen = new Set<string>();
  const topics: Topic[] = [];
  for (const [names, origin] of [
    [curator, 'curator'],
    [text, 'text'],
  ] as const) {
    for (const name of names) {
      const key = foldName(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      topics.push({ name: name.trim(), origin });
    }
  }
  return topics;
}

/** Whether one phrase is the other or a whole-word part of it. */
function overlaps(a: string, b: string): boolean {
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}
