/**
 * Sort the blocks of a page into kinds by how they look (prose, short sentence, heading, menu
 * entry, furniture), the way a reader skimming the page would, without a list of phrases.
 */
import { isCommonLine } from '../common-lines.ts';
import { isDatelineOnly } from '../dateline.ts';
import { matchBlockRule } from './boilerplate.ts';
import { comparable, measureText, type TextShape } from './features.ts';
import type { Block } from './segment.ts';

/** What a block looks like. */
export type BlockKind =
  /** A paragraph of running text. */
  | 'prose'
  /** A short sentence: a paragraph of a few words that ends like a sentence. */
  | 'sentence'
  /** A short line that is not a sentence: a heading, a label, a headline in a list. */
  | 'heading'
  /** Longer text that does not read as prose: capitalised like a menu, no sentence marks. */
  | 'list-like'
  /** One entry of a menu: a short line in a long stretch of short lines. */
  | 'nav'
  /** Page furniture a block rule recognises. */
  | 'furniture';

/** A block with its measures and its kind. */
export interface ClassifiedBlock extends Block {
  readonly shape: TextShape;
  readonly kind: BlockKind;
  /** The rule that names the furniture, for `furniture` and `nav` blocks. */
  readonly rule: string | null;
  /** The text with case, spacing and punctuation ignored, to spot repeats. */
  readonly key: string;
}

/** A stretch of at least this many short lines is a menu. */
const MENU_RUN = 4;

/**
 * Classify every block of a page. `commonLines` are the keys of lines many seeds share.
 *
 * @example classifyBlocks(segmentLines(lines)).map((block) => block.kind) // ['nav', 'nav', …, 'heading', 'prose', …]
 */
export function classifyBlocks(blocks: readonly Block[], commonLines: ReadonlySet<string> = new Set()): ClassifiedBlock[] {
  const classified = blocks.map((block): ClassifiedBlock => {
    const shape = measureText(block.text);
    const key = comparable(block.text);
    // A wire dateline (`NAIROBI, Kenya (AP) _`) opens many stories, and is each story's own.
    const common = isCommonLine(key, shape.words, commonLines) && !isDatelineOnly(block.text);
    const rule = matchBlockRule(block.text, shape) ?? (common ? 'boilerplate-common' : null);
    return { ...block, shape, kind: rule === null ? kindOf(shape, block) : 'furniture', rule, key };
  });
  return markExcerptRuns(markTeaserRuns(markMenus(markRelatedLists(markTableRows(classified)))));
}

/** Teasers in a row a list of excerpts shows at least; one cut-off line may be a quote trailing off. */
const MIN_EXCERPTS = 3;

/** An excerpt cut off by the page: it ends with an ellipsis, a `Read more` link after it or not. */
const CUT_OFF = /(?:\.\.\.|…)\s*(?:\[?(?:read more|more|continue reading)\]?)?$/iu;

/**
 * A list of teasers printed as excerpts (`Headline PLACE: The first words of the story…`, line
 * after line): at least three blocks in a row, each cut off with an ellipsis. An article's own
 * paragraphs end with their sentences.
 */
function markExcerptRuns(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  return markRuns(blocks, (block) => block.rule === null && CUT_OFF.test(block.text), MIN_EXCERPTS, (block) => ({ ...block, rule: 'teaser-run' }));
}

/** Blocks in runs of at least `minimum` in a row that each `matches`, given by `mark`; the others as they are. */
function markRuns(
  blocks: readonly ClassifiedBlock[],
  matches: (block: ClassifiedBlock) => boolean,
  minimum: number,
  mark: (block: ClassifiedBlock) => ClassifiedBlock,
): ClassifiedBlock[] {
  const result = [...blocks];
  let start = 0;
  for (let index = 0; index <= blocks.length; index += 1) {
    const block = blocks[index];
    if (block !== undefined && matches(block)) continue;
    if (index - start >= minimum) for (let at = start; at < index; at += 1) result[at] = mark(blocks[at] as ClassifiedBlock);
    start = index + 1;
  }
  return result;
}

/** A teaser list's date lines: `November 16, 2016`, `22 August 2019`, `2019-11-20 14:35`. */
const DATE_ONLY =
  /^(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?)?$/i;

/** Most blocks a teaser takes between two date lines: a section label, a headline, a standfirst. */
const MAX_TEASER_BLOCKS = 3;

