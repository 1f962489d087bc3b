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

const LETTER = /\p{L}/u;

/** Whether the character at `index` is a letter; ASCII is decided without a regular expression. */
function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(text.charAt(index));
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

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
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      index += 1;
      continue;
    }
    const start = index;
    let kind: number;
    if (isDigitCode(code)) {
      kind = NUMBER;
      while (index < length && isDigitCode(text.charCodeAt(index))) index += 1;
    } else if (isLetterAt(text, index)) {
      kind = WORD;
      while (index < length && isLetterAt(text, index)) index += 1;
    } else {
      kind = MARK;
      // A mark outside the basic plane takes both halves of its surrogate pair.
      index += code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
    }
    const token = text.slice(start, index);
    starts.push(start);
    ends.push(index);
    kinds.push(kind);
    lower.push(kind === WORD ? token.toLowerCase() : token);
  }
  return { text, count: starts.length, starts, ends, lower, kinds };
}
