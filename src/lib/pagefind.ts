/**
 * What the site gives Pagefind and reads back from it. The search UI (`src/scripts/search.ts`)
 * writes every value it gets from Pagefind as text, never as HTML; these helpers keep the values
 * the text they were on the way in and out.
 */

/**
 * A filter value for a `data-pagefind-filter` attribute that Pagefind reads back as `text`.
 *
 * Pagefind decodes character references in filter values a second time, after the HTML parser
 * has decoded the attribute: the outlet `&lt;img src=x&gt;` written as text would come back from
 * the index as the markup `<img src=x>`. Escaping each `&` once more undoes that second decoding,
 * so the index holds exactly the text the briefing has.
 *
 * @example toFilterValue('&lt;b&gt; & co') // '&amp;lt;b&amp;gt; &amp; co'
 */
export function toFilterValue(text: string): string {
  return text.replaceAll('&', '&amp;');
}

/**
 * The search attributes of a briefing's date: the sort key (`published`), the `year` filter and
 * the `published` meta the results show. An undated briefing sorts last when newest come first
 * (its key sorts before every date) and has no year.
 *
 * @example toPagefindDate('2025-12-30T23:15:00+05:30', Date.parse('2025-12-30T17:45:00Z'))
 * // { 'data-pagefind-sort': 'published:2025-12-30T17:45:00.000Z', 'data-pagefind-filter': 'year:2025', 'data-pagefind-meta': 'published:2025-12-30' }
 */
export function toPagefindDate(published: string | null, time: number): Record<string, string> {
  if (published === null || !Number.isFinite(time)) return { 'data-pagefind-sort': `published:${UNDATED_SORT_KEY}` };
  return {
    'data-pagefind-sort': `published:${new Date(time).toISOString()}`,
    'data-pagefind-filter': `year:${published.slice(0, 4)}`,
    // The day as the source gives it, in its own zone, as the briefing page shows it.
    'data-pagefind-meta': `published:${published.slice(0, 10)}`,
  };
}

/** The sort key of an undated briefing: before every ISO instant, so last when newest come first. */
const UNDATED_SORT_KEY = '0000-00-00';

/** A run of an excerpt: plain text, or a hit to mark. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * The words of a page's text, split where Pagefind splits them, so that the word positions of
 * its hits (`locations`) and anchors index this list.
 *
 * @example splitWords('The  port\nreopened') // ['The', 'port', 'reopened']
 */
export function splitWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/g);
}

/** Where an excerpt may come from: the words, the positions of hits, and the part of the page. */
export interface ExcerptSource {
  readonly words: readonly string[];
  readonly hits: readonly number[];
  /** First word of the part (a paragraph for a sub-result), inclusive; 0 for the page. */
  readonly from: number;
  /** End of the part, exclusive; the word count for the page. */
  readonly to: number;
}

/**
 * An excerpt of about `length` words from the page's own text, where its hits are densest, with
 * the hits marked and `…` where it cuts the part. Built from the text Pagefind indexed rather than
 * from its HTML excerpt, which writes `<` as `&lt;` but leaves a `&lt;` of the text as it is, so
 * that the two cannot be told apart.
 *
 * @example buildExcerpt({ words: ['a', 'port', 'b'], hits: [1], from: 0, to: 3 }, 2) // [{ text: 'a ', marked: false }, { text: 'port', marked: true }, { text: ' …', marked: false }]
 */
export function buildExcerpt({ words, hits, from, to }: ExcerptSource, length: number): ExcerptPart[] {
  const inside = hits.filter((hit) => hit >= from && hit < to).sort((a, b) => a - b);
  const size = Math.min(length, to - from);
  const start = densestStart(inside, size, from, to);
  const marked = new Set(inside);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isHit: boolean) => {
    const last = parts.at(-1);
    if (last?.marked === isHit) parts[parts.length - 1] = { text: last.text + text, marked: isHit };
    else parts.push({ text, marked: isHit });
  };
  if (start > from) push('… ', false);
  for (let index = start; index < start + size; index += 1) {
    if (index > start) push(' ', false);
    push(words[index] ?? '', marked.has(index));
  }
  if (start + size < to) push(' …', false);
  return parts;
}

/**
 * Where to start a window of `size` words in `[from, to)` so that it holds the most hits, each
 * window put a third of its length before the hit it opens with. `hits` are sorted.
 */
function densestStart(hits: readonly number[], size: number, from: number, to: number): number {
  const clamp = (start: number) => Math.max(from, Math.min(to - size, start));
  let best = { start: clamp(from), count: 0 };
  let end = 0;
  for (let first = 0; first < hits.length; first += 1) {
    const start = clamp((hits[first] ?? from) - Math.floor(size / 3));
    while (end < hits.length && (hits[end] ?? 0) < start + size) end += 1;
    const count = end - first;
    if (count > best.count) best = { start, count };
  }
  return best.start;
}
