/**
 * Find the article's header around the start of the body: the headline, the standfirst (dek),
 * the byline and stamp lines, and the source's own summary (`TL;DR`, `Key points`).
 *
 * Pages put them in a few orders: headline, dek, byline, body (most news sites); headline,
 * byline, headline again, dek, `TL;DR`, summary, body (copied articles); headline, stamp line,
 * body (wire copy). The header is read from the blocks just before and at the start of the
 * article stretch.
 */
import type { Diagnostic, Staged } from '../../diagnostics.ts';
import type { Byline, SourceLine } from '../../types.ts';
import type { Outlet } from '../../reference/outlets.ts';
import { isPersonName, readBylineLine, type BylineContext } from '../byline.ts';
import { opensWithDateline, readDateline } from '../dateline.ts';
import { COMMENT_THREAD_HEADING } from './boilerplate.ts';
import type { ClassifiedBlock } from './classify.ts';
import { comparable } from './features.ts';
import { scoreHeadline, type HeadlineFeatures } from './headline-model.ts';
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

/**
 * Under the page's masthead, a label of a few words in title case naming nothing the text names
 * is a section's name, in whatever language (`Economía y Negocios`): a headline that short names
 * what the text is about. A seed's own first line is its headline, whatever it says, and so is a
 * short line in sentence case (`River rose again`), which reads as a headline, not a name.
 */
function isSectionLabel(block: ClassifiedBlock, index: number, shared: number): boolean {
  return index > 0 && isLabelShaped(block, shared);
}

/** A few words in title case naming nothing the text names: shaped like a section's label, wherever it stands. */
function isLabelShaped(block: ClassifiedBlock, shared: number): boolean {
  return block.shape.words <= MAX_LABEL_WORDS && block.shape.capitalized >= TITLE_CASE_SHARE && shared === 0;
}

/** The share of capitalised words from which a short line is in title case (`Nachrichten aus aller Welt`). */
const TITLE_CASE_SHARE = 0.5;

/** Most words of a section's label. */
const MAX_LABEL_WORDS = 4;

/** An opening line longer than this is the first paragraph, not a headline. */
const MAX_OPENING_TITLE_WORDS = 40;

/**
 * How far before the article stretch the header may start, in blocks (see `PASSED_OVER`), and
 * how far into the stretch the body may start.
 */
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
export function findHeader(blocks: readonly ClassifiedBlock[], span: Span, ignored: (index: number) => boolean, context: BylineContext): Header {
  const frame = readHeaderFrame(blocks, span, ignored, context);
  const { usable, bylines, firstMeta, lastMeta, label, summary, inlineLabelLength, summaryLabel, diagnostics } = frame;
  let { bodyStart } = frame;
  const found = findTitle(blocks, frame.window, usable, bylines, context.outlets);
  let title = found?.title ?? null;
  // A seed that opens with its text (`Headline\n\nFirst paragraph.`, or just a few lines) has its
  // headline in its first line, whatever the line looks like, unless that line is a paragraph or
  // one of those `isRefused`.
  const opening = blocks.findIndex((block, index) => usable(index) && block.kind !== 'furniture' && block.kind !== 'nav');
  // A line taken for want of a better one is still not a credit, an address, a page's control or
  // a short label with no word of the text's.
  const isRefused = (index: number) => {
    const block = blocks[index];
    if (block === undefined) return true;
    const shared = sharedWords(wordsOf(block.text), ledeWords(blocks, index + 1));
    return (block.shape.words < 3 && shared === 0) || isSectionLabel(block, index, shared) || isNeverHeadline(block, shared, context.outlets);
  };
  if (
    title === null &&
    opening >= 0 &&
    opening === bodyStart &&
    opening < span.start + 1 &&
    (blocks[opening]?.shape.words ?? 0) <= MAX_OPENING_TITLE_WORDS &&
    ((!isParagraph(blocks[opening]) && !isRefused(opening)) || opensNextParagraph(blocks, opening, usable))
  ) {
    title = opening;
    bodyStart = opening + 1;
  }
  // A label with nothing under it labels no summary, and no dek stands before it.
  const summaryLabelled = summary.length > 0 ? label : null;
  // A page copied from its byline down, or one that prints its headline under the byline: the
  // line after the header's own lines is the headline when it reads as one and the text goes on.
  if (title === null && (lastMeta !== null || summaryLabelled !== null)) {
    const after = Math.max(lastMeta ?? -1, summary.at(-1) ?? summaryLabelled?.index ?? -1) + 1;
    const next = blocks.findIndex((block, index) => index >= after && block.kind !== 'furniture' && block.kind !== 'nav');
    const block = blocks[next];
    if (
      block &&
      next <= bodyStart &&
      next < span.end &&
      block.list === null &&
      !block.shape.endsSentence &&
      block.shape.words <= MAX_OPENING_TITLE_WORDS &&
      !isRefused(next)
    ) {
      title = next;
      bodyStart = Math.max(bodyStart, next + 1);
    }
  }
  let dek: number | null = null;
  // The dek stands between the headline and the byline under it; a date may stand over both.
  const bylinesUnderTitle = title === null ? [] : [...bylines.keys()].filter((index) => index > title);
  const dekEnd = summaryLabelled?.index ?? (bylinesUnderTitle.length > 0 ? Math.min(...bylinesUnderTitle) : firstMeta);
  if (title !== null && dekEnd !== null) dek = found?.dek ?? findDek(blocks, title + 1, dekEnd, usable, bylines);
  if (summaryLabelled !== null && dek === null) {
    dek = findDek(blocks, (lastMeta ?? title ?? summaryLabelled.index) + 1, summaryLabelled.index, usable, bylines);
  }

  // The body starts at its first paragraph: role lines and captions under the byline are header.
  const extras: number[] = [];
  if (lastMeta !== null || label !== null) {
    let index = bodyStart;
    // A repeat may open the body: the headline's sentence again, as the first paragraph.
    while (index <= span.end && index < bodyStart + LOOK_INTO && !startsBody(blocks[index])) {
      if (usable(index)) extras.push(index);
      index += 1;
    }
    // A list is read whole: when one of its items starts the body, the body starts with the list.
    const list = blocks[index]?.list?.group;
    while (list !== undefined && index > bodyStart && blocks[index - 1]?.list?.group === list) {
      index -= 1;
      if (extras.at(-1) === index) extras.pop();
    }
    if (index <= span.end && index < bodyStart + LOOK_INTO) bodyStart = index;
    else extras.length = 0;
  }
  return { title, dek, bylines, summaryLabel, summary, inlineLabelLength, extras, bodyStart, diagnostics };
}

