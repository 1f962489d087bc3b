/**
 * The end of an article, scored line by line. Where an article stops is where cleaning fails
 * most on pages nobody has read: a comment thread read as more paragraphs, a run of teaser
 * headlines, a tag cloud or a list of categories after the last paragraph. Each body block is
 * measured by features that carry across sites and languages (its length, whether it ends as a
 * sentence, its case, its share of the page's own most frequent words, address and count and
 * time-stamp shapes, its neighbours' shape, how much it shares with the article's opening), and
 * a small logistic model (`tail-weights.json`, fitted by `bench/cleaning/train-tail.ts` on the
 * development folds) gives the chance that it is the article's. Blocks at the end of the body
 * that score low are dropped, last first, with the rule `scored-tail`.
 */
import type { ClassifiedBlock } from './classify.ts';
import { contentWords } from './headline.ts';
import WEIGHTS from './tail-weights.json' with { type: 'json' };

/** The features' names, in the order `tailFeatures` gives them. */
export const TAIL_FEATURES = [
  'logWords',
  'endsSentence',
  'capitalized',
  'commonWordShare',
  'addressShape',
  'countOrTimestamp',
  'digitShare',
  'notProse',
  'shortRun',
  'sharesWithOpening',
  'nameThenStamp',
] as const;

/** A fitted model: weights per feature, in `TAIL_FEATURES` order, over standardised values. */
export interface TailModel {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Blocks at the end of the body scoring below this are dropped. */
  readonly threshold: number;
}

const MODEL: TailModel = WEIGHTS;

/** How many blocks around a block are looked at for a run of short lines. */
const RUN_WINDOW = 3;

/** How many of the page's most frequent words count as its common (function) words. */
const COMMON_WORDS = 40;

/**
 * The features of each block of `body` (indexes into `blocks`, in reading order).
 *
 * @example tailFeatures(blocks, [4, 5, 6])[2] // [2.3, 1, 0.1, 0.4, 0, 0, 0, 0, 0, 0.5, 0]
 */
export function tailFeatures(blocks: readonly ClassifiedBlock[], body: readonly number[]): number[][] {
  const common = commonWords(body.map((index) => blocks[index]?.text ?? ''));
  const opening = new Set<string>();
  for (const index of body.slice(0, 3)) for (const word of contentWords(blocks[index]?.text ?? '')) opening.add(word);
  return body.map((index, position) => {
    const block = blocks[index] as ClassifiedBlock;
    const tokens = block.text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    const words = contentWords(block.text);
    let run = 0;
    for (let near = Math.max(0, position - RUN_WINDOW); near <= Math.min(body.length - 1, position + RUN_WINDOW); near += 1) {
      const other = blocks[body[near] ?? -1];
      if (other && other.kind !== 'prose' && !other.shape.endsSentence) run += 1;
    }
    return [
      Math.log1p(block.shape.words),
      block.shape.endsSentence ? 1 : 0,
      block.shape.capitalized,
      tokens.length === 0 ? 0 : tokens.filter((token) => common.has(token)).length / tokens.length,
      /https?:\/\/|www\.|(?:^|\s)@\w|\.(?:com|org|net)\b/i.test(block.text) ? 1 : 0,
      COUNT_OR_STAMP.test(block.text) ? 1 : 0,
      (block.text.match(/\p{N}/gu)?.length ?? 0) / Math.max(1, block.text.length),
      block.kind === 'prose' ? 0 : 1,
      run / (2 * RUN_WINDOW + 1),
      words.size === 0 || position < 3 ? 1 : [...words].filter((word) => opening.has(word)).length / words.size,
      NAME_THEN_STAMP.test(block.text) ? 1 : 0,
    ];
  });
}

/** `3 replies`, `12 likes`, `5h ago`, `2 hours ago`, `Reply`, `Report`: what comment threads and teaser lists print per line. */
const COUNT_OR_STAMP =
  /\b\d+\s?(?:s|m|h|d|w|mo|y|secs?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b|\b\d+\s+(?:replies|reply|likes?|comments?|responses?|points?|votes?|shares?|views?)\b|^(?:reply|report|like|flag)\b/iu;

/** `Anna K · 3h`, `jsmith says:`, `Tom (Leeds) – 12 Nov 2019`: a commenter's name, then a stamp or `says`. */
const NAME_THEN_STAMP = /^[\p{L}][\p{L}\p{N}._' -]{0,40}(?:\s[·•|–—-]\s\p{N}|\s(?:says|said|wrote|replied):)/u;

/** The page's most frequent short words: its function words, in whatever language it is written. */
function commonWords(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const token of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) if (token.length <= 4) counts.set(token, (counts.get(token) ?? 0) + 1);
  return new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, COMMON_WORDS)
      .map(([token]) => token),
  );
}

/** The model's chance that a block with these features is the article's. */
export function tailScore(features: readonly number[], model: TailModel = MODEL): number {
  let sum = model.bias;
  for (const [index, value] of features.entries()) sum += (model.weights[index] ?? 0) * ((value - (model.mean[index] ?? 0)) / (model.scale[index] || 1));
  return 1 / (1 + Math.exp(-sum));
}

/**
 * The body blocks at its end the model scores as not the article's: from the last block back,
 * each scoring below the threshold, up to the first that scores above it. The body's first
 * `KEEP_FIRST` blocks are never dropped.
 */
export function scoredTail(blocks: readonly ClassifiedBlock[], body: readonly number[], model: TailModel = MODEL): number[] {
  if (body.length <= KEEP_FIRST) return [];
  const features = tailFeatures(blocks, body);
  const dropped: number[] = [];
  for (let position = body.length - 1; position >= KEEP_FIRST; position -= 1) {
    if (tailScore(features[position] ?? [], model) >= model.threshold) break;
    dropped.push(body[position] ?? -1);
  }
  return dropped;
}

/** An article keeps at least this many blocks whatever their scores. */
const KEEP_FIRST = 3;
