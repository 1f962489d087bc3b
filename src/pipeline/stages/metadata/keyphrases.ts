/**
 * Key phrases of one briefing, the raw material of its topics: runs of adjectives and nouns
 * ending in a noun (`drone strike`, `drug trafficking`, `sanctioned oil tankers`), counted. Which
 * of them become topics is decided over the whole set of briefings (`weighTopics`), since a
 * phrase says what a briefing is about only when other briefings do not say it as well.
 */
import { COMMON_WORDS, FUNCTION_WORDS, GENERIC_NOUNS, UNIT_NOUNS, VAGUE_ADJECTIVES } from '../../reference/topic-words.ts';
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

/** A function word of some language that English does not also use often: `que`, `yang`. */
function isForeign(token: Token): boolean {
  const word = token.text.toLowerCase();
  return FUNCTION_WORDS.has(word) && !COMMON_WORDS.has(word);
}

/**
 * Whether a lone noun can say what a briefing is about: not a word general English uses often
 * (`boy`, `father`, `company`), nor a function word of any language, nor an abbreviation of two
 * letters (`bn`, `km`), nor a unit counted by the number before it (`60 mph`, `13 inches`).
 */
function isSpecific(token: Token, before: Token | undefined): boolean {
  const word = token.text.toLowerCase();
  if (word.replace(/-/g, '').length < 3 || COMMON_WORDS.has(word) || COMMON_WORDS.has(token.lemma)) return false;
  if (FUNCTION_WORDS.has(word)) return false;
  return before?.pos !== 'NUM';
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
    let runBefore: Token | undefined;
    const flush = () => {
      // The run ends at its last noun; adjectives after it (`the boats empty`) are not part of the phrase.
      let end = run.length;
      while (end > 0 && run[end - 1]?.pos !== 'NOUN') end -= 1;
      const phrase = run.slice(Math.max(0, end - MAX_WORDS), end);
      // The word before the phrase: in the run, or the one before the run (`60 mph`).
      const before = (at: Token) => (run.indexOf(at) > 0 ? run[run.indexOf(at) - 1] : runBefore);
      while (phrase.length > 0 && isForeign(phrase.at(-1) as Token)) phrase.pop();
      while (phrase.length > 1 && (isVague(phrase[0] as Token) || isForeign(phrase[0] as Token))) phrase.shift();
      const head = phrase.at(-1);
      const headBefore = head === undefined ? undefined : before(head);
      run = [];
      if (head === undefined) return;
      if (phrase.length === 1 && !isSpecific(head, headBefore)) return;
      // A generic head (`official`, `week`) makes no phrase alone; after a modifier it may (`drone attack`), unless it is time.
      if (GENERIC_NOUNS.has(head.lemma) && (phrase.length === 1 || TIME_NOUNS.has(head.lemma))) return;
      // A unit names a quantity, with a modifier too (`metric liters`, `per liter`).
      if (UNIT_NOUNS.has(head.lemma) || UNIT_NOUNS.has(head.text.toLowerCase())) return;
      const key = [...phrase.slice(0, -1).map((token) => token.text.toLowerCase()), phrase.at(-1)?.lemma ?? ''].join(' ');
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { name: phrase.map((token) => token.text.toLowerCase()).join(' '), count: 1, order: counts.size });
    };
    for (const [index, token] of passage.tokens.entries()) {
      const word = /^[\p{Ll}][\p{Ll}\-]+$/u.test(token.text);
      if (word && (token.pos === 'NOUN' || token.pos === 'ADJ')) {
        if (run.length === 0) runBefore = passage.tokens[index - 1];
        run.push(token);
      } else flush();
    }
    flush();
  }
  return [...counts.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
    .map(([key, { name, count }]) => ({ key, name, count }));
}
