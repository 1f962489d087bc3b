/**
 * A plain-text excerpt of a briefing for feeds and cards when it has no dek or summary: the
 * opening of its body, read from the MDX with the parser the site renders with, so escapes
 * (`\{`, `&#x69;`) come out as the characters a reader sees.
 */
import { parseMdx } from '../pipeline/mdx-guard.ts';

/** Longest excerpt, in characters; cut at a word boundary with an ellipsis. */
export const EXCERPT_LENGTH = 280;

interface TextTree {
  readonly type: string;
  readonly value?: unknown;
  readonly children?: readonly TextTree[];
}

/**
 * The first paragraph of an MDX body as plain text, shortened to `length` characters; null
 * when the body has no text or does not parse.
 *
 * @example bodyExcerpt('Fares rise by 5\\%.\n\nNight buses return.') // 'Fares rise by 5%.'
 */
export function bodyExcerpt(mdx: string | undefined, length = EXCERPT_LENGTH): string | null {
  if (!mdx) return null;
  let tree: TextTree;
  try {
    tree = parseMdx(mdx);
  } catch {
    return null;
  }
  const paragraph = findFirst(tree, 'paragraph');
  const text = paragraph ? textOf(paragraph).replace(/\s+/g, ' ').trim() : '';
  return text.length === 0 ? null : shorten(text, length);
}

/**
 * A text cut at a word to at most `length` characters, with an ellipsis when cut.
 *
 * @example shorten('The vote was on Monday.', 12) // 'The vote was…'
 */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > length / 2 ? space : length).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function findFirst(node: TextTree, type: string): TextTree | null {
  if (node.type === type) return node;
  for (const child of node.children ?? []) {
    const found = findFirst(child, type);
    if (found) return found;
  }
  return null;
}

function textOf(node: TextTree): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