/** What the header's lines are read within: the byline lines, the summary, and where the headline may stand. */
interface HeaderFrame {
  readonly usable: (index: number) => boolean;
  readonly bylines: Map<number, Byline>;
  readonly firstMeta: number | null;
  readonly lastMeta: number | null;
  readonly label: { index: number; inlineLength: number } | null;
  readonly bodyStart: number;
  readonly summary: readonly number[];
  readonly inlineLabelLength: number;
  readonly summaryLabel: number | null;
  readonly window: TitleWindow;
  readonly diagnostics: Diagnostic[];
}

/** Where the headline's candidates stand: from `from` to before `end`; `limit` is the first byline line, `bodyStart` the body's first block. */
interface TitleWindow {
  readonly from: number;
  readonly limit: number;
  readonly end: number;
  readonly bodyStart: number;
}

/** The byline lines, the summary and its label, and the headline's window, of a page whose article stretch is `span`. */
function readHeaderFrame(blocks: readonly ClassifiedBlock[], span: Span, ignored: (index: number) => boolean, context: BylineContext): HeaderFrame {
  const diagnostics: Diagnostic[] = [];
  const usable = (index: number) => !ignored(index) && blocks[index] !== undefined;
  const from = headerStart(blocks, span.start, usable);
  const to = Math.min(span.end, span.start + LOOK_INTO);

  // Byline and stamp lines: short lines near the start of the stretch that read as one.
  const bylines = new Map<number, Byline>();
  for (let index = from; index <= to; index += 1) {
    const block = blocks[index];
    if (!block || !usable(index) || block.kind === 'prose' || block.list !== null || block.rule === 'photo-credit' || block.rule === 'teaser-run') continue;
    // `By` alone on its line, the name on the next: read them as one line.
    const next = blocks[index + 1];
    const text = /^(?:by|von|por|par)$/i.test(block.text) && next ? `${block.text} ${next.text}` : block.text;
    const read = readLabelledByline({ line: block.line, text }, context) ?? readBylineLine({ line: block.line, text }, context);
    if (read === null) {
      const author = nameBeforeControl(text);
      if (author !== null) bylines.set(index, { author, outlet: null, published: null });
      continue;
    }
    bylines.set(index, read.value);
    if (text !== block.text && next) bylines.set(index + 1, { author: null, outlet: null, published: null });
    diagnostics.push(...read.diagnostics);
  }
  const proseBetween = (start: number, end: number) => {
    let count = 0;
    for (let index = start; index < end; index += 1) if (usable(index) && blocks[index]?.kind === 'prose') count += 1;
    return count;
  };
  // A byline inside the stretch ends the header only if at most a headline and a dek precede it;
  // the header's lines stand together, and a date far above them (a page's masthead) is not one.
  const metaIndexes = clusterBeforeBody([...bylines.keys()].filter((index) => index < span.start || proseBetween(span.start, index) <= 2));
  for (const index of bylines.keys()) if (!metaIndexes.includes(index)) bylines.delete(index);
  dropSecondBylines(blocks, bylines);
  nameUndatedAuthors(blocks, bylines, usable);
  const firstMeta = metaIndexes[0] ?? null;
  const lastMeta = metaIndexes.at(-1) ?? null;

  // The summary label, and the dek before it.
  const label = findSummaryLabel(blocks, lastMeta === null ? from : lastMeta + 1, to, usable);
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

  const titleLimit = firstMeta ?? label?.index ?? bodyStart;
  // The summary and its label are never the headline: candidates stand above them.
  const candidatesEnd = Math.min(label?.index ?? bodyStart, bodyStart);
  const window = { from, limit: Math.min(titleLimit, bodyStart), end: candidatesEnd, bodyStart };
  return { usable, bylines, firstMeta, lastMeta, label, bodyStart, summary, inlineLabelLength, summaryLabel, window, diagnostics };
}

/**
 * The lines that may be the headline of a page whose article stretch is `span`, with their
 * features: what the headline model is fitted on (`bench/cleaning/train-headline.ts`).
 */
export function headlineCandidatesOf(
  blocks: readonly ClassifiedBlock[],
  span: Span,
  ignored: (index: number) => boolean,
  context: BylineContext,
): HeadlineCandidate[] {
  const frame = readHeaderFrame(blocks, span, ignored, context);
  return listHeadlineCandidates(blocks, frame.window, frame.usable, frame.bylines, context.outlets);
}

/**
 * What pages print between the headline and the text, and the header search passes over
 * uncounted: share boxes, teaser lists, photo credits. Menus count: above the headline they are
 * the masthead, and a search across them reaches the site's own section names.
 */
