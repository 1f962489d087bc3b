/**
 * Find where the article stands on the page: the stretch of blocks with the most running text
 * and the least furniture. Prose counts for its words, everything else against; the stretch with
 * the best total is found in one pass (the maximum-subarray scan), so menus, teasers and footers
 * fall outside while short paragraphs between paragraphs stay in. Comment sections and copyright
 * lines close a stretch outright, since comments are running text too.
 */
import { CLOSING_RULES } from './boilerplate.ts';
import type { BlockKind, ClassifiedBlock } from './classify.ts';

/** A stretch of blocks, by index, both ends included. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What each kind of block adds to a stretch, per block; prose adds its words. */
const KIND_SCORE: Readonly<Record<BlockKind, number>> = {
  prose: 0,
  sentence: 1,
  heading: -1.5,
  'list-like': -2,
  nav: -3,
  furniture: -3,
};

/** A teaser list weighs more against a stretch than other furniture: it marks the article's end. */
const RELATED_SCORE = -8;

/**
 * The stretch of `blocks` with the best score, leaving out the blocks `ignored` says to (repeats,
 * the header). Null when no block scores above zero.
 *
 * @example findArticleSpan(blocks, (index) => repeats.has(index)) // { start: 31, end: 58 }
 */
export function findArticleSpan(blocks: readonly ClassifiedBlock[], ignored: (index: number) => boolean): Span | null {
  const candidates: ScoredSpan[] = [];
  let best: ScoredSpan | null = null;
  let start = -1;
  let score = 0;
  const close = () => {
    if (best !== null) candidates.push(best);
    best = null;
    start = -1;
  };
  let furnitureRun = 0;
  for (const [index, block] of blocks.entries()) {
    if (ignored(index)) continue;
    if (block.rule !== null && CLOSING_RULES.has(block.rule)) {
      close();
      continue;
    }
    const value = scoreBlock(block);
    furnitureRun = block.rule !== null && BOX_RULES.has(block.rule) ? furnitureRun + 1 : 0;
    if (furnitureRun >= MAX_FURNITURE_RUN && best !== null && start >= 0) {
      // A whole box of furniture (share buttons, a newsletter form) after the text ends it.
      close();
      continue;
    }
    if (start < 0 || score <= 0) {
      if (value <= 0) continue;
      start = index;
      score = 0;
    }
    score += value;
    if (best === null || score > best.score) {
      best = { start, end: index, score };
    } else if (score - best.score < -MAX_GAP) {
      // A long run of furniture after the text ends the stretch: what follows is another one.
      close();
    }
  }
  close();
  // Comment threads and teaser lists after the article can hold more running text than the
  // article itself; the article is the first stretch that carries real weight.
  const top = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const chosen = candidates.find((candidate) => candidate.score >= Math.min(MIN_ARTICLE_SCORE, top * 0.5) && candidate.score >= top * 0.2);
  return chosen === undefined ? null : { start: chosen.start, end: chosen.end };
}

interface ScoredSpan extends Span {
  readonly score: number;
}

/** Furniture that comes in boxes after an article: share buttons, newsletter forms, legal links. */
const BOX_RULES: ReadonlySet<string> = new Set(['boilerplate-share', 'boilerplate-legal', 'cookie-notice']);

/** How many blocks of such furniture in a row a stretch may cross. */
const MAX_FURNITURE_RUN = 6;

/** How much furniture (in score) a stretch may cross before it ends. */
const MAX_GAP = 40;

/** A stretch with this score (about this many words of prose) is an article on its own. */
const MIN_ARTICLE_SCORE = 80;

/** What one block adds to the stretch it stands in. */
function scoreBlock(block: ClassifiedBlock): number {
  if (block.rule === 'teaser-run') return KIND_SCORE['list-like'];
  if (block.rule === 'related-stories') return block.kind === 'furniture' ? RELATED_SCORE : KIND_SCORE['list-like'];
  // An item of a list that is not a menu (a few words at least) belongs with the text around it.
  if (block.list !== null && block.rule === null && block.kind !== 'prose') return block.shape.words >= 2 ? 1 : -1;
  if (block.kind === 'prose') return block.shape.words;
  if (isLabelledEntry(block)) return LABELLED_ENTRY_SCORE;
  // A quoted post or passage (`> …`) goes with the text that quotes it.
  if (block.quoted && block.rule === null) return 0.5;
  if (block.kind === 'sentence') return KIND_SCORE.sentence + block.shape.words / 4;
  return KIND_SCORE[block.kind];
}

/**
 * A labelled line of a report's closing data, as match reports, results and award lists print
 * them: `Westmere: Hale; Brook, Marsh.`, `Referee: J Carter.`, `Attendance: 8,412.` A label, a
 * colon, and what it names, closed by a full stop; menus and prompts carry no full stop.
 */
function isLabelledEntry(block: ClassifiedBlock): boolean {
  return block.rule === null && block.kind !== 'nav' && /^\p{Lu}[\p{L}\p{N} .'’&-]{0,40}:\s+\S.*[.)]$/u.test(block.text);
}

/** What such a line adds: it goes with the report above it. */
const LABELLED_ENTRY_SCORE = 1;
