/**
 * Split a paragraph into the tokens the date grammar reads: runs of letters, runs of digits,
 * and single marks, each with its character offsets, so a phrase is always a verbatim slice.
 */

/** Token kinds. */
export const WORD = 0;
export const NUMBER = 1;
export const MARK = 2;

/** A paragraph's tokens, as parallel arrays (one entry per token). */
export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The token's text in lower case; what the grammar compares against. */
  readonly lower: readonly string[];
  readonly kinds: readonly number[];
}

const TOKEN = /\p{L}+|[0-9]+|\S/gu;
const LETTER = /^\p{L}/u;
const DIGIT = /^[0-9]/;

/**
 * Tokenize a paragraph.
 *
 * @example tokenize('Aug. 7, 1998').lower // ['aug', '.', '7', ',', '1998']
 */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  const kinds: number[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const token = match[0];
    starts.push(match.index);
    ends.push(match.index + token.length);
    const kind = LETTER.test(token) ? WORD : DIGIT.test(token) ? NUMBER : MARK;
    kinds.push(kind);
    lower.push(kind === WORD ? token.toLowerCase() : token);
  }
  return { text, count: starts.length, starts, ends, lower, kinds };
}
