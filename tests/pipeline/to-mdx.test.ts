import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { findUnsafeNodes, parseMdx } from '../../src/pipeline/mdx-guard.ts';
import { toMdx } from '../../src/pipeline/stages/to-mdx.ts';
import { HOSTILE_TITLE, INJECTIONS, makeBriefing, paragraphs } from '../support/briefings.ts';

/** The front matter as Astro reads it: with js-yaml. */
function frontMatterOf(mdx: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error(`No front matter in:\n${mdx}`);
  return load(match[1] ?? '') as Record<string, unknown>;
}

/** The body as the site's MDX processor reads it: [node type, text] per block. */
function bodyOf(mdx: string): [string, string][] {
  const tree = parseMdx(mdx);
  const blocks = 'children' in tree ? tree.children : [];
  return blocks
    .filter((node) => node.type !== 'yaml')
    .map((node) => {
      const inline = 'children' in node ? node.children : [];
      return [inline.map((child) => child.type).join('+') || node.type, inline.map((child) => ('value' in child ? child.value : '')).join('')];
    });
}

function write(briefing: ReturnType<typeof makeBriefing>): string {
  const result = toMdx(briefing);
  expect(result.diagnostics).toEqual([]);
  if (result.value === null) throw new Error('no MDX written');
  return result.value;
}

describe('toMdx', () => {
  test.each(INJECTIONS)('writes %j as a paragraph of plain text', (text) => {
    const mdx = write(makeBriefing({ body: paragraphs([text]) }));
    expect(bodyOf(mdx)).toEqual([['text', text]]);
    expect(findUnsafeNodes(mdx)).toEqual([]);
  });

  test('keeps a blank line inside a paragraph from splitting it', () => {
    const mdx = write(makeBriefing({ body: paragraphs(['first half\n\nsecond half']) }));
    expect(bodyOf(mdx)).toEqual([['text', 'first half\n\nsecond half']]);
  });

  test('keeps ESM keywords inert at the start of any line, not only the first', () => {
    const text = 'Imports rose.\nimport x from "y"\nexport default 1';
    const mdx = write(makeBriefing({ body: paragraphs([text]) }));
    expect(bodyOf(mdx)).toEqual([['text', text]]);
  });

  test('writes many hostile paragraphs in one file, each still one paragraph', () => {
    const mdx = write(makeBriefing({ body: paragraphs(INJECTIONS) }));
    expect(bodyOf(mdx)).toEqual(INJECTIONS.map((text) => ['text', text]));
  });

  test('quotes front matter so js-yaml gives back the same strings', () => {
    const briefing = makeBriefing({
      title: HOSTILE_TITLE,
      dek: 'no',
      summary: '2025-01-01',
      outlet: 'null',
      byline: '~',
      published: '2025-12-30T23:15:00+05:30',
    });
    const frontMatter = frontMatterOf(write(briefing));
    expect(frontMatter).toMatchObject({
      title: HOSTILE_TITLE,
      dek: 'no',
      summary: '2025-01-01',
      outlet: 'null',
      byline: '~',
      published: '2025-12-30T23:15:00+05:30',
      generator: 'dossier',
    });
  });

  test('leaves the body out of the front matter', () => {
    const frontMatter = frontMatterOf(write(makeBriefing()));
    expect(frontMatter).not.toHaveProperty('body');
    expect(frontMatter.slug).toBe('hand-made');
  });

  test('refuses a briefing whose text cannot come back as the same paragraphs', () => {
    // A lone surrogate has no UTF-8 form: it cannot survive being written and read back.
    const result = toMdx(makeBriefing({ body: paragraphs(['half a character: \uD800']) }));
    expect(result.value).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'mdx-unsafe', message: 'Paragraph 1 reads back as different text; wrote no MDX for this briefing' }),
    ]);
  });
});
