/**
 * Find the article in a seed: its title, byline, dek, summary and body, each kept once.
 *
 * The seed is cut into blocks (`clean/segment.ts`), each block classified by how it looks
 * (`clean/classify.ts`, `clean/boilerplate.ts`), repeats found (`clean/duplicates.ts`), the
 * article's stretch found by its density of running text (`clean/region.ts`) and its header
 * read around the stretch's start (`clean/header.ts`). Every line with text ends up either in
 * one of the article's fields or in `dropped`, with its line number and the rule that dropped
 * it, so nothing a seed says is lost without a trace.
 */
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { Byline, CleanArticle, DroppedText, ListPlace, Paragraph, SeedText } from '../types.ts';
import type { Outlet } from '../reference/outlets.ts';
import { findOutlet, mergeBylines, type BylineContext } from './byline.ts';
import { classifyBlocks, type ClassifiedBlock } from './clean/classify.ts';
import { findRepeats } from './clean/duplicates.ts';
import { findHeader, type Header } from './clean/header.ts';
import { findArticleSpan, type Span } from './clean/region.ts';
import { segmentLines } from './clean/segment.ts';
import { readDateline, withoutDateline } from './dateline.ts';
import { readCopyrightHolder, readSelfReference } from './publisher.ts';

/** The tables cleaning reads against, and the lines many seeds of the set share. */
export interface CleanContext extends BylineContext {
  readonly commonLines?: ReadonlySet<string>;
}

/** Rules that already say why a briefing is undated. */
const DATE_RULES: ReadonlySet<string> = new Set(['byline-date', 'future-date']);

/** A title longer than this is a paragraph, and the seed is taken to have no title. */
const MAX_TITLE_WORDS = 40;

/**
 * Clean a decoded seed into an article. Returns null when the seed has no text at all.
 *
 * @example cleanSeed(seedText, context).value.body[0]
 *   // { id: 'p-1', text: 'The Central Intelligence Agency carried out a drone strike …' }
 */
export function cleanSeed(seed: SeedText, context: CleanContext): Staged<CleanArticle | null> {
  const page = readPage(seed, context);
  if (page === null) return { value: null, diagnostics: [] };
  const { blocks, repeats, span, ignored } = page;
  const header = findHeader(blocks, span, ignored, context);
  const diagnostics: Diagnostic[] = [...header.diagnostics];
  const roles = assignRoles(blocks, span, header, repeats);

  const dropped: DroppedText[] = [];
  const bodyBlocks: ClassifiedBlock[] = [];
  const inlineLabel = header.inlineLabelLength > 0 ? blocks[header.summary[0] ?? -1] : undefined;
  for (const [index, block] of blocks.entries()) {
    const role = roles[index] ?? 'outside-article';
    if (role === 'body') bodyBlocks.push(block);
    else if (role !== 'kept') dropped.push({ rule: role, line: block.line, text: block.source });
    // `Key points: …` keeps its summary; its label is listed as dropped, like a label on its own line.
    if (block === inlineLabel) dropped.push({ rule: 'summary-label', line: block.line, text: block.text.slice(0, header.inlineLabelLength).trim() });
  }

  const titleBlock = header.title === null ? null : blocks[header.title];
  // A seed that says nothing but its headline (once, or printed twice) is a one-paragraph article.
  if (bodyBlocks.length === 0 && titleBlock && header.summary.length === 0 && header.dek === null) {
    bodyBlocks.push(titleBlock);
  }
  let title = titleBlock?.text ?? null;
  if (title === null || (titleBlock?.shape.words ?? 0) > MAX_TITLE_WORDS) {
    title = deriveTitle(bodyBlocks, seed.path);
    diagnostics.push(warning('no-title', `Found no headline; titled the briefing "${title}"`));
  }

  const byline = findByline(header, bodyBlocks, blocks, span, context);
  if (header.bylines.size === 0) {
    diagnostics.push(warning('no-byline', 'Found no byline or date near the headline; the briefing has no author and is undated'));
  } else if (byline.published === null && !diagnostics.some((diagnostic) => DATE_RULES.has(diagnostic.rule))) {
    diagnostics.push(warning('no-date', 'Found no publication date in the byline; left the briefing undated'));
  }

  const summaryText = header.summary
    .map((index) => blocks[index])
    .filter((block) => block !== undefined)
    .map((block, position) => (position === 0 && header.inlineLabelLength > 0 ? block.text.slice(header.inlineLabelLength).trim() : block.text))
    .join('\n');
  const dek = header.dek === null ? null : (blocks[header.dek]?.text ?? null);
  const body = toParagraphs(bodyBlocks);
  return {
    value: { title, dek, summary: summaryText === '' ? null : summaryText, byline, body, bodyLines: bodyBlocks.map((block) => block.line), dropped },
    diagnostics,
  };
}

