/**
 * `npm run train:tail -- [corpus] [--write]`: fit the model that scores the article's end
 * (`src/pipeline/stages/clean/tail.ts`) on the development folds of the cleaning benchmark, and
 * with `--write` save it to `tail-weights.json`. Deterministic: plain batch gradient descent
 * from zero weights, a fixed number of steps, pages in sorted order.
 *
 * The body the cleaner keeps (with the model switched off) is run on into the 30 blocks after
 * it, as on a page whose comments or teasers the rules do not know, and each block is labelled
 * by the gold body: the article's when half of its 4-word shingles (or, for a shorter block,
 * its words in a row) are in the gold text. The threshold is the one that, trimming those ends
 * as the cleaner does, removes the most non-article words for the fewest article words, among
 * those that remove nothing the article needs from the bodies as the rules leave them.
 * The held-back folds are never read.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { classifyBlocks } from '../../src/pipeline/stages/clean/classify.ts';
import { segmentLines } from '../../src/pipeline/stages/clean/segment.ts';
import { TAIL_FEATURES, tailFeatures, tailScore, type TailModel } from '../../src/pipeline/stages/clean/tail.ts';
import { cleanSeed } from '../../src/pipeline/stages/clean.ts';
import { countLineKeys, findCommonLines } from '../../src/pipeline/stages/common-lines.ts';
import { decodeSeed } from '../../src/pipeline/stages/decode.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';
import { FOLDS, HELD_BACK, foldOf } from './folds-split.ts';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const OUTPUT = path.join(root, 'src/pipeline/stages/clean/tail-weights.json');

const STEPS = 3000;
const RATE = 0.3;
const L2 = 0.001;

/** A model that keeps every block: the cleaner as it is without the tail scored. */
const OFF: TailModel = { features: [...TAIL_FEATURES], mean: [], scale: [], weights: [], bias: 10, threshold: 0 };

const tokenize = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
const shingles = (tokens: readonly string[]) => tokens.slice(0, Math.max(0, tokens.length - 3)).map((_, index) => tokens.slice(index, index + 4).join('\u0001'));

interface Page {
  readonly features: number[][];
  readonly labels: number[];
  readonly tokens: number[];
  readonly runOn?: Page;
}

/** How many blocks after the body's end a run-on body takes in. */
const RUN_ON = 30;

function readPages(corpus: string): Page[] {
  const ids = readdirSync(path.join(corpus, 'gold'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
  const pages: Page[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    if (HELD_BACK.has(fold)) continue;
    const foldIds = ids.filter((id) => foldOf(id) === fold);
    // Lines shared across the fold's seeds, as ingest of that folder would find them.
    const counts = new Map<string, number>();
    const texts = foldIds.map((id) => readFileSync(path.join(corpus, 'seeds', `${id}.txt`)));
    for (const bytes of texts) countLineKeys(counts, bytes.toString('utf8'));
    const commonLines = findCommonLines(counts, foldIds.length);
    for (const [position, id] of foldIds.entries()) {
      const seed = decodeSeed({ path: `${id}.txt` as SeedPath, bytes: texts[position] as Buffer, sidecar: null }).value;
      if (seed === null) continue;
      const article = cleanSeed(seed, { ...DEFAULT_CONTEXT, commonLines, tailModel: OFF }).value;
      if (article === null) continue;
      const blocks = classifyBlocks(segmentLines(seed.lines), commonLines);
      const bodyLines = new Set(article.bodyLines);
      const body = blocks.flatMap((block, index) => (bodyLines.has(block.line) ? [index] : []));
      const gold = String((JSON.parse(readFileSync(path.join(corpus, 'gold', `${id}.json`), 'utf8')) as { articleBody?: string }).articleBody ?? '');
      const goldTokens = tokenize(gold);
      const goldShingles = new Set(shingles(goldTokens));
      const goldJoined = `\u0001${goldTokens.join('\u0001')}\u0001`;
      const label = (index: number) => {
        const tokens = tokenize(blocks[index]?.text ?? '');
        if (tokens.length < 4) return goldJoined.includes(`\u0001${tokens.join('\u0001')}\u0001`) ? 1 : 0;
        const own = shingles(tokens);
        return own.filter((shingle) => goldShingles.has(shingle)).length / own.length >= 0.5 ? 1 : 0;
      };
      const page = (indexes: readonly number[]): Page => ({
        features: tailFeatures(blocks, indexes),
        labels: indexes.map(label),
        tokens: indexes.map((index) => tokenize(blocks[index]?.text ?? '').length),
      });
      // The body as the rules leave it, and the body run on into what follows it (comments,
      // teasers, tags): the end a page the rules do not know would have.
      const last = body.at(-1) ?? -1;
      const after = blocks.flatMap((block, index) => (index > last && index <= last + RUN_ON && block.text !== '' ? [index] : []));
      pages.push({ ...page(body), runOn: page([...body, ...after]) });
    }
  }
  return pages;
}

function fit(rows: readonly number[][], labels: readonly number[]): Omit<TailModel, 'threshold'> {
  const width = TAIL_FEATURES.length;
  const mean = Array.from({ length: width }, (_, column) => rows.reduce((sum, row) => sum + (row[column] ?? 0), 0) / rows.length);
  const scale = mean.map((average, column) => Math.sqrt(rows.reduce((sum, row) => sum + ((row[column] ?? 0) - average) ** 2, 0) / rows.length) || 1);
  const x = rows.map((row) => row.map((value, column) => (value - (mean[column] ?? 0)) / (scale[column] ?? 1)));
  // Blocks that are not the article are few: weigh each class as a whole.
  const positives = labels.filter((label) => label === 1).length;
  const weightOf = (label: number) => (label === 1 ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives)));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let gradientBias = 0;
    for (const [index, row] of x.entries()) {
      const label = labels[index] ?? 0;
      let sum = bias;
      for (let column = 0; column < width; column += 1) sum += (weights[column] ?? 0) * (row[column] ?? 0);
      const error = (1 / (1 + Math.exp(-sum)) - label) * weightOf(label);
      for (let column = 0; column < width; column += 1) gradient[column] = (gradient[column] ?? 0) + error * (row[column] ?? 0);
      gradientBias += error;
    }
    for (let column = 0; column < width; column += 1) weights[column] = (weights[column] ?? 0) - RATE * ((gradient[column] ?? 0) / x.length + L2 * (weights[column] ?? 0));
    bias -= (RATE * gradientBias) / x.length;
  }
  const round = (value: number) => Math.round(value * 10000) / 10000;
  return { features: [...TAIL_FEATURES], mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), bias: round(bias) };
}