const PASSED_OVER: ReadonlySet<string> = new Set(['boilerplate-share', 'related-stories', 'teaser-run', 'photo-credit']);

/** The first block the header may hold: `LOOK_BEFORE` blocks before `start`, not counting those `PASSED_OVER`. */
function headerStart(blocks: readonly ClassifiedBlock[], start: number, usable: (index: number) => boolean): number {
  let counted = 0;
  let index = start;
  while (index > 0 && counted < LOOK_BEFORE) {
    index -= 1;
    if (usable(index) && !PASSED_OVER.has(blocks[index]?.rule ?? '')) counted += 1;
  }
  return index;
}

/**
 * A byline whose author is labelled, its date too if it has one: `Author: Ana Ruiz Publish
 * date: Nov 18, 2019`, `Reporter: Ana Ruiz`, `Written by Ana Ruiz | Published: 19 November 2019`.
 * A label says what the words after it are, so the author is taken as printed, a desk's or a
 * newsletter's name included. Null for a line with no author's label.
 */
function readLabelledByline(line: SourceLine, context: BylineContext): Staged<Byline> | null {
  const label = AUTHOR_LABEL.exec(line.text);
  if (label === null) return null;
  const rest = line.text.slice(label[0].length);
  const dateLabel = DATE_LABEL.exec(rest);
  const author = (dateLabel === null ? rest : rest.slice(0, dateLabel.index)).replace(/[\s,;|·•–—-]+$/u, '');
  if (!/^\p{Lu}/u.test(author) || author.split(/\s+/).length > MAX_LABELLED_AUTHOR_WORDS || /[.!?]$/u.test(author)) return null;
  const stamp =
    dateLabel === null ? null : readBylineLine({ line: line.line, text: `Published: ${rest.slice(dateLabel.index + dateLabel[0].length)}` }, context);
  return { value: { author, outlet: null, published: stamp?.value.published ?? null }, diagnostics: stamp?.diagnostics ?? [] };
}

/** An author's label: `Author:`, `Autor:`, `Reporter:`, `Written by`. */
const AUTHOR_LABEL = /^(?:(?:author|autor|auteur|autore|reporter|repórter|writer|words|texto?)\s*:|written by|escrito por|texto de)\s*/iu;

/** A date's label after the author's on the same line: `Publish date:`, `Published:`, `Updated:`. */
const DATE_LABEL = /[\s|·•,;]*\b(?:publish(?:ed)?(?:\s+(?:date|on))?|posted(?:\s+on)?|date|(?:last\s+)?updated|datum|fecha|data)\s*:\s*/iu;

/** Most words of a labelled author's name: a person's, a desk's or a newsletter's. */
const MAX_LABELLED_AUTHOR_WORDS = 6;

/**
 * An article has one byline. When a line introduces its author (`By …`, `Author: …`) and gives
 * the date, a line read as another name and a date without such a word is no second byline: it
 * is a headline with a date in it, as a column prints its issue (`Market Wrap 19.11.2019`).
 */
function dropSecondBylines(blocks: readonly ClassifiedBlock[], bylines: Map<number, Byline>): void {
  const introduced = (index: number) => INTRODUCED_AUTHOR.test(blocks[index]?.text ?? '');
  const signed = [...bylines].find(([index, byline]) => introduced(index) && byline.author !== null && byline.published !== null);
  if (signed === undefined) return;
  for (const [index, byline] of [...bylines]) {
    if (index !== signed[0] && !introduced(index) && byline.author !== null && byline.author !== signed[1].author && byline.published !== null)
      bylines.delete(index);
  }
}

/** Words that introduce an author's name: `By`, `Posted by`, or a label (`Author:`). */
const INTRODUCED_AUTHOR = new RegExp(`^(?:(?:posted |written )?(?:by|von|por|par)\\s|${AUTHOR_LABEL.source.slice(1)})`, 'iu');

/**
 * A dated line with no author, next to a line that is only a person's name: the name is the
 * author (`Dallas Robinson` above `Nov 18, 2019 @17:19 PM`).
 */
function nameUndatedAuthors(blocks: readonly ClassifiedBlock[], bylines: Map<number, Byline>, usable: (index: number) => boolean): void {
  for (const [index, byline] of [...bylines]) {
    if (byline.author !== null || byline.published === null) continue;
    for (const neighbour of [index - 1, index + 1]) {
      const block = blocks[neighbour];
      if (!block || !usable(neighbour) || bylines.has(neighbour) || block.kind === 'prose' || !isPersonName(block.text)) continue;
      bylines.set(neighbour, { author: block.text, outlet: null, published: null });
      break;
    }
  }
}

/** The byline lines that stand together at the end of the list, at most a few blocks apart. */
function clusterBeforeBody(indexes: readonly number[]): number[] {
  const cluster: number[] = [];
  for (let position = indexes.length - 1; position >= 0; position -= 1) {
    const index = indexes[position] ?? 0;
    const after = cluster[0];
    if (after !== undefined && after - index > MAX_BYLINE_GAP) break;
    cluster.unshift(index);
  }
  return cluster;
}

/** How far apart (in blocks) two lines of one byline may stand: name, job, share buttons, date. */
const MAX_BYLINE_GAP = 8;

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
    // A menu entry named `Highlights` labels no summary.
    if (!block || !usable(index) || block.rule !== null) continue;
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
 * The headline: of the candidates before the body (`listHeadlineCandidates`), the one that reads
 * most like the headline of this body by the fitted score (`headline-model.ts`): a few words
 * without a full stop, close to the byline or the body, sharing words with the first paragraphs,
 * printed again elsewhere on the page (pages carry their headline twice: in the header and in a
 * share box or breadcrumb), not a caption. Null when no block is a candidate; the dek too when
 * the line chosen first turns out to be one (`headlineOverDek`).
 */
