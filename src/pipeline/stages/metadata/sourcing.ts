/**
 * Whom an article relies on: `according to two sources`, `Sources told CNN`, `Col. Allie
 * Weiskopf, a spokesperson for …, rejected`, `Trump said`. Named sources are given by their
 * canonical entity name, unnamed ones as the text describes them.
 */
import type { Source } from '../../types.ts';
import type { AnalyzedPassage } from './analyze.ts';
import type { EntityMention } from './entities.ts';

/** Verbs by which a source gives the article what it says. */
const ATTRIBUTION = /\b(?:said|says|told|tells|confirmed|confirms|reported|reports|described|rejected|denied|declined|added|stated|noted|explained|announced|claimed|acknowledged|warned|wrote|insisted)\b/gu;

/** `according to X`, `as per X`, `citing X`, where X runs to the clause's end. */
const ACCORDING = /\b(?:according to|as per|citing|cited by)\s+([^,.;:“”"()]{2,90}?)(?=\s*(?:[,.;:“”"()]|$|\s+(?:that|which|who|marking|saying)\b))/giu;

/** `one` → `[Oo]ne`: a word that may carry a sentence's capital, without making the whole pattern caseless. */
const capitalisable = (list: string) => list.replace(/\b(\p{Ll})/gu, (letter) => `[${letter.toUpperCase()}${letter}]`);

/** An unnamed source: `two sources familiar with the operation`, `officials`, `a spokesperson for X`. */
const UNNAMED = new RegExp(
  `(?:^|[\\s,(])((?:(?:${capitalisable('one|two|three|four|five|several|multiple|many|some|other|senior|former|anonymous|unnamed|local|western|military|intelligence|government|administration|a|an|the')}|U\\.S\\.|\\p{Lu}[\\p{L}.]+)\\s+){0,3}` +
    `(?:${capitalisable('sources?|officials?|people|persons|spokes(?:person|man|woman)|diplomats?|analysts?|experts?|witnesses|residents|aides?|insiders?')})` +
    '(?:\\s+(?:familiar with|close to|briefed on|with knowledge of|for|at|in)\\s+[^,.;“”"]{2,60}?)?)\\s*$',
  'u',
);

/** Words that may stand between a source's name and its verb: `Trump has also said`, `Trump seemed to`. */
const BETWEEN = /^(?:\s+(?:has|have|had|also|later|then|again|previously|repeatedly|publicly|separately|first|earlier))*\s*$/u;
/** An apposition between a name and its verb: `, a spokesperson for U.S. Special Operations Command,`. */
const APPOSITION = /^,\s*([^,]{3,120}),\s*$/u;

/**
 * Find the attributions of a briefing's passages, in reading order, each once per passage.
 *
 * @example findSources([{ id: 'p-3', text: '… clear, according to two sources.' }], [])
 *   // [{ who: 'two sources', entity: null, text: 'according to two sources', paragraph: 'p-3' }]
 */
export function findSources(passages: readonly AnalyzedPassage[], mentions: readonly EntityMention[]): Source[] {
  const sources: Source[] = [];
  for (const passage of passages) {
    const sentenceStarts = passage.tokens.filter((token) => token.opensSentence).map((token) => token.start);
    const found: (Source & { at: number })[] = [];
    const byPassage = mentions.filter((mention) => mention.passage === passage.id && mention.kind !== 'place');
    for (const match of passage.text.matchAll(ACCORDING)) {
      const who = (match[1] ?? '').trim();
      const whoStart = match.index + match[0].indexOf(who);
      const first = byPassage[countAtMost(byPassage, whoStart - 1, (mention) => mention.start)];
      const named = first !== undefined && first.end <= whoStart + who.length ? first : undefined;
      found.push({ who, entity: named?.name ?? null, text: match[0].trim(), paragraph: passage.id, at: match.index });
    }
    for (const match of passage.text.matchAll(ATTRIBUTION)) {
      const sentenceStart = sentenceStarts[countAtMost(sentenceStarts, match.index, (start) => start) - 1] ?? 0;
      const source = readSubject(passage.text, sentenceStart, match.index, match[0], byPassage);
      if (source) found.push({ ...source, paragraph: passage.id });
    }
    const seen = new Set<string>();
    for (const { at: _at, ...source } of found.sort((a, b) => a.at - b.at)) {
      const key = `${source.entity ?? source.who.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}

/** The subject of an attribution verb at `at`: a named entity just before it, or an unnamed source. */
function readSubject(
  text: string,
  clauseStart: number,
  at: number,
  verb: string,
  mentions: readonly EntityMention[],
): { who: string; entity: string | null; text: string; at: number } | null {
  const clause = text.slice(clauseStart, at);
  // Mentions are in reading order: walk back from the verb to the clause's start, no further.
  for (let index = countAtMost(mentions, at, (mention) => mention.start) - 1; index >= 0; index -= 1) {
    const mention = mentions[index] as EntityMention;
    if (mention.start < clauseStart) break;
    if (mention.end > at) continue;
    const between = text.slice(mention.end, at);
    const apposition = APPOSITION.exec(between);
    if (!BETWEEN.test(between) && !apposition) continue;
    const who = apposition?.[1] ? `${mention.name}, ${apposition[1]}` : mention.name;
    return { who, entity: mention.name, text: text.slice(mention.start, at + verb.length), at: mention.start };
  }
  const unnamed = UNNAMED.exec(clause);
  if (!unnamed?.[1]) return null;
  const who = unnamed[1].trim();
  const whoAt = clauseStart + clause.lastIndexOf(who);
  return { who: lowerFirst(who), entity: null, text: text.slice(whoAt, at + verb.length), at: whoAt };
}

/** How many items of a list sorted by `key` have a key of at most `value`. */
function countAtMost<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(sorted[middle] as T) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `Sources` → `sources`, but `U.S. officials` stays as written. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}
