/**
 * Reading time of a briefing, counted in words as the language segments them (Intl.Segmenter),
 * so Korean or Chinese text counts as well as English.
 */

/** Words a reader reads in a minute: the usual figure for adult readers of news prose. */
export const WORDS_PER_MINUTE = 230;

/**
 * The number of words in a text, in the given language.
 *
 * @example countWords('The vote was on Monday.', 'en') // 5
 */
export function countWords(text: string, language = 'en'): number {
  let words = 0;
  for (const segment of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/**
 * Whole minutes to read a text, at least one.
 *
 * @example readingMinutes('word '.repeat(700)) // 3
 */
export function readingMinutes(text: string, language = 'en'): number {
  return Math.max(1, Math.round(countWords(text, language) / WORDS_PER_MINUTE));
}
