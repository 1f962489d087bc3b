/**
 * Cut a seed's lines into blocks: the paragraphs, headings, list items and menu entries the page
 * was made of. Text saved from a page puts one block on each line, with or without blank lines
 * between them; text saved from mail or a terminal is hard-wrapped at a fixed width, and its
 * lines are joined back into paragraphs.
 */
import type { SourceLine } from '../../types.ts';

/** Where a block stands in a list, when it is a list item. */
export interface ListMark {
  readonly ordered: boolean;
  /** The marker as printed: `•`, `-`, `3.`, `2)`. */
  readonly marker: string;
  /** The item's number in an ordered list. */
  readonly number: number | null;
  /** Which list of the seed the item belongs to: items of one list share it. */
  readonly group: number;
}

/** One block of a seed: a paragraph, a heading, a list item, a menu entry. */
export interface Block {
  /** Line of the seed the block starts on. */
  readonly line: number;
  /** How many lines of the seed it spans (hard-wrapped paragraphs span several). */
  readonly lineCount: number;
  /** The block's lines as in the seed, trimmed, joined with one space. */
  readonly source: string;
  /** What a reader sees: the source without its list marker, when it is a list item. */
  readonly text: string;
  /** Index of the stretch of non-blank lines the block stands in. */
  readonly run: number;
  /** How many blocks that stretch holds: menus are long stretches of one-line blocks. */
  readonly runSize: number;
  readonly list: ListMark | null;
  /** Whether the block is quoted, `> …`, as saved pages print embedded posts and block quotes. */
  readonly quoted: boolean;
}

/** A hard-wrapped stretch is at most this wide; wider lines are paragraphs on their own. */
const MAX_WRAP_WIDTH = 120;
const MIN_WRAP_WIDTH = 30;

/**
 * List markers: a bullet, or a number or letter with `.` or `)`, then a space. One character
 * class and a bounded count each: linear on any line.
 */
const LIST_MARKER = /^(?:([•·▪◦‣●○■□►▸➤→*+\-–])|(\d{1,3})[.)]|\(?([a-z])\))\s+(?=\S)/u;

/**
 * Cut lines into blocks.
 *
 * @example segmentLines([{ line: 1, text: 'Headline' }, { line: 2, text: '' }, { line: 3, text: 'First paragraph.' }])
 *   // two blocks: 'Headline' (line 1, run 0) and 'First paragraph.' (line 3, run 1)
 */
export function segmentLines(lines: readonly SourceLine[]): Block[] {
  const runs = splitRuns(lines);
  const blocks: Block[] = [];
  for (const [index, run] of runs.entries()) {
    const pieces = joinWrapped(run);
    for (const piece of pieces) {
      const source = piece.map((line) => line.text).join(' ');
      const quoted = QUOTE_MARKER.test(source);
      blocks.push({
        line: piece[0]?.line ?? 0,
        lineCount: piece.length,
        source,
        // A reader sees the quoted words, not the marks that quote them on each line.
        text: quoted ? piece.map((line) => line.text.replace(QUOTE_MARKER, '')).join(' ') : source,
        run: index,
        runSize: pieces.length,
        list: null,
        quoted,
      });
    }
  }
  return markLists(blocks);
}

/** The marks that quote a line, `> ` (twice for a quote in a quote). */
const QUOTE_MARKER = /^(?:>\s?)+/u;

/** Stretches of non-blank lines, each line trimmed; a line of quote marks alone is the blank line of a quote. */
function splitRuns(lines: readonly SourceLine[]): SourceLine[][] {
  const runs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || /^(?:>\s*)+$/u.test(text)) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else {
      current.push(text === line.text ? line : { line: line.line, text });
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * Join the lines of a hard-wrapped stretch back into paragraphs. A stretch is hard-wrapped when
 * its lines break where a greedy wrapper at the stretch's width breaks: the next line's first
 * word would not have fitted on the line before. A short line then ends a paragraph.
 */
function joinWrapped(run: readonly SourceLine[]): SourceLine[][] {
  if (run.length < 2 || !isHardWrapped(run)) return run.map((line) => [line]);
  const width = widthOf(run);
  const pieces: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const [index, line] of run.entries()) {
    const next = run[index + 1];
    if (current.length > 0 && LIST_MARKER.test(line.text)) {
      pieces.push(current);
      current = [];
    }
    current.push(line);
    if (next === undefined || !breaksLikeWrap(line.text, next.text, width) || LIST_MARKER.test(next.text)) {
      pieces.push(current);
      current = [];
    }
  }
  return pieces;
}

