/**
 * Find the article in a seed: its title, byline, dek, summary and body, each kept once.
 *
 * Every line with text ends up either in one of those fields or in `dropped`, with its line
 * number and the rule that dropped it, so nothing a seed says is lost without a trace.
 */
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { Byline, CleanArticle, DroppedText, Paragraph, SeedText, SourceLine } from '../types.ts';
import { parseByline, type BylineContext } from './byline.ts';

/** The tables cleaning reads against. */
export type CleanContext = BylineContext;

/** How many blocks under the title may hold the byline, the repeated title and the dek. */
const HEADER_BLOCKS = 6;

/** Summary labels as sites print them, alone on their line or followed by the summary. */
const SUMMARY_LABEL = /^(?:tl;?\s?dr|key points|highlights|in brief|summary|at a glance)\s*[:.\-–—]?\s*/i;

const NO_BYLINE: Byline = { author: null, outlet: null, published: null };

/**
 * Clean a decoded seed into an article. Returns null when the seed has no text at all.
 *
 * @example cleanSeed(seedText, context).value.body[0]
 *   // { id: 'p-1', text: 'The Central Intelligence Agency carried out a drone strike …' }
 */
export function cleanSeed(seed: SeedText, context: CleanContext): Staged<CleanArticle | null> {
  const blocks = seed.lines.filter((line) => line.text.trim() !== '').map(trimLine);
  const [titleBlock, ...rest] = blocks;
  if (!titleBlock) return { value: null, diagnostics: [] };

  const diagnostics: Diagnostic[] = [];
  const dropped: DroppedText[] = [];
  const drop = (rule: string, block: SourceLine) => dropped.push({ rule, line: block.line, text: block.text });
  const title = titleBlock.text;
  const titleKey = comparable(title);
  const kept = new Set([titleKey]);
  const keep = (text: string) => kept.add(comparable(text));

  let byline: Byline | null = null;
  let dek: string | null = null;
  let summary: string | null = null;
  let summaryFollows = false;
  const bodyBlocks: SourceLine[] = [];

  for (const [index, block] of rest.entries()) {
    const inHeader = index < HEADER_BLOCKS && summary === null && bodyBlocks.length <= 1;
    const label: string | null = summary === null ? matchSummaryLabel(block.text) : null;
    const blockByline: Byline | null = inHeader && byline === null ? readByline(block, context, diagnostics) : null;
    const key = comparable(block.text);
    if (key === titleKey) {
      drop('repeated-title', block);
    } else if (blockByline) {
      byline = blockByline;
    } else if (summaryFollows) {
      summaryFollows = false;
      summary = block.text;
      keep(summary);
    } else if (label) {
      // A standfirst sits between the headline and the summary: one block there is the dek.
      if (inHeader && bodyBlocks.length === 1) dek = bodyBlocks.pop()?.text ?? null;
      const inline: string = block.text.slice(label.length).trim();
      if (inline === '') {
        drop('summary-label', block);
        summaryFollows = true;
      } else {
        summary = inline;
        keep(summary);
      }
    } else if (kept.has(key)) {
      drop('duplicate-paragraph', block);
    } else {
      kept.add(key);
      bodyBlocks.push(block);
    }
  }
  if (byline === null) {
    diagnostics.push(warning('no-byline', 'Found no byline under the title; the briefing has no author, outlet or date'));
  }

  const body: Paragraph[] = bodyBlocks.map((block, index) => ({ id: `p-${index + 1}`, text: block.text }));
  return { value: { title, dek, summary, byline: byline ?? NO_BYLINE, body, dropped }, diagnostics };
}

function readByline(block: SourceLine, context: CleanContext, diagnostics: Diagnostic[]): Byline | null {
  const parsed = parseByline(block, context);
  if (!parsed) return null;
  diagnostics.push(...parsed.diagnostics);
  return parsed.value;
}

/**
 * The summary label a block starts with: `TL;DR` alone on its line, or `Key points:` before the
 * summary itself; not a sentence that merely starts with "Summary".
 */
function matchSummaryLabel(text: string): string | null {
  const label = SUMMARY_LABEL.exec(text)?.[0];
  if (label === undefined) return null;
  return text.length === label.length || /[:.\-–—]\s*$/.test(label) ? label : null;
}

function trimLine(line: SourceLine): SourceLine {
  return { line: line.line, text: line.text.trim().replace(/\s+/g, ' ') };
}

/** A form of a block's text for spotting repeats: case, spacing and punctuation ignored. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
