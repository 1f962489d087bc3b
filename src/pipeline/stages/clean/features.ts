/**
 * What a block of page text looks like, in numbers that do not depend on its language: how many
 * words, whether it reads as a sentence, how much of it is capitalised like a menu or a headline.
 */

/** The measures the cleaner's rules read. */
export interface TextShape {
  /** Words; in scripts written without spaces (Chinese, Japanese), two characters count as one. */
  readonly words: number;
  /** Words of a cased script that start with a capital, as a share of those words. */
  readonly capitalized: number;
  /** Whether the text ends as a sentence does: `.`, `!`, `?`, `…`, or such a mark and a closing quote. */
  readonly endsSentence: boolean;
  /** Whether sentence punctuation stands inside the text too (`. ` between words). */
  readonly hasInnerSentence: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
const BEYOND_LATIN = /[\u0e00-\uffff]/;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const SENTENCE_END = /[.!?…。！？؟।][\s"'”’»)\]]*$/u;
/** A sentence ending inside the text: `bar. Why`; not an abbreviation such as `St. Paul`. */
const INNER_SENTENCE = /\p{Ll}{2}[.!?…]["'”’»)]*\s+[\p{Lu}"“‘'(]/u;

/**
 * Measure a block of text.
 *
 * @example measureText('Gaming used to be so simple. We’d buy a game.') // { words: 10, endsSentence: true, … }
 */
export function measureText(text: string): TextShape {
  let words = 0;
  let cased = 0;
  let capitals = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    const first = match[0].charAt(0);
    if (first.toLowerCase() !== first.toUpperCase()) {
      cased += 1;
      if (first !== first.toLowerCase()) capitals += 1;
    }
  }
  // Scripts without spaces are tested for only when the text has characters that far up.
  const unspaced = BEYOND_LATIN.test(text) ? (text.match(UNSPACED)?.length ?? 0) : 0;
  if (unspaced > 0) words += Math.ceil(unspaced / 2);
  return {
    words,
    capitalized: cased === 0 ? 0 : capitals / cased,
    // A sentence that opens a list or a quote ends in a colon: `Here are the highlights:`.
    endsSentence: SENTENCE_END.test(text) || (words >= 4 && text.endsWith(':')),
    hasInnerSentence: INNER_SENTENCE.test(text),
  };
}

/**
 * A form of a text for spotting repeats: case, spacing and punctuation ignored.
 *
 * @example comparable('“So we hit all the boats,” Trump said.') // 'so we hit all the boats trump said'
 */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
