/**
 * The original article's address, when the seed carries it: a saved page's canonical link
 * (`<link rel="canonical" href="https://…">`) or a labelled line such as
 * `Originally published at https://example.org/story`. A labelled line that the cleaner kept in
 * the body is moved out of it, listed as dropped by `source-url`: it is provenance, not story.
 */
import type { Staged } from '../diagnostics.ts';
import type { CleanArticle, SeedText, SourceLine } from '../types.ts';

/** An address found in a seed, with the line it is on. */
export interface SourceUrl {
  readonly url: string;
  readonly line: number;
}

/**
 * A line that is only a label and an address: `Originally published at https://…`,
 * `Original article: <https://…>`, `Canonical URL: https://…`, `Read the original at https://…`.
 */
const LABELLED_URL =
  /^\s*(?:originally\s+(?:published|appeared|posted)(?:\s+(?:at|on|in))?|original\s+(?:article|story|source|url|link)|canonical(?:\s+(?:url|link))?|source\s+(?:url|link)|read\s+the\s+original(?:\s+(?:article|story))?(?:\s+(?:at|on|here))?)\s*[:\-–—]?\s*<?(https?:\/\/[^\s<>]+?)>?[.,;]?\s*$/i;

/** A canonical link element, with its attributes in either order. */
const CANONICAL_LINK = [
  /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*\bhref\s*=\s*["']([^"']+)["']/i,
  /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*\brel\s*=\s*["']?canonical\b/i,
];

/**
 * The seed's own statement of where the article was first published; the canonical link wins
 * over a labelled line, the first of each kind over later ones. Only http and https addresses.
 *
 * @example findSourceUrl(seed) // { url: 'https://example.org/story', line: 14 } for "Originally published at https://example.org/story"
 */
export function findSourceUrl(lines: readonly SourceLine[]): SourceUrl | null {
  for (const line of lines) {
    for (const pattern of CANONICAL_LINK) {
      const url = toWebAddress(pattern.exec(line.text)?.[1]);
      if (url) return { url, line: line.line };
    }
  }
  for (const line of lines) {
    const url = toWebAddress(LABELLED_URL.exec(line.text)?.[1]);
    if (url) return { url, line: line.line };
  }
  return null;
}

/**
 * Find the source address in the seed and take its line out of the body if the cleaner kept it
 * there; the rest of the body is renumbered `p-1`, `p-2`, …
 */
export function takeSourceUrl(seed: SeedText, article: CleanArticle): Staged<{ article: CleanArticle; url: string | null }> {
  const found = findSourceUrl(seed.lines);
  if (found === null) return { value: { article, url: null }, diagnostics: [] };
  const index = article.body.findIndex((paragraph, i) => article.bodyLines[i] === found.line && LABELLED_URL.test(paragraph.text));
  if (index === -1) return { value: { article, url: found.url }, diagnostics: [] };
  const removed = article.body[index];
  const body = article.body.filter((_, i) => i !== index).map((paragraph, i) => ({ ...paragraph, id: `p-${i + 1}` }));
  return {
    value: {
      url: found.url,
      article: {
        ...article,
        body,
        bodyLines: article.bodyLines.filter((_, i) => i !== index),
        dropped: [...article.dropped, { rule: 'source-url', line: found.line, text: removed?.text ?? '' }],
      },
    },
    diagnostics: [],
  };
}

function toWebAddress(text: string | undefined): string | null {
  if (text === undefined) return null;
  try {
    const url = new URL(text.replace(/&amp;/g, '&'));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
