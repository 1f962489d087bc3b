/**
 * Find repeated paragraphs: the second pasted copy of a body, a summary repeated in the body, a
 * paragraph repeated with small edits. The first occurrence is kept, later ones are dropped.
 *
 * Long blocks are compared by their word trigrams, through an index from trigram to block, so
 * the work grows with the text, not with the square of the number of blocks. Short blocks (a
 * subheading, "Meal 2") repeat in real articles; they count as repeats only inside a pasted run,
 * next to a repeated block whose first copy stands next to theirs.
 */
import type { ClassifiedBlock } from './classify.ts';

/** A block is compared word by word when it has at least this many words. */
const LONG_WORDS = 10;

/** Share of a block's trigrams found in one earlier block that makes it a near repeat. */
const NEAR_REPEAT = 0.8;

/**
 * For each block that repeats an earlier one, the index of that earlier block.
 *
 * @example findRepeats(blocks) // Map { 17 => 5, 18 => 6 }: blocks 17 and 18 repeat blocks 5 and 6
 */
export function findRepeats(blocks: readonly ClassifiedBlock[]): Map<number, number> {
  const keys = blocks.map((block) => block.key);
  const repeats = new Map<number, number>();
  const firstByKey = new Map<string, number>();
  const byTrigram = new Map<number, number[]>();

  for (const [index, block] of blocks.entries()) {
    const key = keys[index] ?? '';
    if (block.shape.words < LONG_WORDS || key === '') {
      if (!firstByKey.has(key)) firstByKey.set(key, index);
      continue;
    }
    const exact = firstByKey.get(key);
    if (exact !== undefined) {
      repeats.set(index, exact);
      continue;
    }
    const trigrams = toTrigrams(key);
    const near = findNearRepeat(trigrams, byTrigram);
    if (near !== null && !isFuller(block, blocks[near])) {
      repeats.set(index, near);
      continue;
    }
    // A fuller version of an earlier paragraph (the whole of it after its opening lines) is the
    // first full occurrence: the earlier, partial one is the repeat. A shorter block that the
    // paragraph opens with (a headline, a teaser) stays what it is.
    const partial = near === null ? undefined : blocks[near];
    if (near !== null && partial?.kind === 'prose' && partial.shape.words >= PARTIAL_WORDS) repeats.set(near, index);
    firstByKey.set(key, index);
    for (const trigram of trigrams) {
      const holders = byTrigram.get(trigram);
      if (holders === undefined) byTrigram.set(trigram, [index]);
      else if (holders.at(-1) !== index) holders.push(index);
    }
  }
  extendPastedRuns(keys, repeats);
  return withoutTemplateRepeats(repeats);
}

/**
 * A pasted copy repeats each paragraph once, or the whole text again and again. A run of
 * paragraphs printed again in the same order under several sections, with new text between the
 * copies (the same meals under each plan, a different dinner in each), is the article's own
 * pattern: when a paragraph has two copies or more and each stands in such a run, all are kept.
 */
function withoutTemplateRepeats(repeats: Map<number, number>): Map<number, number> {
  const inRun = (index: number, original: number) => repeats.get(index - 1) === original - 1 || repeats.get(index + 1) === original + 1;
  const newTextBetween = (start: number, end: number) => {
    for (let index = start + 1; index < end; index += 1) if (!repeats.has(index)) return true;
    return false;
  };
  const copies = new Map<number, number[]>();
  for (const [index, original] of repeats) copies.set(original, [...(copies.get(original) ?? []), index]);
  const template = new Set<number>();
  for (const [original, indexes] of copies) {
    const sorted = [original, ...indexes].sort((a, b) => a - b);
    const sectioned = sorted.every((index, position) => position === 0 || newTextBetween(sorted[position - 1] ?? index, index));
    if (indexes.length >= MIN_TEMPLATE_COPIES && sectioned && indexes.every((index) => inRun(index, original)))
      for (const index of indexes) template.add(index);
  }
  return new Map([...repeats].filter(([index]) => !template.has(index)));
}

/** Copies of one paragraph that make it part of the article's own pattern rather than a paste. */
const MIN_TEMPLATE_COPIES = 2;

/** An earlier paragraph this long, contained in a later one, is a partial copy of it. */
const PARTIAL_WORDS = 20;

/** Whether `later` says noticeably more than `earlier`. */
function isFuller(later: ClassifiedBlock, earlier: ClassifiedBlock | undefined): boolean {
  return earlier !== undefined && later.shape.words > earlier.shape.words * 1.15 + 2;
}

/** The earlier block holding most of `trigrams`, if it holds enough of them. */
function findNearRepeat(trigrams: readonly number[], byTrigram: ReadonlyMap<number, number[]>): number | null {
  if (trigrams.length === 0) return null;
  const distinct = new Set(trigrams);
  const shared = new Map<number, number>();
  for (const trigram of distinct) {
    for (const holder of byTrigram.get(trigram) ?? []) shared.set(holder, (shared.get(holder) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [holder, count] of shared) {
    if (count > bestCount) {
      best = holder;
      bestCount = count;
    }
  }
  return bestCount >= distinct.size * NEAR_REPEAT ? best : null;
}

/**
 * The word trigrams of a key, each hashed to a number: cheaper to store and compare than the
 * three words, and a rare collision only makes two paragraphs look a little more alike.
 */
function toTrigrams(key: string): number[] {
  const words = key.split(' ').map(hashWord);
  if (words.length < 3) return [words.reduce((hash, word) => Math.imul(hash, 31) + word, 7) >>> 0];
  const trigrams: number[] = [];
  for (let index = 0; index + 2 < words.length; index += 1) {
    const hash = Math.imul(Math.imul(words[index] ?? 0, 31) + (words[index + 1] ?? 0), 31) + (words[index + 2] ?? 0);
    trigrams.push(hash >>> 0);
  }
  return trigrams;
}

/** FNV-1a over a word's code units. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * Grow each run of repeats over its short neighbours: a block right after (or before) a repeat
 * whose text equals the block right after (or before) that repeat's first copy is part of the
 * same pasted run.
 */
function extendPastedRuns(keys: readonly string[], repeats: Map<number, number>): void {
  const follows = (index: number, step: 1 | -1): void => {
    const neighbour = repeats.get(index - step);
    if (repeats.has(index) || neighbour === undefined) return;
    const original = neighbour + step;
    if (original >= 0 && original < index && keys[original] === keys[index] && keys[index] !== '') {
      repeats.set(index, original);
    }
  };
  for (let index = 1; index < keys.length; index += 1) follows(index, 1);
  for (let index = keys.length - 2; index >= 0; index -= 1) follows(index, -1);
}
