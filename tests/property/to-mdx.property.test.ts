import { fc, test } from '@fast-check/vitest';
import { load } from 'js-yaml';
import { mdxToHast, type HastNode } from 'satteri';
import { describe, expect } from 'vitest';
import { findUnsafeNodes } from '../../src/pipeline/mdx-guard.ts';
import { MDX_FEATURES } from '../../src/pipeline/mdx-dialect.ts';
import { toMdx } from '../../src/pipeline/stages/to-mdx.ts';
import { makeBriefing, paragraphs } from '../support/briefings.ts';

/** Pieces of MDX, Markdown and YAML syntax, to be strung together with anything else. */
const SYNTAX = fc.constantFrom(
  '{', '}', '<', '>', '</', '/>', 'import ', 'export ', 'import{', '---', '***', '# ', '* ', '- ', '+ ', '1. ', '> ',
  '`', '```', '~~~', '_', '__', '~', '|', '[', ']', '(', ')', '![', '&', '&amp;', '&#123;', '&#x20;', ';', '\\', ':',
  '"', "'", '$', '$$', ':::', '[^1]', '<!--', '-->', '<script>', 'www.', 'https://', '@', '    ', '\t', '\n', '\r\n',
  '\r', '\u2028', '\u00a0', '\u0000', '\ufeff', 'yes', 'no', 'null', '~', '2025-12-30T23:15:00+05:30', '0x1F', '.5',
);

/** Text a seed could hold: any Unicode, syntax pieces, and now and then a long line. */
const TEXT = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1 }),
  fc.array(fc.oneof(SYNTAX, fc.string({ unit: 'grapheme', maxLength: 8 })), { minLength: 1, maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme-ascii', minLength: 2000, maxLength: 20000 }),
);

/** Whether a string is well-formed UTF-16 (no lone surrogate), the only text a decoded seed holds. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/**
 * Whether a paragraph can be written at all: not empty, well-formed, and without NUL, which
 * Markdown and HTML both replace with U+FFFD (the decoder removes control characters anyway).
 */
const isRepresentable = (text: string) => text !== '' && isWellFormed(text) && !text.includes('\u0000');

/** Text as a browser shows it: runs of ASCII white space collapse to one space. */
const asShown = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** The text of each top-level `<p>` as the site's processor renders it. */
function renderedParagraphs(mdx: string): string[] {
  const root = mdxToHast(mdx, { features: MDX_FEATURES });
  const textOf = (node: HastNode): string =>
    node.type === 'text' ? node.value : 'children' in node ? (node.children as HastNode[]).map(textOf).join('') : '';
  return ('children' in root ? (root.children as HastNode[]) : [])
    .filter((node) => node.type === 'element' && node.tagName === 'p')
    .map(textOf);
}

describe('toMdx on arbitrary text', () => {
  test.prop([fc.array(TEXT, { minLength: 1, maxLength: 6 })], { numRuns: 300 })(
    'writes MDX that parses to text only and renders the same text, or refuses it with mdx-unsafe',
    (texts) => {
      const result = toMdx(makeBriefing({ body: paragraphs(texts) }));
      if (result.value === null) {
        expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'mdx-unsafe', severity: 'error' })]);
        // Only text that no cleaned seed holds may be refused.
        expect(texts.every(isRepresentable)).toBe(false);
        return;
      }
      expect(findUnsafeNodes(result.value)).toEqual([]);
      // A reader sees HTML, where runs of ASCII white space show as one space.
      expect(renderedParagraphs(result.value).map(asShown)).toEqual(texts.map(asShown));
    },
  );

  // A title is never empty (the schema says so); a dek may be anything.
  test.prop([TEXT.filter((text) => text !== '' && isWellFormed(text)), TEXT.filter(isWellFormed)], { numRuns: 300 })(
    'keeps any title and dek the same through the front matter, as js-yaml reads it',
    (title, dek) => {
      const mdx = toMdx(makeBriefing({ title, dek })).value ?? '';
      const frontMatter = load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '') as { title: string; dek: string };
      expect({ title: frontMatter.title, dek: frontMatter.dek }).toEqual({ title, dek });
    },
  );
});