/** Per page, the share of its words that trimming at `threshold` removes rightly, less the share it removes wrongly. */
function trimGain(pages: readonly Page[], model: TailModel): number {
  let gain = 0;
  for (const page of pages) {
    const total = page.tokens.reduce((sum, count) => sum + count, 0) || 1;
    for (let position = page.features.length - 1; position >= 3; position -= 1) {
      if (tailScore(page.features[position] ?? [], model) >= model.threshold) break;
      gain += ((page.labels[position] === 1 ? -1 : 1) * (page.tokens[position] ?? 0)) / total;
    }
  }
  return gain;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
  const corpus = path.resolve(positionals[0] ?? path.join(root, '../shared/corpora/cleaning'));
  const pages = readPages(corpus);
  const runOn = pages.flatMap((page) => (page.runOn ? [page.runOn] : []));
  const rows = runOn.flatMap((page) => page.features);
  const labels = runOn.flatMap((page) => page.labels);
  console.log(`${pages.length} development pages, ${rows.length} blocks of run-on bodies, ${labels.filter((label) => label === 0).length} not the article's`);
  const fitted = fit(rows, labels);
  // The threshold that trims the run-on ends best, among those that cost the bodies as the
  // rules leave them nothing.
  let best: TailModel = { ...fitted, threshold: 0 };
  let bestGain = 0;
  for (let threshold = 0.05; threshold <= 0.951; threshold += 0.05) {
    const model = { ...fitted, threshold: Math.round(threshold * 100) / 100 };
    const gain = trimGain(runOn, model);
    const cost = trimGain(pages, model);
    console.log(`threshold ${model.threshold.toFixed(2)}  run-on gain ${gain.toFixed(3)}  body gain ${cost.toFixed(3)}`);
    if (gain > bestGain && cost >= 0) {
      bestGain = gain;
      best = model;
    }
  }
  for (const [column, name] of TAIL_FEATURES.entries()) console.log(`  ${name.padEnd(18)} ${(best.weights[column] ?? 0).toFixed(3)}`);
  console.log(`chosen threshold ${best.threshold} (gain ${bestGain.toFixed(3)} page-shares of words)`);
  if (values.write) {
    writeFileSync(OUTPUT, `${JSON.stringify(best, null, 1)}\n`);
    console.log(`wrote ${path.relative(root, OUTPUT)}`);
  }
}

main();
