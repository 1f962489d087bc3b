/**
 * How much each measure of a candidate line counts towards its being the headline: a linear score
 * over named features, with weights fitted on the development pages of the cleaning benchmark
 * (`bench/cleaning/train-headline.ts`) and shipped as `headline-weights.json`. The line with the
 * highest score among the candidates is the headline; which lines are candidates at all (never a
 * menu, a credit or a control) is decided by rules before any score (`header.ts`).
 */
import weightsFile from './headline-weights.json' with { type: 'json' };

/** The features of a candidate line, in the order the weights file lists them. */
export const HEADLINE_FEATURES = [
  /** Candidate lines between this one and the end of the header, counted from the byline or the body up. */
  'distance',
  /** A few words (3 to 30), no list item, not ending in `.`, `:`, `,` or `;`. */
  'headlineShaped',
  /** 4 to 15 words: the length of most headlines. */
  'usualLength',
  /** Words, up to 40, as a share of 40 (a pair of characters in scripts without spaces counts as one). */
  'length',
  /** Two sentences or more in the line: a dek or a caption. */
  'innerSentence',
  /** Running text of more than 25 words. */
  'longProse',
  /** Ends as a sentence does. */
  'endsSentence',
  /** The share of its words that start with a capital. */
  'titleCase',
  /** A byline line follows, with at most a dek between. */
  'aboveByline',
  /** The line stands below the first byline line. */
  'belowByline',
  /** The line stands below a byline line that names the author. */
  'belowAuthor',
  /** Words shared with the first paragraphs, up to 3. */
  'sharedWithLede',
  /** The share of the line's words that the first paragraphs have. */
  'ledeShare',
  /** The share of the line's words that the body's first paragraphs (up to 20) have. */
  'bodyShare',
  /** A photo credit follows: the line is a caption. */
  'creditBelow',
  /** The seed's first line of text. */
  'opensSeed',
  /** Printed again elsewhere on the page (a share box, a breadcrumb). */
  'printedAgain',
  /** Named by the page's own title on the seed's first line. */
  'namedByPage',
  /** Quoted after a share box's words (`Share this story: …`). */
  'quotedInShare',
  /** Stands in a list of teasers (`Related`, `Trending`). */
  'teaser',
  /** One of a run of photo captions: it and the line next to it each open with a person's name, in a few words. */
  'captionRun',
] as const;

/** The name of one feature. */
export type HeadlineFeature = (typeof HEADLINE_FEATURES)[number];

/** A candidate's features, by name. */
export type HeadlineFeatures = Readonly<Record<HeadlineFeature, number>>;

/** Weights by feature name. */
export type HeadlineWeights = Readonly<Record<HeadlineFeature, number>>;

/** The weights file: where they came from, and one weight per feature. */
export interface HeadlineWeightsFile {
  readonly about: string;
  readonly weights: Readonly<Record<string, number>>;
}

/** The weights a file gives, every feature's (a feature it leaves out weighs nothing). */
export function loadHeadlineWeights(file: HeadlineWeightsFile): HeadlineWeights {
  return Object.fromEntries(HEADLINE_FEATURES.map((name) => [name, file.weights[name] ?? 0])) as HeadlineWeights;
}

/** The shipped weights. */
export const HEADLINE_WEIGHTS: HeadlineWeights = loadHeadlineWeights(weightsFile);

/**
 * How much a candidate reads as the headline: the sum of its features times their weights.
 *
 * @example scoreHeadline({ ...features, aboveByline: 1 }, HEADLINE_WEIGHTS) // higher than with aboveByline: 0
 */
export function scoreHeadline(features: HeadlineFeatures, weights: HeadlineWeights = HEADLINE_WEIGHTS): number {
  let score = 0;
  for (const name of HEADLINE_FEATURES) score += features[name] * weights[name];
  return score;
}