function findTitle(
  blocks: readonly ClassifiedBlock[],
  window: TitleWindow,
  usable: (index: number) => boolean,
  bylines: ReadonlyMap<number, Byline>,
  outlets: readonly Outlet[],
): { title: number; dek: number | null } | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  // Candidates come from the byline up: of two that score the same, the one closer to it wins.
  for (const candidate of listHeadlineCandidates(blocks, window, usable, bylines, outlets)) {
    const score = scoreHeadline(candidate.features);
    if (score > bestScore) {
      bestScore = score;
      best = candidate.index;
    }
  }
  if (best === null) return null;
  const headline = headlineOverDek(blocks, best, { lede: ledeWords(blocks, window.bodyStart), usable, bylines, outlets });
  return { title: withoutTrail(blocks, headline), dek: headline === best ? null : best };
}

/** A line that may be the headline, by block index, with its features. */
export interface HeadlineCandidate {
  readonly index: number;
  readonly features: HeadlineFeatures;
}

/**
 * The blocks of the window that may be the headline, from the end of the window up, with their
 * features. Refused by rule, before any score: menus and furniture, byline lines, lists, summary
 * labels, short section labels, lines `isNeverHeadline`, and lines under the first byline line
 * that share fewer than `MIN_SHARED_BELOW_BYLINE` words with the body.
 */
function listHeadlineCandidates(
  blocks: readonly ClassifiedBlock[],
  { from, limit, end, bodyStart }: TitleWindow,
  usable: (index: number) => boolean,
  bylines: ReadonlyMap<number, Byline>,
  outlets: readonly Outlet[],
): HeadlineCandidate[] {
  const lede = ledeWords(blocks, bodyStart);
  const body = wordsOf(
    blocks
      .slice(bodyStart, bodyStart + BODY_BLOCKS)
      .map((block) => block.text)
      .join(' '),
  );
  const pageTitle = pageTitleHeads(blocks);
  const firstUsable = openingLine(blocks, usable, { lede, bylines, outlets });
  const candidates: HeadlineCandidate[] = [];
  let distance = 0;
  for (let index = end - 1; index >= from; index -= 1) {
    const block = blocks[index];
    if (!block || !usable(index) || bylines.has(index)) continue;
    if (block.kind === 'furniture' || block.kind === 'nav') continue;
    // Only blocks that could be header count in the distance: teasers between are passed over.
    const teaser = block.rule !== null;
    if (!teaser) distance += 1;
    const { words } = block.shape;
    const own = wordsOf(block.text);
    const shared = sharedWords(own, lede);
    const aboveByline = nextIsByline(blocks, index, bylines, usable);
    // The headline as the page's own title names it, and about what the text is about.
    const namedByPage = index > 0 && shared > 0 && pageTitle.has(block.key);
    // Short section labels (`Opinion`, `Notícias`) are not headlines, but a seed may open with a
    // short headline, which then names what the text is about or stands over the byline.
    if (
      (words < 3 && !namedByPage && (index !== firstUsable || (shared === 0 && !aboveByline))) ||
      (isSectionLabel(block, index, shared) && !aboveByline) ||
      words > 40 ||
      block.list !== null ||
      SUMMARY_LABEL.test(block.text) ||
      isNeverHeadline(block, shared, outlets)
    )
      continue;
    if (index >= limit && shared < MIN_SHARED_BELOW_BYLINE) continue;
    const ownCount = Math.max(1, sharedWords(own, own));
    candidates.push({
      index,
      features: {
        distance,
        headlineShaped: flag(isHeadlineLike(block)),
        usualLength: flag(words >= 4 && words <= 15),
        length: Math.min(words, MAX_CANDIDATE_WORDS) / MAX_CANDIDATE_WORDS,
        innerSentence: flag(block.shape.hasInnerSentence),
        longProse: flag(block.kind === 'prose' && words > 25),
        endsSentence: flag(block.shape.endsSentence),
        titleCase: block.shape.capitalized,
        aboveByline: flag(aboveByline),
        belowByline: flag(index >= limit),
        // The headline stands above its author's name (a date line may stand above it); a line
        // under the name is more often a dek.
        belowAuthor: flag(index >= limit && hasAuthorAbove(index, limit, bylines)),
        sharedWithLede: Math.min(3, shared),
        ledeShare: shared / ownCount,
        bodyShare: sharedWords(own, body) / ownCount,
        // A page opens with its headline, not a photo's caption: a credit under the opening line is the agency's.
        creditBelow: flag(isBareCredit(blocks[index + 1]) && index !== firstUsable),
        opensSeed: flag(index === firstUsable && from <= firstUsable),
        printedAgain: flag(words >= 4 && isPrintedAgain(blocks, index)),
        namedByPage: flag(namedByPage),
        // Share boxes carry the page's own title (`Share this story: …`): a line copied into one is
        // the headline more surely than one copied alone, as a dek at the foot of the page may be.
        quotedInShare: flag(words >= 4 && isQuotedInShare(blocks, index)),
        teaser: flag(teaser),
        captionRun: flag(isInCaptionRun(blocks, index, usable)),
      },
    });
  }
  return candidates;
}

/**
 * The seed's opening line: its first line of text, past at most `MAX_LINES_OVER_HEADLINE` lines
 * at the very top that cannot be the headline. A date, an agency's name, a section's label or a
 * player's notice printed over the headline leaves the headline the page's first line all the
 * same. Under a masthead's menu such lines are section names over teasers, and a longer run of
 * them is a menu itself: there the line after them is no more the opening than any other.
 */