/** A seed's blocks, their repeats, the article's stretch, and the repeats the header passes over. */
export interface PageReading {
  readonly blocks: readonly ClassifiedBlock[];
  readonly repeats: ReadonlyMap<number, number>;
  readonly span: Span;
  readonly ignored: (index: number) => boolean;
}

/** Cut a seed into classified blocks and find its repeats and its article's stretch; null when the seed has no text. */
export function readPage(seed: SeedText, context: CleanContext): PageReading | null {
  const blocks = classifyBlocks(segmentLines(seed.lines), context.commonLines);
  if (blocks.length === 0) return null;
  const repeats = findRepeats(blocks);
  // No stretch of running text at all (a seed of short lines): the whole seed is the article,
  // and the rules alone decide what is furniture.
  const span = wholeLists(blocks, findArticleSpan(blocks, (index) => repeats.has(index)) ?? { start: Math.min(1, blocks.length - 1), end: blocks.length - 1 });
  // A header line may repeat one above the article (the page's title at its top, a teaser of this
  // story in the masthead): only repeats of the article's own lines are passed over.
  return { blocks, repeats, span, ignored: (index) => (repeats.get(index) ?? -1) >= span.start };
}

/** The stretch widened so that it holds each list it starts or ends in whole: a list is read as one. */
function wholeLists(blocks: readonly ClassifiedBlock[], span: Span): Span {
  // A list's items may stand apart (a shop's link under each item of a numbered list).
  const first = blocks[span.start]?.list?.group;
  const last = blocks[span.end]?.list?.group;
  return {
    start: first === undefined ? span.start : blocks.findIndex((block) => block.list?.group === first),
    end: last === undefined ? span.end : blocks.findLastIndex((block) => block.list?.group === last),
  };
}

/** What became of a block: `body`, `kept` (in the header), or the rule that dropped it. */
type Role = string;

function assignRoles(blocks: readonly ClassifiedBlock[], span: Span, header: Header, repeats: ReadonlyMap<number, number>): Role[] {
  const roles: Role[] = blocks.map((block, index) => {
    // Furniture is named for what it is, even when the page prints it twice.
    if (block.rule !== null) return block.rule;
    if (repeats.has(index)) return 'duplicate-paragraph';
    return index >= header.bodyStart && index <= span.end ? 'body' : 'outside-article';
  });
  const keep = (index: number | null) => {
    if (index !== null) roles[index] = 'kept';
  };
  keep(header.title);
  keep(header.dek);
  for (const [index, byline] of header.bylines) {
    // A line that is only a date (`2024-01-01`) is read into the briefing's date, and listed as
    // dropped too: its text is shown nowhere, and a reader looking for it finds where it went.
    if (byline.published !== null && byline.author === null && byline.outlet === null) roles[index] = 'date-line';
    else keep(index);
  }
  for (const index of header.summary) keep(index);
  if (header.summaryLabel !== null) roles[header.summaryLabel] = 'summary-label';
  for (const index of header.extras) if (roles[index] === 'body' || roles[index] === 'outside-article') roles[index] = 'page-header';

  const titleKey = header.title === null ? null : (blocks[header.title]?.key ?? null);
  const headerParts = new Set([header.title, header.dek, ...header.summary, ...header.bylines.keys()]);
  for (const [index, block] of blocks.entries()) {
    if (index === header.title) continue;
    const inBody = index >= header.bodyStart && index <= span.end;
    // A headline that is the article's first sentence comes back as its first paragraph (wire
    // copy does this): in the body, a paragraph that reads as one is kept.
    if (titleKey !== null && titleKey !== '' && block.key === titleKey && !(inBody && isSentenceParagraph(block))) {
      roles[index] = 'repeated-title';
      continue;
    }
    const original = repeats.get(index);
    if (original === undefined || !inBody || block.rule !== null) continue;
    const first = roles[original];
    if (original === header.title && isSentenceParagraph(block)) {
      roles[index] = 'body';
      continue;
    }
    // A repeat in the body whose first copy was page furniture (a teaser above the article) is
    // the article's own paragraph. A short line repeated on its own (the same question put to
    // each person interviewed) is the article's too; a pasted copy comes as a run.
    const alone = !repeats.has(index - 1) && !repeats.has(index + 1);
    // The first paragraph repeating the dek (the page's description) is the article's lede.
    if (
      (first !== 'body' && first !== 'kept' && !headerParts.has(original)) ||
      original === header.dek ||
      (alone && first === 'body' && block.shape.words < SHORT_REPEAT_WORDS)
    ) {
      roles[index] = 'body';
    }
  }
  dropAuthorBio(blocks, roles, header);
  return roles;
}

