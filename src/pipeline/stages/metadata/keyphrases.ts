/**
 * Key phrases of one briefing, the raw material of its topics: runs of adjectives and nouns
 * ending in a noun (`drone strike`, `drug trafficking`, `sanctioned oil tankers`), counted. Which
 * of them become topics is decided over the whole set of briefings (`weighTopics`), since a
 * phrase says what a briefing is about only when other briefings do not say it as well.
 */
import { GENERIC_NOUNS, VAGUE_ADJECTIVES } from '../../reference/topic-words.ts';
import type { AnalyzedPassage, Token } from './analyze.ts';

/** A key phrase and how often the briefing uses it. */
export interface Keyphrase {
  /** The phrase with its last word in dictionary form: `drone strike`. */
  readonly key: string;
  /** The phrase as first written, lower-case: `drone strikes`. */
  readonly name: string;
  readonly count: number;
}

/** A leading word that says how much or which, not what kind: `multiple`, `first`. */
function isVague(token: Token): boolean {
  return VAGUE_ADJECTIVES.has(token.lemma) || VAGUE_ADJECTIVES.has(token.text.toLowerCase());
}

/** Heads that make a phrase about when, not what: `last week`, `interview last week`. */
const TIME_NOUNS = new Set(['time', 'day', 'week', 'month', 'year', 'decade', 'century', 'moment', 'period', 'morning', 'evening', 'night']);

/** Longest phrase kept: longer runs are cut to their last words, where English puts the head noun. */
const MAX_WORDS = 3;

/**
 * Count the key phrases of a briefing's passages. Names (proper nouns) are left to the entity
 * stage; generic news nouns (`official`, `report`, `week`) alone are no phrase.
 *
 * @example findKeyphrases(analyze([{ id: 'p-1', text: 'The drone strikes hit a port. A drone strike followed.' }]))
 *   // [{ key: 'drone strike', name: 'drone strikes', count: 2 }, { key: 'port', name: 'port', count: 1 }]
 */
export function findKeyphrases(passages: readonly AnalyzedPassage[]): Keyphrase[] {
  const counts = new Map<string, { name: string; count: number; order: number }>();
  for (const passage of passages) {
    let run: Token[] = [];
    const flush = () => {
      // The run ends at its last noun; adjectives after it (`the boats empty`) are not part of the phrase.
      let end = run.length;
      while (end > 0 && run[end - 1]?.pos !== 'NOUN') end -= 1;
      const phrase = run.slice(Math.max(0, end - MAX_WORDS), end);
      while (phrase.length > 1 && isVague(phrase[0] as Token)) phrase.shift();
      run = [];
      const head = phrase.at(-1);
      if (head === undefined) return;
      // A generic head (`official`, `week`) makes no phrase alone; after a modifier it may (`drone attack`), unless it is time.
      if (GENERIC_NOUNS.has(head.lemma) && (phrase.length === 1 || TIME_NOUNS.has(head.lemma))) return;
      const key = [...phrase.slice(0, -1).map((token) => token.text.toLowerCase()), phrase.at(-1)?.lemma ?? ''].join(' ');
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { name: phrase.map((token) => token.text.toLowerCase()).join(' '), count: 1, order: counts.size });
    };
    for (const token of passage.tokens) {
      const word = /^[\p{Ll}][\p{Ll}\-]+$/u.test(token.text);
      if (word && (token.pos === 'NOUN' || token.pos === 'ADJ')) run.push(token);
      else flush();
    }
    flush();
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
    .map(([key, { name, count }]) => ({ key, name, count }));
}