function openingLine(
  blocks: readonly ClassifiedBlock[],
  usable: (index: number) => boolean,
  { lede, bylines, outlets }: { lede: ReadonlySet<string>; bylines: ReadonlyMap<number, Byline>; outlets: readonly Outlet[] },
): number {
  const lines = blocks.flatMap((block, index) => (usable(index) && block.kind !== 'furniture' && block.kind !== 'nav' ? [index] : []));
  const first = lines[0] ?? -1;
  if (blocks.slice(0, first).some((block, index) => usable(index) && block.kind === 'nav')) return first;
  for (const index of lines.slice(0, MAX_LINES_OVER_HEADLINE + 1)) {
    const block = blocks[index];
    const byline = bylines.get(index);
    // The headline stands over its author's name: a short line right over it is the headline (`Landfall`).
    if (block === undefined || byline?.author != null) break;
    if (byline !== undefined) continue;
    const shared = sharedWords(wordsOf(block.text), lede);
    if (!isNeverHeadline(block, shared, outlets) && !isLabelShaped(block, shared)) return index;
  }
  return first;
}

/** Most lines a page prints over its headline that are not one: a kicker, a section, a date. */
const MAX_LINES_OVER_HEADLINE = 2;

/** 1 for true, 0 for false. */
function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Longest candidate line, in words. */
const MAX_CANDIDATE_WORDS = 40;

/** How many blocks from the body's start are read for the words a headline shares with the body. */
const BODY_BLOCKS = 20;

/**
 * Whether the line is one of a run of photo captions: it and the text line before or after it
 * each name a person first, in a few words and no sentence (`Ana Ruiz 100 metres`, `Tom Lee
 * North Quay`), as a slideshow lists whom its pictures show. A headline that opens with a name
 * stands over a dek or a byline, not over another line of its shape.
 */
function isInCaptionRun(blocks: readonly ClassifiedBlock[], index: number, usable: (index: number) => boolean): boolean {
  const isCaption = (at: number) => {
    const block = blocks[at];
    return block !== undefined && block.shape.words <= MAX_CAPTION_WORDS && !block.shape.endsSentence && opensWithName(block.text);
  };
  return isCaption(index) && [-1, 1].some((step) => isCaption(nextTextBlock(blocks, index, step, usable)));
}

/**
 * A photo's credit on a line of its own (`Photo: Ana Ruiz/Reuters`, `Getty Images`), which
 * follows its caption. A caption that ends with its credit is a line of its own: the line above
 * it is not its caption, and may be the headline over the lead photo.
 */
function isBareCredit(block: ClassifiedBlock | undefined): boolean {
  return block?.rule === 'photo-credit' && !block.shape.hasInnerSentence && block.shape.words <= MAX_BARE_CREDIT_WORDS;
}

/** Most words of a credit alone: a photographer, an agency and a `Photo:` or `File` label. */
const MAX_BARE_CREDIT_WORDS = 6;

/** Most words of a caption naming whom a photo shows: a name and a place or an event. */
const MAX_CAPTION_WORDS = 6;

/** The nearest block of text from `index` in the direction `step` (passed-over blocks skipped), or -1. */
function nextTextBlock(blocks: readonly ClassifiedBlock[], index: number, step: number, usable: (index: number) => boolean): number {
  for (let at = index + step; at >= 0 && at < blocks.length; at += step) {
    const block = blocks[at];
    if (block && usable(at) && block.kind !== 'furniture' && block.kind !== 'nav') return at;
  }
  return -1;
}

/** Whether the line opens with a person's name of two or three words, and goes on after it. */
function opensWithName(text: string): boolean {
  const words = text.split(/\s+/);
  return [2, 3].some((count) => words.length > count && isPersonName(words.slice(0, count).join(' ')));
}

/** A separator between a page title's parts: `Headline - Site`, `Headline | Section | Site`. */
const PAGE_TITLE_SEPARATOR = /\s[|\-–—·]\s/u;

/**
 * A saved page may open with its own title, as the browser's tab shows it: the headline, then
 * the site's name and sections after separators. The keys of its heads (the parts before the
 * last, the first one alone, the first two together and so on), empty when the first line has
 * no separator.
 */
function pageTitleHeads(blocks: readonly ClassifiedBlock[]): Set<string> {
  const parts = (blocks[0]?.text ?? '').split(PAGE_TITLE_SEPARATOR);
  return new Set(
    parts
      .slice(0, -1)
      .map((_, count) => comparable(parts.slice(0, count + 1).join(' ')))
      .filter((key) => key !== ''),
  );
}

/**
 * Pages print the headline, then the standfirst, then the byline, and some print the standfirst
 * again under the byline as the text's first line. The standfirst sums the text up, so it shares
 * more of its words than the headline does: when the chosen line, over the byline and printed
 * again under it, stands right under a shorter line shaped like a headline, that line is the
 * headline. A line shaped like a section's label (`U.S. news`, `Watch CBSN Live`) is not, even as
 * the seed's first line: the chosen line, printed twice because the page was copied twice, stays
 * the headline.
 */