/** Date lines a list of teasers shows at least; one or two dates are a header's. */
const MIN_TEASER_DATES = 3;

/**
 * Lists of teasers printed with a date under each headline (`Section`, `Headline`, `Date`, again
 * and again): at least three date lines, each right under a headline of a few words, equally far
 * apart and at most a few blocks. Running text ends the list. The headlines and dates are the
 * list's; nothing in it is the article's header or its byline.
 */
function markTeaserRuns(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const result = [...blocks];
  const isDate = (block: ClassifiedBlock) => block.rule === 'boilerplate-timestamp' || (block.shape.words <= 8 && DATE_ONLY.test(block.text));
  const isHeadline = (block: ClassifiedBlock) =>
    (block.rule === null || block.rule === 'related-stories') && block.kind !== 'prose' && block.shape.words >= 4 && block.shape.words <= 25;
  let dates: number[] = [];
  const close = () => {
    const run = regularStretch(dates);
    const first = run[0];
    const last = run.at(-1);
    if (first !== undefined && last !== undefined && run.length >= MIN_TEASER_DATES) {
      // The first teaser takes as many blocks before its date as the others take between theirs.
      const width = (run[1] ?? first) - first - 1;
      for (let index = Math.max(0, first - width); index <= last; index += 1) {
        const block = result[index];
        if (block && (block.rule === null || block.rule === 'boilerplate-timestamp')) result[index] = { ...block, rule: 'teaser-run' };
      }
    }
    dates = [];
  };
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'prose' && block.rule === null) {
      close();
      continue;
    }
    if (!isDate(block)) continue;
    // A teaser's date stands under its headline; a date under a name or a label is a header's.
    const previous = blocks[index - 1];
    if (previous === undefined || !isHeadline(previous)) {
      close();
      continue;
    }
    const last = dates.at(-1);
    if (last !== undefined && index - last - 1 > MAX_TEASER_BLOCKS) close();
    dates.push(index);
  }
  close();
  return result;
}

/**
 * The longest stretch of `indexes` equally far apart: a list's teasers all have the same parts,
 * and a date line of the header just above the list stands at another distance.
 */
function regularStretch(indexes: readonly number[]): readonly number[] {
  let best: readonly number[] = indexes.slice(0, 1);
  let start = 0;
  for (let end = 2; end <= indexes.length; end += 1) {
    const gap = (indexes[start + 1] ?? 0) - (indexes[start] ?? 0);
    if (end < indexes.length && (indexes[end] ?? 0) - (indexes[end - 1] ?? 0) === gap) continue;
    if (end - start > best.length) best = indexes.slice(start, end);
    start = end - 1;
  }
  return best;
}

/** Rows of a table saved as text: lines with three figures or more, four such lines in a row. */
const TABLE_ROWS = 4;

/**
 * Tables of results (standings, scores, prices) come out of a page as lines of figures. A run of
 * such lines reads as the article's own text, not as a menu.
 */
function markTableRows(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const isRow = (block: ClassifiedBlock) => block.rule === null && block.kind !== 'prose' && (block.text.match(/\d+(?:[.,:]\d+)*/g)?.length ?? 0) >= 3;
  return markRuns(blocks, isRow, TABLE_ROWS, (block) => ({ ...block, kind: 'sentence' }));
}

function kindOf(shape: TextShape, block: Block): BlockKind {
  // A wire dateline on its own line opens the story that follows it.
  if (shape.words <= 8 && isDatelineOnly(block.text)) return 'sentence';
  // A teaser cut off mid-sentence ("Two people in China have been diagnosed with the plague,...").
  if (/(?:\.\.\.|…)$/.test(block.text) && shape.words >= 4 && shape.words < 25) return 'list-like';
  // A link's text and its title saved side by side: `Best TV deals Best TV deals`.
  if (isDoubled(block.text)) return 'list-like';
  // Links flattened onto one line: `Ascom | Hospital Solutions Ascom | Senior Care Solution | …`.
  if ((block.text.match(/\s[|•·]\s/g)?.length ?? 0) >= 3) return 'list-like';
  const proseCase = shape.capitalized < 0.6 || shape.words >= 30;
  if (shape.words >= 10 && proseCase && (shape.endsSentence || shape.hasInnerSentence || shape.words >= 20)) return 'prose';
  if (shape.words >= 2 && shape.endsSentence && shape.capitalized < 0.75) return 'sentence';
  if (shape.words >= 10) return 'list-like';
  return 'heading';
}

