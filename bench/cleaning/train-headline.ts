/**
 * `node bench/cleaning/train-headline.ts [corpus] [--write]`: fit the headline model's weights
 * (`src/pipeline/stages/clean/headline-weights.json`) on the development folds of the cleaning
 * benchmark.
 *
 * Each development page's candidate lines (`headlineCandidatesOf`, read as ingest reads the
 * fold's folder: lines shared across its seeds count as furniture) are labelled by whether the
 * line is the gold `title` hint (`titleAgrees`); pages with no such line are left out. The model
 * is a conditional logit over each page's candidates (the softmax of the linear scores), fitted
 * by gradient ascent on the log-likelihood of the headline, with an L2 penalty that pulls every
 * weight towards the hand-set weights the rules had (`PRIOR`): with little data the rules stand,
 * and the pages move a weight only as far as they agree on it. The penalty's strength is chosen
 * by leaving out one development fold at a time: the strength whose weights give the left-out
 * pages' headlines the highest likelihood (ties to the stronger penalty, nearer the rules). The held-back fold
 * is never read.
 *
 * Deterministic: sorted pages, full-batch steps from fixed weights, rounded output; running it
 * again writes the same bytes. Without `--write` it says whether the shipped file is what it would
 * write. `--prior none` fits from zero instead of the rules; `--variants seeds,seeds-dup` adds the
 * corpus's copy of each page with its headline and body pasted twice.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { readPage } from '../../src/pipeline/stages/clean.ts';
import { headlineCandidatesOf } from '../../src/pipeline/stages/clean/header.ts';
import { HEADLINE_FEATURES, type HeadlineWeights } from '../../src/pipeline/stages/clean/headline-model.ts';
import { countLineKeys, findCommonLines } from '../../src/pipeline/stages/common-lines.ts';
import { decodeQuickly, decodeSeed } from '../../src/pipeline/stages/decode.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';
import { FOLDS, HELD_BACK, foldOf } from './folds-split.ts';
import { titleAgrees } from './title-agreement.ts';

/** The weights the hand-written rules gave; features they did not score weigh nothing. */
const PRIOR: HeadlineWeights = {
  distance: -0.3,
  headlineShaped: 3,
  usualLength: 1,
  length: 0,
  innerSentence: -2,
  longProse: -3,
  endsSentence: 0,
  titleCase: 0,
  aboveByline: 3,
  belowByline: 0,
  belowAuthor: -1.5,
  sharedWithLede: 1,
  ledeShare: 0,
  bodyShare: 0,
  creditBelow: -4,
  opensSeed: 1.5,
  printedAgain: 2,
  namedByPage: 3,
  quotedInShare: 1,
  teaser: -3,
  captionRun: -3,
};

/** The penalty strengths tried, weakest first. */
const PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10] as const;

/** Gradient steps, and their size. */
const STEPS = 10000;
const STEP_SIZE = 0.05;

/** One page's candidates: feature vectors in `HEADLINE_FEATURES` order, and which are the headline. */
interface Page {
  readonly id: string;
  readonly fold: number;
  readonly candidates: readonly (readonly number[])[];
  readonly positive: readonly boolean[];
}

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const weightsPath = path.join(root, 'src/pipeline/stages/clean/headline-weights.json');

/** The development pages of one fold, each with its candidates labelled. */
function readFold(corpus: string, variant: string, fold: number, ids: readonly string[]): Page[] {
  const bytes = new Map(ids.map((id) => [id, new Uint8Array(readFileSync(path.join(corpus, variant, `${id}.txt`)))]));
  const counts = new Map<string, number>();
  for (const seed of bytes.values()) {
    const text = decodeQuickly(seed);
    if (text !== null) countLineKeys(counts, text);
  }
  const context = { ...DEFAULT_CONTEXT, commonLines: findCommonLines(counts, ids.length) };
  const pages: Page[] = [];
  for (const id of ids) {
    const gold = String((JSON.parse(readFileSync(path.join(corpus, 'gold', `${id}.json`), 'utf8')) as { title?: string }).title ?? '');
    const seed = decodeSeed({ path: `${id}.txt` as SeedPath, bytes: bytes.get(id) ?? new Uint8Array(), sidecar: null }).value;
    const page = seed === null ? null : readPage(seed, context);
    if (page === null || gold === '') continue;
    const candidates = headlineCandidatesOf(page.blocks, page.span, page.ignored, context);
    const positive = candidates.map((candidate) => titleAgrees(page.blocks[candidate.index]?.text ?? '', gold));
    if (!positive.includes(true)) continue;
    pages.push({ id, fold, candidates: candidates.map((candidate) => HEADLINE_FEATURES.map((name) => candidate.features[name])), positive });
  }
  return pages;
}

function dot(weights: readonly number[], features: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) sum += (weights[index] ?? 0) * (features[index] ?? 0);
  return sum;
}