function headlineOverDek(
  blocks: readonly ClassifiedBlock[],
  chosen: number,
  {
    lede,
    usable,
    bylines,
    outlets,
  }: { lede: ReadonlySet<string>; usable: (index: number) => boolean; bylines: ReadonlyMap<number, Byline>; outlets: readonly Outlet[] },
): number {
  const dek = blocks[chosen];
  if (dek === undefined || !nextIsByline(blocks, chosen, bylines, usable) || !printedAgainUnderByline(blocks, chosen, bylines)) return chosen;
  let above = chosen - 1;
  while (above >= 0 && !usable(above)) above -= 1;
  const headline = blocks[above];
  if (headline === undefined || bylines.has(above) || headline.kind === 'furniture' || headline.kind === 'nav' || headline.rule !== null) return chosen;
  const { words } = headline.shape;
  const shared = sharedWords(wordsOf(headline.text), lede);
  const fits = words >= 3 && words < dek.shape.words && headline.list === null && !headline.shape.endsSentence && !isLabelShaped(headline, shared);
  return fits && !isNeverHeadline(headline, shared, outlets) ? above : chosen;
}

/** The words of the first paragraphs, from `bodyStart` on. */
function ledeWords(blocks: readonly ClassifiedBlock[], bodyStart: number): Set<string> {
  return wordsOf(
    blocks
      .slice(bodyStart, bodyStart + LEDE_BLOCKS)
      .map((block) => block.text)
      .join(' '),
  );
}

/** How many blocks from the body's start are read for the words a headline shares with them. */
const LEDE_BLOCKS = 3;

/** Whether a byline line between `from` and `index` names an author. */
function hasAuthorAbove(index: number, from: number, bylines: ReadonlyMap<number, Byline>): boolean {
  for (let above = from; above < index; above += 1) if (bylines.get(above)?.author != null) return true;
  return false;
}

/** A headline printed under the byline shares at least this many words with the body. */
const MIN_SHARED_BELOW_BYLINE = 2;

/**
 * Lines that are never a headline, by their shape: the page's own controls, which are short
 * commands (`Get author RSS feed`, `Copy this link`, `Read more about sharing`); a breadcrumb
 * trail (`You are here: Home › News`); a line with an address in it (`E-mail desk@example.com`);
 * the first paragraph with its wire dateline (`LONDON (Reuters) - …`); an outlet's name alone;
 * a notice about the browser or the video player; a heading of social links or of a share box;
 * a tag list (`Politics | Economy | Trade`); a site's address; the first paragraph opening with a
 * place's dateline (`WESTMERE — The board …`); a credit, a rank or a clip's label sharing too
 * few words with the body (`shared`) to be a headline shaped like one.
 */
function isNeverHeadline(block: ClassifiedBlock, shared: number, outlets: readonly Outlet[]): boolean {
  const { text } = block;
  return (
    isPageControl(text) ||
    /^you are here\b/i.test(text) ||
    (text.match(/\s[›»>]\s/gu)?.length ?? 0) >= 2 ||
    /[\w.+-]@[\w-]+\.\w|https?:\/\/|\bwww\./i.test(text) ||
    isWebAddress(text) ||
    isStampOnly(text) ||
    readDateline(text, outlets) !== null ||
    (block.shape.words >= MIN_PARAGRAPH_WORDS && opensWithDateline(text)) ||
    isOutletName(text, outlets) ||
    /\b(?:browser|javascript|video player|media player|ad ?blocker|flash player)\b/i.test(text) ||
    isMediaNotice(text) ||
    PAGE_NOTICE.test(text) ||
    AUTHOR_NOTE.test(text) ||
    /^(?:social(?: media| links| networks)?|follow us|connect with us|find us on|(?:join|like|follow) us on)\b/i.test(text) ||
    /\brss\b/i.test(text) ||
    COMMENT_THREAD_HEADING.test(text) ||
    /^(?:\p{L}\s+){1,5}\p{L}$/u.test(text) ||
    (block.shape.words >= MIN_DATELINED_WORDS && opensWithPlaceDateline(text)) ||
    isShareHeading(text) ||
    text.split(/\s[|·•]\s/u).length >= 3 ||
    // A title-cased headline of a few words (`Pier Closes Tonight`) is shaped like a name, but
    // shares a word with the text, as a credit or a rank (`Lieutenant Colonel`) seldom does.
    (shared === 0 && isPersonName(text.replace(/\s*\([^)]*\)$/u, ''))) ||
    (shared < MIN_SHARED_BY_CREDIT && (BY_CREDIT.test(text) || isClipLabel(block)))
  );
}

/**
 * A notice about the page's media rather than news: `This video is no longer available`,
 * `Your browser does not support HTML5 video.`, `Cookies must be enabled`, `Watch the video`.
 * A thing the page plays or needs, with what is wrong with it or what to do with it.
 */