function isHardWrapped(run: readonly SourceLine[]): boolean {
  const width = widthOf(run);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  let wraps = 0;
  let lowerStarts = 0;
  for (let index = 0; index + 1 < run.length; index += 1) {
    const line = run[index]?.text ?? '';
    const next = run[index + 1]?.text ?? '';
    if (!breaksLikeWrap(line, next, width)) continue;
    wraps += 1;
    // Prose wrapped mid-sentence goes on in lower case; a list of headlines never does.
    if (/^\p{Ll}/u.test(next) || /[,;-]$/u.test(line)) lowerStarts += 1;
  }
  const boundaries = run.length - 1;
  return wraps >= Math.max(1, boundaries / 2) && lowerStarts >= Math.max(1, wraps / 3);
}

/** Whether a greedy wrapper at `width` would have broken `line` before `next`'s first word. */
function breaksLikeWrap(line: string, next: string, width: number): boolean {
  const firstWord = /^\S+/.exec(next)?.[0] ?? '';
  return line.length >= width * 0.7 && line.length + 1 + firstWord.length > width - 1;
}

function widthOf(run: readonly SourceLine[]): number {
  return run.reduce((widest, line) => Math.max(widest, line.text.length), 0);
}

/**
 * Mark list items: two or more blocks in a row with the same kind of marker (a bullet, or
 * numbers counting up). A lone `- foo` or `1. foo` stays a plain block, marker and all. A
 * numbered list goes on past one block between two of its items when the count carries on (a
 * shop's link under each item); that block is not an item.
 */
function markLists(blocks: Block[]): Block[] {
  const marks = blocks.map((block) => readMarker(block.source));
  const result = [...blocks];
  let start = 0;
  let group = 0;
  while (start < blocks.length) {
    const items = marks[start] ? listItemsFrom(marks, start) : [start];
    if (items.length >= 2) {
      for (const index of items) {
        const block = blocks[index];
        const mark = marks[index];
        if (block && mark) result[index] = { ...block, text: block.source.slice(mark.length), list: { ...mark.list, group } };
      }
      group += 1;
    }
    start = (items.at(-1) ?? start) + 1;
  }
  return result;
}

/** The indexes of the items of the list whose first item is at `start`. */
function listItemsFrom(marks: readonly (MarkerMatch | null)[], start: number): number[] {
  const items = [start];
  for (;;) {
    const last = items.at(-1) ?? start;
    const previous = marks[last] ?? null;
    if (continuesList(previous, marks[last + 1] ?? null)) items.push(last + 1);
    else if (previous?.list.ordered === true && marks[last + 1] === null && continuesList(previous, marks[last + 2] ?? null)) items.push(last + 2);
    else return items;
  }
}

interface MarkerMatch {
  readonly list: Omit<ListMark, 'group'>;
  /** Characters taken by the marker and the spaces after it. */
  readonly length: number;
}

function readMarker(text: string): MarkerMatch | null {
  const match = LIST_MARKER.exec(text);
  if (!match) return null;
  const [whole, bullet, digits, letter] = match;
  const marker = whole.trim();
  if (bullet !== undefined) return { list: { ordered: false, marker, number: null }, length: whole.length };
  const number = digits !== undefined ? Number(digits) : (letter ?? 'a').charCodeAt(0) - 96;
  return { list: { ordered: true, marker, number }, length: whole.length };
}

function continuesList(previous: MarkerMatch | null, next: MarkerMatch | null): boolean {
  if (!previous || !next) return false;
  if (!previous.list.ordered) return !next.list.ordered && next.list.marker === previous.list.marker;
  return next.list.ordered && next.list.number === (previous.list.number ?? 0) + 1 && sameDelimiter(previous, next);
}

function sameDelimiter(previous: MarkerMatch, next: MarkerMatch): boolean {
  return previous.list.marker.slice(-1) === next.list.marker.slice(-1);
}
