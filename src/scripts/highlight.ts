/**
 * On a briefing opened from a search result (`?highlight=port+strike#p-4`): mark the query's
 * words in the briefing's text and bring the paragraph the result pointed to into view. Text
 * nodes are split around each hit and the hit wrapped in a `<mark>` element; no HTML is parsed.
 */

/** Letters and digits, the characters a word is made of. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * A pattern for the words of a query, each matched at the start of a word and to its end, so
 * that `harbour` also marks `harbours` as Pagefind's stemming finds it.
 *
 * @example hitPattern('port strike').exec('The ports')?.[0] // 'ports'
 */
export function hitPattern(query: string): RegExp | null {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!${WORD_CHAR})(?:${escaped.join('|')})${WORD_CHAR}*`, 'giu');
}

/** Mark every hit of `pattern` in the text under `root`; returns the marks, in reading order. */
export function markHits(root: Element, pattern: RegExp): HTMLElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    let rest = text;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(rest.data); match; match = pattern.exec(rest.data)) {
      const hit = rest.splitText(match.index);
      rest = hit.splitText(match[0].length);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marks.push(mark);
      pattern.lastIndex = 0;
    }
  }
  return marks;
}

/** Highlight the query of the page's address in the briefing, and show its target paragraph. */
export function highlightFromUrl(): void {
  const pattern = hitPattern(new URLSearchParams(window.location.search).get('highlight') ?? '');
  const body = document.querySelector('[data-pagefind-body]');
  if (pattern === null || body === null) return;
  const marks = markHits(body, pattern);
  const target = window.location.hash.length > 1 ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  const first = (target && marks.find((mark) => target.contains(mark))) ?? marks[0];
  target?.classList.add('search-target');
  (target ?? first)?.scrollIntoView({ block: 'center' });
}