function isMediaNotice(text: string): boolean {
  return (
    text.split(/\s+/).length <= MAX_NOTICE_WORDS &&
    /\b(?:video|audio|clip|player|podcast|html5|cookies?|playback|stream)\b/i.test(text) &&
    /\b(?:unavailable|not available|no longer|not supported|does not support|doesn['’]t support|enabled?|disabled|error|loading|watch|listen|play|playing)\b/i.test(
      text,
    )
  );
}

/**
 * What a page says about the reader's access or the article's age, not what happened: `Already
 * a subscriber? Log in`, `You have reached your article limit`, `This article is more than 4 years old`.
 */
const PAGE_NOTICE =
  /^(?:already (?:a )?(?:subscriber|member|registered)\b|you(?:['’]ve| have) (?:reached|read|used)\b.*\b(?:limit|articles|stories)\b|(?:subscribe|sign (?:in|up)|log ?in|register) (?:now |today )?to (?:continue|read|keep)\b|this (?:article|story|post) is (?:more than|over) (?:a|an|\d+) \w+ old$)/iu;

/** The note about the author, as a line of its own: `Ana Ruiz is a reporter at Westmere News`. */
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3} is (?:an?|the) (?:[\p{L}-]+\s+){0,3}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer)\b/u;

/** Most words a notice about the page's media takes. */
const MAX_NOTICE_WORDS = 12;

/**
 * The first paragraph opening with its place, a region or date after a comma, and a dash:
 * `WESTMERE, England — The board voted …`, `Westmere, 19 Nov (AFP) - The board …`. A headline
 * with a dash in it has no comma before the dash.
 */
function opensWithPlaceDateline(text: string): boolean {
  return /^\p{Lu}[\p{L}.'’ -]{1,30},[^,—–-]{1,40}\s[—–-]{1,2}\s+\S/u.test(text);
}

/** A line that long after a place's dateline is the first paragraph's start, not a headline's. */
const MIN_DATELINED_WORDS = 8;

/**
 * A line that is a date or a time and nothing else, in any script: `2019年11月19日 14時30分`,
 * `19.11.2019 - 14:30`, `2019년 11월 19일`. The byline reader reads the stamps of the languages it
 * knows; this one is read by its shape.
 */
function isStampOnly(text: string): boolean {
  return /\d/.test(text) && text.replace(/\b[ap]\.?m\b\.?/giu, '').replace(/[\d\s\p{P}\p{S}年月日時分秒년월일시분초午前後]/gu, '') === '';
}

/**
 * A line that is a site's address or has a page's in it: `westmere-news.example`,
 * `Read more at westmere-news.example/local`. A score (`8.5/10`) is none: an address ends in letters.
 */
function isWebAddress(text: string): boolean {
  return /^[^\s.]+(?:\.[^\s.]+)*\.\p{Ll}{2,}$/u.test(text) || /(?:^|\s)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/\S/u.test(text);
}

/**
 * A line shaped like a credit or a clip's label is a headline only when it shares this many words
 * with the body: a headline may start with `By` (`By Tuesday the pier is shut`) or give a time
 * (`Polls close at 8:00`).
 */
const MIN_SHARED_BY_CREDIT = 2;

/** A credit the byline reader did not take: `By Ana Ruiz and Tom Lee in Westmere`. */
const BY_CREDIT = /^(?:by|von|por|par)\s+\p{Lu}\S*(?:\s+\S+){0,6}$/u;

/** A short line with a clip's running time or a programme's slot: `Watch: harbour tour 2:31`. */
function isClipLabel(block: ClassifiedBlock): boolean {
  return block.shape.words <= MAX_CLIP_LABEL_WORDS && /(?:^|[\s(])\d{1,2}:\d{2}(?::\d{2})?(?:$|[\s)])/u.test(block.text);
}

/** Most words a video's or programme's label takes. */
const MAX_CLIP_LABEL_WORDS = 10;

/** A share box's heading: `Share this article`, `Share on social`, `Share via email`. */
function isShareHeading(text: string): boolean {
  return /^share\s+(?:this|on|via|with|to)\b(?:\s+\S+){0,4}$/iu.test(text);
}

/** A short command about the page's own parts: `View author archive`, `Enlarge image`. */
function isPageControl(text: string): boolean {
  return PAGE_COMMAND.test(text) && PAGE_PART.test(text);
}

/** The verbs of a page's commands, with a few words after them. */
const PAGE_COMMAND =
  /^(?:get|copy|view|e-?mail|follow|download|install|print|save|open|close|enlarge|expand|show|hide|load|visit|read|listen|report|send|watch|contact|jump|skip|click|tap|create)\b(?:\s+\S+){0,4}$/iu;

/** What a page's commands act on: its own parts, and the reader's account or app. */
const PAGE_PART =
  /\b(?:author|link|links|feed|rss|archive|image|images|photo|gallery|story|article|page|panel|comments?|profile|bio|more|sharing|error|mistake|typo|correction|video|audio|app|account|tip|expand)\b/i;

/**
 * The author of a line that is a person's name and a link to their page: `Marcus Reyes View More
 * Articles`, `Ana Ruiz Get author RSS feed`. Null for any other line.
 */
function nameBeforeControl(text: string): string | null {
  const words = text.split(/\s+/);
  for (let split = 2; split <= 4 && split < words.length; split += 1) {
    const name = words.slice(0, split).join(' ');
    if (isPersonName(name) && isPageControl(words.slice(split).join(' '))) return name;
  }
  return null;
}

/** Whether the line is only an outlet's name (`Reuters`, `The Associated Press`). */
function isOutletName(text: string, outlets: readonly Outlet[]): boolean {
  const key = comparable(text).replace(/^the /, '');
  return outlets.some((outlet) => [outlet.name, ...outlet.aliases].some((name) => comparable(name).replace(/^the /, '') === key));
}

/**
 * A breadcrumb trail printed on the headline's line (`Home News Business Ascom announces …`),
 * with the headline alone on a line of its own just after: the line of its own is the headline.
 */
function withoutTrail(blocks: readonly ClassifiedBlock[], index: number): number {
  const key = blocks[index]?.key ?? '';
  for (let next = index + 1; next <= index + 2; next += 1) {
    const own = blocks[next];
    if (own && own.shape.words >= 3 && own.key.length < key.length && key.endsWith(` ${own.key}`)) return next;
  }
  return index;
}

/**
 * Whether the block's text comes again elsewhere on the page, alone or as most of a longer line
 * (`Share this story: …`); a topic's name inside other headlines is no such evidence.
 */
function isPrintedAgain(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const key = blocks[index]?.key ?? '';
  if (key === '') return false;
  return blocks.some((other, at) => at !== index && other.key.length <= key.length * 2 && other.key.includes(key));
}

/** Whether the block's text comes again after the first byline line below it. */
function printedAgainUnderByline(blocks: readonly ClassifiedBlock[], index: number, bylines: ReadonlyMap<number, Byline>): boolean {
  const key = blocks[index]?.key ?? '';
  const byline = Math.min(...[...bylines.keys()].filter((line) => line > index));
  return key !== '' && blocks.some((other, at) => at > byline && other.key === key);
}

/** Whether the block's text comes again after a share box's words: `Share all sharing options for: …`. */
function isQuotedInShare(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const key = blocks[index]?.key ?? '';
  if (key === '') return false;
  return blocks.some(
    (other, at) =>
      at !== index && other.key.length > key.length && other.key.endsWith(key) && /\b(?:share|tweet|email|pin|send)\b/.test(other.key.slice(0, -key.length)),
  );
}

/** Whether a byline line follows the block, with at most a dek between. */
function nextIsByline(blocks: readonly ClassifiedBlock[], index: number, bylines: ReadonlyMap<number, Byline>, usable: (index: number) => boolean): boolean {
  let seen = 0;
  for (let next = index + 1; next < blocks.length && seen < 3; next += 1) {
    if (!usable(next)) continue;
    if (bylines.has(next)) return true;
    if (blocks[next]?.kind !== 'furniture') seen += 1;
  }
  return false;
}

/**
 * The longer words of a text, lower-cased: what a headline and its first paragraphs share. Text in
 * scripts written without spaces between words (Chinese, Japanese), or whose words carry their
 * particles (Korean: `위원회는`, `위원회가`), gives its pairs of characters instead; pairs of kana
 * alone (`した`) are grammar, not words.
 */
function wordsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = lower.match(SPACED_WORD) ?? [];
  const pairs: string[] = [];
  for (const run of lower.match(UNSPACED_RUN) ?? []) {
    const characters = Array.from(run);
    for (let index = 0; index + 1 < characters.length; index += 1) {
      const pair = `${characters[index]}${characters[index + 1]}`;
      if (!KANA_ONLY.test(pair)) pairs.push(pair);
    }
  }
  return new Set([...words.slice(0, 200), ...pairs.slice(0, 400)]);
}

/** The scripts `wordsOf` reads by pairs of characters. */
const UNSPACED = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
const SPACED_WORD = new RegExp(String.raw`(?:(?![${UNSPACED}])[\p{L}\p{N}]){4,}`, 'gu');
const UNSPACED_RUN = new RegExp(`[${UNSPACED}]{2,}`, 'gu');
const KANA_ONLY = /^\p{Script=Hiragana}+$/u;
const UNSPACED_PAIR = new RegExp(`^[${UNSPACED}]{2}$`, 'u');

/** How many words of the headline the lede has; a pair of characters counts as half a word, as in `measureText`. */
function sharedWords(headline: ReadonlySet<string>, lede: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of headline) if (lede.has(word)) shared += UNSPACED_PAIR.test(word) ? 0.5 : 1;
  return shared;
}

function isHeadlineLike(block: ClassifiedBlock): boolean {
  const { words } = block.shape;
  return words >= 3 && words <= 30 && block.list === null && !/[.:,;]$/.test(block.text);
}

/**
 * The dek: the first paragraph between the headline and the byline (or the summary label), or a
 * standfirst printed without a full stop, as most are: a line of `MIN_DEK_WORDS` or more in
 * sentence case, where a kicker or a section's name has a word or two and a page's control or
 * stamp is in capitals. A photo's caption, which ends with its credit, is neither.
 */
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
    if (CAPTION_CREDIT.test(block.text)) continue;
    if (block.kind === 'prose' || block.kind === 'sentence') return index;
    // A line printed again (the headline over its byline) is no standfirst.
    const printedAbove = blocks.slice(0, index).some((above) => above.key === block.key);
    const sentenceCase = block.shape.capitalized < TITLE_CASE_SHARE && !CLOCK_TIME.test(block.text);
    if (block.rule === null && block.list === null && block.shape.words >= MIN_DEK_WORDS && sentenceCase && !printedAbove) return index;
  }
  return null;
}