function isSentenceParagraph(block: ClassifiedBlock): boolean {
  return (block.kind === 'prose' || block.kind === 'sentence') && block.shape.endsSentence;
}

/** A repeat shorter than this, standing alone, may be the article's own. */
const SHORT_REPEAT_WORDS = 20;

/**
 * The note about the author that closes many articles: `Meg James is a corporate media reporter
 * for the Los Angeles Times`. It starts with the byline's name and says who they are.
 */
function dropAuthorBio(blocks: readonly ClassifiedBlock[], roles: Role[], header: Header): void {
  const author = mergeBylines([...header.bylines.values()]).author;
  if (author === null || author.split(' ').length < 2) return;
  const body = roles.flatMap((role, index) => (role === 'body' ? [index] : []));
  // A bio closes an article, and what follows it is not the article; one among the first
  // paragraphs is the article talking about its author.
  for (const index of body.slice(MIN_PARAGRAPHS_BEFORE_BIO)) {
    const text = blocks[index]?.text ?? '';
    if (text.startsWith(author) && BIO.test(text.slice(author.length))) {
      for (const later of body) if (later >= index) roles[later] = later === index ? 'author-bio' : 'outside-article';
      return;
    }
  }
}

const MIN_PARAGRAPHS_BEFORE_BIO = 3;

/** What follows the author's name in a bio: `is a corporate media reporter`, `(@mollywood) is an Ideas contributor`. */
const BIO = /^\s*(?:\([^)]{1,40}\)\s*)?(?:is|was|writes|covers|reports|has been|has written|lives)\b/;

/** The article's byline: its header lines merged, the outlet completed from a dateline or the page. */
function findByline(header: Header, body: readonly ClassifiedBlock[], blocks: readonly ClassifiedBlock[], span: Span, context: CleanContext): Byline {
  const merged = mergeBylines([...header.bylines.values()]);
  if (merged.outlet !== null) return merged;
  const dateline = body[0] ? readDateline(body[0].text, context.outlets) : null;
  if (dateline?.outlet) return { ...merged, outlet: dateline.outlet };
  // The page names its outlet somewhere near the article: a copyright line, a masthead. A photo
  // credit, a teaser or a link names someone else's work, and is not read.
  for (const block of blocks.slice(Math.max(0, span.start - 40), span.end + 40)) {
    const outlet = namesPublisher(block) ? findOutlet(block.text, context.outlets) : null;
    if (outlet && (block.rule === 'copyright-notice' || isMasthead(block.text, outlet))) return { ...merged, outlet: outlet.name };
  }
  // A site names itself in its logo's link and its own social links, wherever on the page: the
  // name it gives there twice, or once when the table knows it, is its masthead.
  const selfNamed = mostNamedSelf(blocks, context.outlets);
  if (selfNamed !== null) return { ...merged, outlet: selfNamed };
  // An outlet the table does not know names itself in the page's own copyright notice, at its foot.
  for (const block of [...blocks].reverse()) {
    const holder = block.rule === 'copyright-notice' ? readCopyrightHolder(block.text) : null;
    if (holder !== null) return { ...merged, outlet: findOutlet(holder, context.outlets)?.name ?? holder };
  }
  return merged;
}

