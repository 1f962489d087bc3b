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

/** A word starts with a letter or a digit, and goes on through those, marks, apostrophes, `_` and `-`. */
const WORD_START = /[\p{L}\p{N}]/uy;
const WORD_PART = /[\p{M}'’_-]/uy;
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
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // One pass over the characters, ASCII by its codes and the rest by Unicode classes: the
    // same words as WORD would find, without a match object per word.
    let starts: boolean;
    let continues: boolean;
    if (code < 128) {
      starts = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
      continues = starts || code === 39 || code === 95 || code === 45;
    } else {
      WORD_START.lastIndex = index;
      starts = WORD_START.test(text);
      WORD_PART.lastIndex = index;
      continues = starts || WORD_PART.test(text);
    }
    if (starts && !inWord) {
      words += 1;
      if (code < 128) {
        if (code >= 65) cased += 1;
        if (code >= 65 && code <= 90) capitals += 1;
      } else {
        const first = String.fromCodePoint(text.codePointAt(index) ?? code);
        if (first.toLowerCase() !== first.toUpperCase()) {
          cased += 1;
          if (first !== first.toLowerCase()) capitals += 1;
        }
      }
    }
    inWord = inWord ? continues : starts;
    // The second half of a surrogate pair belongs to the character just read.
    if (code >= 0xd800 && code <= 0xdbff) index += 1;
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
  // One pass collecting the runs of letters and digits: what `[^\p{L}\p{N}]+ → ' '` gives, faster.
  const runs: string[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    let alnum: boolean;
    if (code < 128) alnum = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    else if (code >= 0xdc00 && code <= 0xdfff) alnum = start >= 0;
    else {
      WORD_START.lastIndex = index;
      alnum = WORD_START.test(text);
    }
    if (alnum && start < 0) start = index;
    else if (!alnum && start >= 0) {
      runs.push(text.slice(start, index));
      start = -1;
    }
  }
  return runs.join(' ').toLowerCase();
}