/** Fit the weights on `pages`, pulled towards the prior with strength `penalty`. */
function fit(pages: readonly Page[], penalty: number, prior: readonly number[]): number[] {
  const weights = [...prior];
  for (let step = 0; step < STEPS; step += 1) {
    const gradient = weights.map((weight, index) => -penalty * (weight - (prior[index] ?? 0)));
    for (const page of pages) {
      const scores = page.candidates.map((features) => dot(weights, features));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const good = exps.reduce((sum, value, index) => sum + (page.positive[index] ? value : 0), 0);
      // d log P(headline) / dw = E[features | headline] - E[features].
      page.candidates.forEach((features, candidate) => {
        const weight = (page.positive[candidate] ? (exps[candidate] ?? 0) / good : 0) - (exps[candidate] ?? 0) / total;
        features.forEach((value, index) => {
          gradient[index] = (gradient[index] ?? 0) + (weight * value) / pages.length;
        });
      });
    }
    for (let index = 0; index < weights.length; index += 1) weights[index] = (weights[index] ?? 0) + STEP_SIZE * (gradient[index] ?? 0);
  }
  return weights.map((weight) => Math.round(weight * 100) / 100);
}

/** The log-likelihood of the headlines of `pages` under the weights: how surely, not only whether, they are picked. */
function logLikelihood(pages: readonly Page[], weights: readonly number[]): number {
  let sum = 0;
  for (const page of pages) {
    const scores = page.candidates.map((features) => dot(weights, features));
    const top = Math.max(...scores);
    const exps = scores.map((score) => Math.exp(score - top));
    const good = exps.reduce((total, value, index) => total + (page.positive[index] ? value : 0), 0);
    sum += Math.log(good / exps.reduce((total, value) => total + value, 0));
  }
  return sum;
}

/** How many of `pages` the weights pick a headline on (the first best candidate, as `findTitle` takes it). */
function picked(pages: readonly Page[], weights: readonly number[]): number {
  return pages.filter((page) => {
    let best = -1;
    let bestScore = -Infinity;
    page.candidates.forEach((features, index) => {
      const score = dot(weights, features);
      if (score > bestScore) {
        bestScore = score;
        best = index;
      }
    });
    return page.positive[best] === true;
  }).length;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      prior: { type: 'string', default: 'rules' },
      variants: { type: 'string', default: 'seeds' },
    },
  });
  if (values.prior !== 'rules' && values.prior !== 'none') throw new Error(`--prior ${values.prior}: expected \`rules\` or \`none\``);
  const corpus = path.resolve(positionals[0] ?? path.join(root, '../shared/corpora/cleaning'));
  const ids = readdirSync(path.join(corpus, 'gold'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
  const folds = Array.from({ length: FOLDS }, (_, fold) => fold).filter((fold) => !HELD_BACK.has(fold));
  const variants = values.variants.split(',');
  const pages = folds.flatMap((fold) =>
    variants.flatMap((variant) =>
      readFold(
        corpus,
        variant,
        fold,
        ids.filter((id) => foldOf(id) === fold),
      ),
    ),
  );
  const prior = HEADLINE_FEATURES.map((name) => (values.prior === 'rules' ? PRIOR[name] : 0));
  console.log(`${pages.length} development pages with the headline among their candidates`);
  const count = (fold: number) => pages.filter((page) => page.fold === fold).length;
  const inFold = (fold: number) => pages.filter((page) => page.fold === fold);
  const row = (label: string, weightsOf: (fold: number) => readonly number[]) => {
    const hits = folds.map((fold) => picked(inFold(fold), weightsOf(fold)));
    const likelihood = folds.reduce((sum, fold) => sum + logLikelihood(inFold(fold), weightsOf(fold)), 0);
    console.log(
      `${label.padEnd(16)} ${hits.map((hit, at) => `fold ${folds[at]} ${hit}/${count(folds[at] ?? -1)}`).join('  ')}  all ${hits.reduce((a, b) => a + b, 0)}/${pages.length}  log-likelihood ${likelihood.toFixed(2)}`,
    );
    return likelihood;
  };
  row('rules', () => HEADLINE_FEATURES.map((name) => PRIOR[name]));
  // Each strength is judged on the folds left out of its fit: the one that gives their headlines
  // the highest likelihood, ties to the stronger penalty.
  let chosen: number = PENALTIES[PENALTIES.length - 1] ?? 1;
  let best = -Infinity;
  for (const penalty of PENALTIES) {
    const fitted = new Map(
      folds.map((fold) => [
        fold,
        fit(
          pages.filter((page) => page.fold !== fold),
          penalty,
          prior,
        ),
      ]),
    );
    const likelihood = row(`penalty ${penalty}`, (fold) => fitted.get(fold) ?? prior);
    if (likelihood >= best) {
      chosen = penalty;
      best = likelihood;
    }
  }
  const weights = fit(pages, chosen, prior);
  row(`fitted, ${chosen}`, () => weights);
  const file = {
    about: `Headline model weights (src/pipeline/stages/clean/headline-model.ts), fitted by bench/cleaning/train-headline.ts on the development folds ${folds.join(', ')} of the cleaning benchmark (${variants.join(' and ')}: ${pages.length} pages), pulled towards ${values.prior === 'rules' ? 'the hand-set rules' : 'zero'} with penalty ${chosen}.`,
    weights: Object.fromEntries(HEADLINE_FEATURES.map((name, index) => [name, weights[index] ?? 0])),
  };
  const text = `${JSON.stringify(file, null, 2)}\n`;
  if (values.write) {
    writeFileSync(weightsPath, text);
    console.log(`wrote ${path.relative(root, weightsPath)}`);
  } else {
    const shipped = readFileSync(weightsPath, 'utf8');
    console.log(
      shipped === text
        ? `${path.relative(root, weightsPath)} is what this run writes`
        : `${path.relative(root, weightsPath)} differs from what this run writes:\n${text}`,
    );
  }
}

main();
