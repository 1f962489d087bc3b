/**
 * Split a paragraph into sentences, as character ranges, without breaking after abbreviations
 * (`Mr.`, `Sept.`, `U.S.`) or initials.
 */

/** A sentence's character range in its paragraph, `[start, end)`. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Words that end with a period without ending a sentence, lower case, without the period. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'bros', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'gov', 'sen', 'rep', 'rev', 'prof', 'pres', 'no', 'nos', 'vs', 'etc', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd',
]);

const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']']);

/**
 * Split `text` into sentences.
 *
 * @example splitSentences('Mr. Smith left Monday. He returned.') // [{ start: 0, end: 22 }, { start: 23, end: 35 }]
 */
export function splitSentences(text: string): SentenceRange[] {
  const sentences: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = index + 1;
    while (end < text.length && (CLOSERS.has(text[end] ?? '') || text[end] === '.' || text[end] === '!' || text[end] === '?')) end += 1;
    // Whatever the run of marks turns out to be, it is read once.
    const runStart = index;
    index = end - 1;
    if (end < text.length && !/\s/.test(text[end] ?? '')) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (char === '.' && (isAbbreviation(text, runStart) || isCapitalsName(text, runStart, next))) continue;
    if (!startsSentence(text[next] ?? '')) continue;
    sentences.push({ start, end });
    start = next;
    index = next - 1;
  }
  const last = trimEnd(text, text.length);
  if (last > start) sentences.push({ start, end: last });
  return sentences;
}

function isAbbreviation(text: string, period: number): boolean {
  let begin = period;
  // Abbreviations are short: look back no further than a long one.
  while (begin > 0 && period - begin < 12 && /[\p{L}.]/u.test(text[begin - 1] ?? '')) begin -= 1;
  const word = text.slice(begin, period).toLowerCase();
  // Initials and dotted abbreviations: `J.`, `U.S.`, `a.m.`.
  if (word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/**
 * Whether a full stop belongs to a name written in capitals (`the ID. SPACE VIZZION`): a short
 * word in capitals before it and at least two more after it. A sentence that ends on an acronym
 * (`the US. NASA said`) goes on in lower case.
 */
function isCapitalsName(text: string, period: number, next: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}{2,3})$/u.exec(text.slice(Math.max(0, period - 4), period));
  return before !== null && /^\p{Lu}{2,}[-\s]+\p{Lu}{2,}(?![\p{Ll}])/u.test(text.slice(next, next + 60));
}

function startsSentence(char: string): boolean {
  return /[\p{Lu}\p{N}"“‘'(\[]/u.test(char);
}

function skipSpace(text: string, index: number): number {
  let at = index;
  while (at < text.length && /\s/.test(text[at] ?? '')) at += 1;
  return at;
}

function trimEnd(text: string, index: number): number {
  let at = index;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at -= 1;
  return at;
}
