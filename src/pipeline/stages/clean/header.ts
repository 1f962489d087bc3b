/**
 * Find the article's header around the start of the body: the headline, the standfirst (dek),
 * the byline and stamp lines, and the source's own summary (`TL;DR`, `Key points`).
 *
 * Pages put them in a few orders: headline, dek, byline, body (most news sites); headline,
 * byline, headline again, dek, `TL;DR`, summary, body (copied articles); headline, stamp line,
 * body (wire copy). The header is read from the blocks just before and at the start of the
 * article stretch.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Byline } from '../../types.ts';
import { readBylineLine, type BylineContext } from '../byline.ts';
import type { ClassifiedBlock } from './classify.ts';
import type { Span } from './region.ts';

/** The parts of the header, by block index. */
export interface Header {
  readonly title: number | null;
  readonly dek: number | null;
  /** Byline and stamp lines, with what each says. */
  readonly bylines: ReadonlyMap<number, Byline>;
  /** The summary label block (`TL;DR`), when it stands alone. */
  readonly summaryLabel: number | null;
  /** The summary's blocks, and the label's length when the summary follows it on the same line. */
  readonly summary: readonly number[];
  readonly inlineLabelLength: number;
  /** Blocks between the header and the first paragraph (roles, kickers) that are not body. */
  readonly extras: readonly number[];
  /** The first block of the body. */
  readonly bodyStart: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** How far before the article stretch the header may start, and into it the body may start. */
const LOOK_BEFORE = 20;
const LOOK_INTO = 8;

/** Summary labels as sites print them, alone on their line or followed by the summary. */
const SUMMARY_LABEL =
  /^(?:tl;?\s?dr|key points|key takeaways|highlights|in brief|in short|summary|at a glance|the big picture|quick read|story highlights|what you need to know)\b\s*(?:[:.\-–—]\s*)?/i;

/**
 * Read the header of a page whose article stretch is `span`. Blocks for which `ignored` is true
 * (repeats) are passed over.
 *
 * @example findHeader(blocks, { start: 3, end: 16 }, (index) => repeats.has(index), context).title // 0
 */
export function findHeader(
  blocks: readonly ClassifiedBlock[],
  span: Span,
  ignored: (index: number) => boolean,
  context: BylineContext,
): Header {
  const diagnostics: Diagnostic[] = [];
  const from = Math.max(0, span.start - LOOK_BEFORE);
  const to = Math.min(span.end, span.start + LOOK_INTO);
  const usable = (index: number) => !ignored(index) && blocks[index] !== undefined;

  // Byline and stamp lines: short lines near the start of the stretch that read as one.
  const bylines = new Map<number, Byline>();
  for (let index = from; index <= to; index += 1) {
    const block = blocks[index];
    if (!block || !usable(index) || block.kind === 'prose' || block.list !== null) continue;
    const read = readBylineLine({ line: block.line, text: block.text }, context);
    if (read === null) continue;
    bylines.set(index, read.value);
    diagnostics.push(...read.diagnostics);
  }
  const proseBetween = (start: number, end: number) => {
    let count = 0;
    for (let index = start; index < end; index += 1) if (usable(index) && blocks[index]?.kind === 'prose') count += 1;
    return count;
  };
  // A byline inside the stretch ends the header only if at most a headline and a dek precede it.
  const metaIndexes = [...bylines.keys()].filter((index) => index < span.start || proseBetween(span.start, index) <= 2);
  for (const index of bylines.keys()) if (!metaIndexes.includes(index)) bylines.delete(index);
  const firstMeta = metaIndexes[0] ?? null;
  const lastMeta = metaIndexes.at(-1) ?? null;

  // The summary label, and the dek before it.
  const label = findSummaryLabel(blocks, Math.max(from, (lastMeta ?? span.start - 3) + 1), to, usable);
  let bodyStart = Math.max(span.start, (lastMeta ?? -1) + 1);
  let summary: number[] = [];
  let inlineLabelLength = 0;
  let summaryLabel: number | null = null;
  if (label !== null) {
    if (label.inlineLength > 0) {
      summary = [label.index];
      inlineLabelLength = label.inlineLength;
    } else {
      summaryLabel = label.index;
      summary = collectSummary(blocks, label.index + 1, usable);
    }
    bodyStart = Math.max(bodyStart, (summary.at(-1) ?? label.index) + 1);
  }

  const titleLimit = firstMeta ?? (label?.index ?? bodyStart);
  const title = findTitle(blocks, from, Math.min(titleLimit, bodyStart), usable, bylines);
  let dek: number | null = null;
  const dekEnd = label?.index ?? firstMeta;
  if (title !== null && dekEnd !== null) dek = findDek(blocks, title + 1, dekEnd, usable, bylines);
  if (label !== null && dek === null) dek = findDek(blocks, (lastMeta ?? title ?? label.index) + 1, label.index, usable, bylines);

  // The body starts at its first paragraph: role lines and captions under the byline are header.
  const extras: number[] = [];
  if (lastMeta !== null || label !== null) {
    let index = bodyStart;
    // A repeat may open the body: the headline's sentence again, as the first paragraph.
    while (index <= span.end && index < bodyStart + LOOK_INTO && !startsBody(blocks[index])) {
      if (usable(index)) extras.push(index);
      index += 1;
    }
    if (index <= span.end && index < bodyStart + LOOK_INTO) bodyStart = index;
    else extras.length = 0;
  }
  return { title, dek, bylines, summaryLabel, summary, inlineLabelLength, extras, bodyStart, diagnostics };
}

function startsBody(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && (block.kind === 'prose' || block.kind === 'sentence');
}

function findSummaryLabel(
  blocks: readonly ClassifiedBlock[],
  from: number,
  to: number,
  usable: (index: number) => boolean,
): { index: number; inlineLength: number } | null {
  for (let index = Math.max(0, from); index <= to; index += 1) {
    const block = blocks[index];
    if (!block || !usable(index)) continue;
    const match = SUMMARY_LABEL.exec(block.text);
    if (!match) continue;
    const label = match[0];
    if (block.text.length === label.length) return { index, inlineLength: 0 };
    // `Key points: …` carries the summary; `Summary of the case was read` is a sentence.
    if (/[:.\-–—]\s*$/.test(label)) return { index, inlineLength: label.length };
  }
  return null;
}

/** The summary after its label: one paragraph, or the items of a list. */
function collectSummary(blocks: readonly ClassifiedBlock[], start: number, usable: (index: number) => boolean): number[] {
  let index = start;
  while (index < blocks.length && !usable(index)) index += 1;
  const first = blocks[index];
  if (!first) return [];
  if (first.list === null) return first.kind === 'prose' || first.kind === 'sentence' ? [index] : [];
  const items: number[] = [];
  while (index < blocks.length && (blocks[index]?.list !== null || !usable(index))) {
    if (usable(index)) items.push(index);
    index += 1;
  }
  return items;
}

/**
 * The headline: the nearest block before `limit` that reads as one (a few words, no full stop,
 * not a menu entry or furniture). Failing that, a first block that is not a paragraph.
 */
function findTitle(
  blocks: readonly ClassifiedBlock[],
  from: number,
  limit: number,
  usable: (index: number) => boolean,
  bylines: ReadonlyMap<number, Byline>,
): number | null {
  let fallback: number | null = null;
  for (let index = limit - 1; index >= from; index -= 1) {
    const block = blocks[index];
    if (!block || !usable(index) || bylines.has(index)) continue;
    if (block.kind === 'furniture' || block.kind === 'nav') continue;
    if (isHeadlineLike(block)) return index;
    if (fallback === null && index >= limit - 2 && block.shape.words <= 40) fallback = index;
  }
  if (fallback !== null) return fallback;
  const first = blocks.findIndex((block, index) => usable(index) && block.kind !== 'furniture' && block.kind !== 'nav');
  return first >= 0 && first < limit && (blocks[first]?.shape.words ?? 0) <= 40 ? first : null;
}

function isHeadlineLike(block: ClassifiedBlock): boolean {
  const { words } = block.shape;
  return words >= 3 && words <= 30 && block.list === null && !/[.:,;]$/.test(block.text);
}

/** The dek: the first paragraph between the headline and the byline (or the summary label). */
function findDek(
  blocks: readonly ClassifiedBlock[],
  start: number,
  end: number,
  usable: (index: number) => boolean,
  bylines: ReadonlyMap<number, Byline>,
): number | null {
  for (let index = start; index < end; index += 1) {
    const block = blocks[index];
    if (!block || !usable(index) || bylines.has(index)) continue;
    if (block.kind === 'prose' || block.kind === 'sentence') return index;
  }
  return null;
}
