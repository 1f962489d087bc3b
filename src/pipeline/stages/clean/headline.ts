/**
 * Pick the page's headline among the lines around its byline and above its body. Each candidate
 * is scored by how much of it the body talks about (shared words), by its shape (a few words, no
 * full stop, not two sentences), by where it stands (next to the byline, close to the body) and
 * by whether the page prints it again (share texts, breadcrumbs and `og:title` copies repeat the
 * headline, never a menu entry). Furniture is refused by its shape, not by its words: a line the
 * body shares nothing with (an author feed, a section, a rank, a player notice), a label ending in
 * a colon, an address, a line that speaks to the reader, an outlet's name alone.
 */
import type { Byline } from '../../types.ts';
import { findOutlet, type BylineContext } from '../byline.ts';
import type { ClassifiedBlock } from './classify.ts';

/** Where the candidates are looked for, and what the headline must come before. */
export interface HeadlineRange {
  readonly from: number;
  /** The first block after the candidates. */
  readonly to: number;
  /** The first block of the body, whose words the headline is compared with. */
  readonly bodyStart: number;
  /** The last block of the article's stretch. */
  readonly end: number;
}

/** The longest headline, in words. */
const MAX_HEADLINE_WORDS = 30;

/** How many words of the body a headline is compared with. */
const BODY_WORDS = 400;

/** Weights of the score (hand-set, checked on the development folds only). */
const WEIGHTS = {
  shared: 5,
  noneShared: -4,
  shape: 1.5,
  sentence: -4,
  twoSentences: -2,
  nearByline: 1.5,
  repeated: 3,
  first: 0.5,
  distance: -0.15,
  reader: -2,
  caption: -4,
  teaser: -2,
} as const;

/** How many words a line needs for its share of shared words to count in full. */
const FULL_WORDS = 5;

/** A score below this is no headline: the seed is taken to have none. */
const MIN_SCORE = 1;

/**
 * The index of the block that is the headline, or null when no candidate scores as one.
 *
 * @example pickHeadline(blocks, { from: 0, to: 6, bodyStart: 5, end: 30 }, usable, bylines, context) // 3
 */
export function pickHeadline(
  blocks: readonly ClassifiedBlock[],
  range: HeadlineRange,
  usable: (index: number) => boolean,
  bylines: ReadonlyMap<number, Byline>,
  context: BylineContext,
): number | null {
  const body = bodyWords(blocks, range.bodyStart, range.end);
  const keys = blocks.map((block) => block.key);
  const firstUsable = blocks.findIndex((block, index) => usable(index) && block.kind !== 'furniture' && block.kind !== 'nav');
  let best: number | null = null;
  let bestScore = -Infinity;
  let distance = 0;
  for (let index = range.to - 1; index >= range.from; index -= 1) {
    const block = blocks[index];
    // Blocks a rule names (credits, stamps) are furniture too; a line under a teaser heading may
    // be the headline still (`Up next:` printed above the article's own), and is only marked down.
    if (!block || !usable(index) || bylines.has(index) || block.kind === 'furniture' || block.kind === 'nav') continue;
    if (block.rule !== null && block.rule !== 'related-stories') continue;
    distance += 1;
    if (refused(block, index === firstUsable, context)) continue;
    const words = contentWords(block.text);
    const shared = words.size === 0 ? 0 : [...words].filter((word) => body.has(word)).length / words.size;
    let score = WEIGHTS.distance * distance;
    // The share of the line the body talks about, trusted once the line has a few words.
    score += shared > 0 ? WEIGHTS.shared * shared * Math.min(1, words.size / FULL_WORDS) : WEIGHTS.noneShared;
    if (block.rule === 'related-stories') score += WEIGHTS.teaser;
    if (block.shape.words >= 3 && block.shape.words <= 20) score += WEIGHTS.shape;
    // A headline may ask or exclaim; one that ends in a full stop is a dek, a caption or a paragraph.
    if (/[^.]\.["'”’)]*$/u.test(block.text)) score += WEIGHTS.sentence;
    if (block.shape.hasInnerSentence) score += WEIGHTS.twoSentences;
    if (nearByline(index, bylines)) score += WEIGHTS.nearByline;
    if (isRepeated(block.key, index, keys)) score += WEIGHTS.repeated;
    if (index === firstUsable) score += WEIGHTS.first;
    if (/\b(?:you|your)\b/i.test(block.text)) score += WEIGHTS.reader;
    if (blocks[index + 1]?.rule === 'photo-credit') score += WEIGHTS.caption;
    // The seed's first line of text is its headline unless a better one is found (copy that opens
    // with its headline need share no word with its body); any other line has to score as one.
    if (score > bestScore && (score >= MIN_SCORE || index === firstUsable)) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

/** Lines whose shape says they are page furniture, whatever they say. */
function refused(block: ClassifiedBlock, first: boolean, context: BylineContext): boolean {
  const { words } = block.shape;
  if (block.list !== null || words > MAX_HEADLINE_WORDS) return true;
  // A word or two is a section, a rank, a name: a headline only when it opens the seed.
  if (words < 3 && !first && !/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(block.text)) return true;
  // A label for what follows (`Filed under:`, `Tags:`), an address.
  if (/:$/.test(block.text) || /https?:\/\/|www\.|^\S+\.(?:com|org|net|co\.\w\w)\b/i.test(block.text)) return true;
  // An outlet's name and little else (`Reuters`, `Associated Press`) is a credit or a masthead.
  const outlet = words <= 4 ? findOutlet(block.text, context.outlets) : null;
  return outlet !== null && words <= outlet.name.split(' ').length + 1;
}

/** Whether a byline line stands within two blocks of the candidate, before or after it. */
function nearByline(index: number, bylines: ReadonlyMap<number, Byline>): boolean {
  for (const line of bylines.keys()) if (Math.abs(line - index) <= 2) return true;
  return false;
}

/** Whether another block prints the candidate again, alone or inside a longer line. */
function isRepeated(key: string, index: number, keys: readonly string[]): boolean {
  if (key.length < 15) return false;
  return keys.some((other, position) => position !== index && other.includes(key));
}

/** The words of the body's first stretch, as `contentWords` gives them. */
function bodyWords(blocks: readonly ClassifiedBlock[], start: number, end: number): Set<string> {
  const words = new Set<string>();
  let count = 0;
  for (let index = start; index <= end && count < BODY_WORDS; index += 1) {
    const block = blocks[index];
    if (!block || block.rule !== null) continue;
    for (const word of contentWords(block.text)) words.add(word);
    count += block.shape.words;
  }
  return words;
}

/**
 * The words that carry meaning: lower-cased words of four letters or more, and in scripts written
 * without spaces each pair of characters (a headline in Japanese shares pairs with its body).
 */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = new Set(lower.match(/[\p{L}\p{N}]{4,}/gu) ?? []);
  const unspaced = lower.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? [];
  for (const run of unspaced) for (let index = 0; index + 1 < run.length; index += 1) words.add(run.slice(index, index + 2));
  return words;
}