/**
 * Menus and link lists: stretches of one-line blocks without blank lines between them, where
 * most lines are short and none is prose, or where most lines do not end as sentences do (a
 * list of headlines). Paragraphs one per line, as copied text often has them, end in full stops.
 */
function markMenus(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const result = [...blocks];
  let start = 0;
  while (start < blocks.length) {
    const run = blocks[start]?.run;
    let end = start;
    while (end < blocks.length && blocks[end]?.run === run) end += 1;
    const members = blocks.slice(start, end);
    const listed = members.some((block) => block.list !== null || block.quoted);
    // Quantities, scores and table rows: lines of figures are content, menus are words.
    const figures = members.filter((block) => /\d/.test(block.text)).length;
    const short = members.filter((block) => block.kind === 'heading' || block.kind === 'furniture').length;
    const prose = members.filter((block) => block.kind === 'prose').length;
    const unfinished = members.filter((block) => !block.shape.endsSentence).length;
    // A bulleted list or a block quote is kept; whether it is the article's is for the stretch to say.
    const menu = members.length >= MENU_RUN && ((prose === 0 && short >= members.length * 0.75) || unfinished >= members.length * 0.75);
    if (!listed && menu && figures < members.length * 0.6) {
      for (let index = start; index < end; index += 1) {
        const block = result[index];
        if (block && block.rule === null && !block.shape.endsSentence) result[index] = { ...block, kind: 'nav', rule: 'boilerplate-nav' };
      }
    }
    start = end;
  }
  return result;
}

/**
 * The headlines under a teaser heading (`Related Articles`, `Most Popular`) are teasers too, up
 * to the next paragraph of running text.
 */
function markRelatedLists(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const result = [...blocks];
  let left = 0;
  let listRun: number | null = null;
  // A ranked list (`Most Read`) may print each number on a line of its own (a line many pages
  // share, so furniture or not): the line after a number that carries the count on is the next
  // teaser, however long it runs.
  let count = 0;
  let afterRank = false;
  for (const [index, block] of blocks.entries()) {
    const rank = Number(RANK_LINE.exec(block.text)?.[1] ?? Number.NaN);
    if (block.rule === 'related-stories') {
      // A heading that heads its own stretch; `Latest` inside a menu heads nothing. A heading
      // with its teasers on the lines under it heads those lines only.
      const heads = block.runSize === 1 || blocks[index - 1]?.run !== block.run;
      if (heads) {
        left = MAX_TEASERS;
        listRun = block.runSize > 1 ? block.run : null;
        count = 0;
      }
    } else if (left > 0 && rank === count + 1) {
      if (block.rule === null) result[index] = { ...block, rule: 'related-stories' };
      left -= 1;
    } else if (left > 0 && !afterRank && (endsList(block, blocks[index + 1]) || (listRun !== null && block.run !== listRun))) {
      left = 0;
    } else if (left > 0 && block.rule === null) {
      // The teasers keep their look (and weight in the stretch); only their rule changes.
      result[index] = { ...block, rule: 'related-stories' };
      left -= 1;
    }
    afterRank = left > 0 && rank === count + 1;
    if (afterRank) count += 1;
  }
  return result;
}

/** A rank on a line of its own: `1.`, `2)`, `3`. */
const RANK_LINE = /^(\d{1,2})[.)]?$/u;

/** A teaser list is at most this long; past it, the heading is not believed any more. */
const MAX_TEASERS = 24;

/**
 * Whether a block is running text again after a teaser list: a full paragraph, or two paragraphs
 * in a row. A teaser's headline, even with a comma or a question mark in it, is neither.
 */
function endsList(block: ClassifiedBlock, next: ClassifiedBlock | undefined): boolean {
  if (block.kind === 'sentence') return block.shape.words >= 8;
  if (block.kind !== 'prose') return false;
  return (block.shape.endsSentence && block.shape.words >= 16) || (next?.kind === 'prose' && block.shape.endsSentence);
}

/** Whether a text is one phrase written twice in a row. */
function isDoubled(text: string): boolean {
  const middle = text.length / 2;
  if (text.length < 20 || text.length > 400 || !Number.isInteger(middle - 0.5)) return false;
  return text.slice(0, middle - 0.5) === text.slice(middle + 0.5) && text.charAt(middle - 0.5) === ' ';
}
