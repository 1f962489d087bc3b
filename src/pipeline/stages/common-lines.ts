/**
 * Find the lines a site prints on every page: a footer's motto, a newsletter pitch, a menu
 * entry that slipped past the other rules. A short line that many seeds share is page furniture,
 * wherever it stands.
 */
import { comparable } from './clean/features.ts';

/** The line ends `splitLines` reads; U+2028 and U+2029 stand inside a line. */
const LINE_END = /\r\n|[\n\v\f\r\u0085]/;

/** Lines longer than this are an article's own sentences, even when several seeds share them (wire copy). */
const MAX_COMMON_WORDS = 15;

/** A line counts as common when this many seeds at least, and this share of all seeds, have it. */
const MIN_SEEDS = 5;
const MIN_SHARE = 0.02;

/**
 * Count the distinct short lines of one seed's text into `counts`, in the form the cleaner
 * compares blocks in (`Share this article` → `share this article`).
 */
export function countLineKeys(counts: Map<string, number>, text: string): void {
  const keys = new Set<string>();
  for (const line of text.split(LINE_END)) {
    if (line.length === 0 || line.length > MAX_COMMON_WORDS * 12) continue;
    const key = comparable(line);
    if (key !== '' && key.split(' ').length <= MAX_COMMON_WORDS) keys.add(key);
  }
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The lines enough seeds share to be furniture: at least 5 seeds, and 2% of all of them.
 *
 * @example findCommonLines(counts, 120) // Set { 'sign up for our daily newsletter' }
 */
export function findCommonLines(counts: ReadonlyMap<string, number>, seedCount: number): Set<string> {
  const threshold = Math.max(MIN_SEEDS, Math.ceil(seedCount * MIN_SHARE));
  const common = new Set<string>();
  for (const [key, count] of counts) if (count >= threshold) common.add(key);
  return common;
}

/** Whether a block of this many words with this key is a line many seeds share. */
export function isCommonLine(key: string, words: number, common: ReadonlySet<string>): boolean {
  return words <= MAX_COMMON_WORDS && common.has(key);
}