/** Fewest words of a standfirst printed without a full stop. */
const MIN_DEK_WORDS = 6;

/** A caption's credit at its end: `(Ana Ruiz/AP)`, `(Photo: Reuters)`, `(Getty Images)`. */
const CAPTION_CREDIT = /\((?:[^()]*\/[^()]*|[^()]*\b(?:photo|image|images|getty|file|courtesy)\b[^()]*)\)\s*$/iu;

/** A clock time (`6:55 AM`, `18:05`): a stamp's, not a standfirst's. */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}\b/u;

/**
 * Whether the paragraph after the block opens with the block's words: a headline printed over
 * the lede it was taken from (as a briefing whose title was derived writes it), not a label.
 */
function opensNextParagraph(blocks: readonly ClassifiedBlock[], index: number, usable: (index: number) => boolean): boolean {
  const key = blocks[index]?.key ?? '';
  let next = index + 1;
  while (next < blocks.length && !usable(next)) next += 1;
  const paragraph = blocks[next];
  return key !== '' && paragraph !== undefined && paragraph.kind === 'prose' && paragraph.key.startsWith(`${key} `);
}

/** A block of running text that ends like a sentence: the first paragraph, not a headline. */
function isParagraph(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && block.kind === 'prose' && block.shape.endsSentence && block.shape.words >= MIN_PARAGRAPH_WORDS;
}

/** Headlines longer than this that end with a full stop are rare; paragraphs are seldom shorter. */
const MIN_PARAGRAPH_WORDS = 15;
