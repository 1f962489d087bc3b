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

/** Questions about single tokens, shared by the readers of the dates stage (the news grammar, durations). */
export class TokenReader {
  readonly tokens: Tokens;

  constructor(tokens: Tokens) {
    this.tokens = tokens;
  }

  /** The token in lower case; empty past the end. */
  word(index: number): string {
    return this.tokens.lower[index] ?? '';
  }

  is(index: number, ...words: string[]): boolean {
    return words.includes(this.word(index));
  }

  isWord(index: number): boolean {
    return this.tokens.kinds[index] === WORD;
  }

  isNumber(index: number): boolean {
    return this.tokens.kinds[index] === NUMBER;
  }

  isMark(index: number, mark: string): boolean {
    return this.tokens.kinds[index] === MARK && this.tokens.lower[index] === mark;
  }

  /** Whether the token touches the one before it, with no space: `mid-1996`, `1990s`. */
  glued(index: number): boolean {
    return index > 0 && index < this.tokens.count && this.tokens.starts[index] === this.tokens.ends[index - 1];
  }

  /** Whether a word is written in capitals, two letters or more: `GTX`, `NOW`. */
  isAllCaps(index: number): boolean {
    const text = this.tokens.text.slice(this.tokens.starts[index], this.tokens.ends[index]);
    return text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  }

  capitalized(index: number): boolean {
    const first = this.tokens.text.charAt(this.tokens.starts[index] ?? -1);
    return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
  }
}