/** The outlet the page names in its lines about itself (`readSelfReference`), or null when it does not name one surely. */
function mostNamedSelf(blocks: readonly ClassifiedBlock[], outlets: readonly Outlet[]): string | null {
  const counts = new Map<string, { name: string; known: boolean; count: number }>();
  for (const block of blocks) {
    const named = block.shape.words <= MAX_SELF_REFERENCE_WORDS ? readSelfReference(block.text) : null;
    if (named === null) continue;
    const outlet = findOutlet(named, outlets);
    const name = outlet?.name ?? named;
    const key = name.toLowerCase();
    const entry = counts.get(key) ?? { name, known: outlet !== null, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best !== undefined && (best.count >= 2 || best.known) ? best.name : null;
}

/** Most words of a line about the site itself: a link's words and the name. */
const MAX_SELF_REFERENCE_WORDS = 12;

/** Whether a block may name the page's publisher: a copyright line, or a short line that is no credit, teaser or link. */
function namesPublisher(block: ClassifiedBlock): boolean {
  if (block.shape.words > 20) return false;
  return block.rule === 'copyright-notice' || (block.rule === null && !/https?:\/\/|www\.|\/|:/i.test(block.text));
}

/** A masthead is the outlet's name and little else: `BBC News`, `Reuters Business`. */
function isMasthead(text: string, outlet: Outlet): boolean {
  const name = [outlet.name, ...outlet.aliases].find((alias) => text.toLowerCase().includes(alias.toLowerCase())) ?? outlet.name;
  return countWords(text) - countWords(name) <= MASTHEAD_EXTRA_WORDS;
}

/** Words a masthead may print beside the outlet's name (a section, a tagline's first word). */
const MASTHEAD_EXTRA_WORDS = 2;

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A title for a seed with no headline: the first words of its body, or its file name. */
function deriveTitle(body: readonly ClassifiedBlock[], path: string): string {
  // A wire dateline (`LONDON (Reuters) -`) opens the paragraph, not the title made from it.
  const first = body[0] === undefined ? undefined : withoutDateline(body[0].text);
  if (first === undefined) {
    const name =
      path
        .split('/')
        .at(-1)
        ?.replace(/\.[^.]+$/, '') ?? path;
    return name === '' ? 'Untitled' : name;
  }
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  const words = sentence.split(/\s+/);
  return words.length <= 14 ? sentence : `${words.slice(0, 12).join(' ')}…`;
}

/**
 * Number the body's paragraphs `p-1`, `p-2`, …; list items also name their list, `l-1`, `l-2`, …
 * in the order the lists appear.
 */
function toParagraphs(body: readonly ClassifiedBlock[]): Paragraph[] {
  const itemCounts = new Map<number, number>();
  for (const block of body) if (block.list !== null) itemCounts.set(block.list.group, (itemCounts.get(block.list.group) ?? 0) + 1);
  // Each run of items in the body is one list; a paragraph between two items of a numbered list
  // starts another, numbered on from where the first stopped.
  let run: { readonly group: number; readonly list: ListPlace } | null = null;
  let lists = 0;
  return body.map((block, index) => {
    // One item left of a list (the others were furniture) reads as a lone `- foo` line does: a
    // paragraph, marker and all.
    const lone = block.list !== null && itemCounts.get(block.list.group) === 1;
    if (block.list === null || lone) {
      run = null;
      return { id: `p-${index + 1}`, text: lone ? block.source : block.text };
    }
    if (run === null || run.group !== block.list.group) {
      lists += 1;
      const id = `l-${lists}`;
      const { ordered, number } = block.list;
      run = { group: block.list.group, list: ordered && number !== null && number !== 1 ? { id, ordered, start: number } : { id, ordered } };
    }
    return { id: `p-${index + 1}`, text: block.text, list: run.list };
  });
}
