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

describe('toMdx with lists', () => {
  const item = (id: number, text: string, list: { id: string; ordered: boolean; start?: number }) => ({ id: `p-${id}`, text, list });

  /** The body as the site reads it: a paragraph's text, or a list's kind and its items' texts. */
  function blocksOf(mdx: string): unknown[] {
    const tree = parseMdx(mdx);
    const blocks = 'children' in tree ? tree.children : [];
    return blocks
      .filter((node) => node.type !== 'yaml')
      .map((node) => {
        if (node.type !== 'list') return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : node.type;
        return {
          ordered: node.ordered,
          start: node.start,
          items: node.children.map((listItem) =>
            'children' in listItem ? listItem.children.map((p) => ('children' in p ? p.children.map((t) => ('value' in t ? t.value : t.type)).join('') : p.type)) : [],
          ),
        };
      });
  }

  test('writes list items as one real list between paragraphs', () => {
    const bullets = { id: 'l-1', ordered: false };
    const mdx = write(
      makeBriefing({
        body: [
          { id: 'p-1', text: 'The minister listed three changes:' },
          item(2, 'Fares rise by 5%.', bullets),
          item(3, 'Night buses return.', bullets),
          item(4, 'Cash is no longer taken.', bullets),
          { id: 'p-5', text: 'They start in May.' },
        ],
      }),
    );
    expect(mdx).toContain('\n- Fares rise by 5%.\n- Night buses return.\n');
    expect(blocksOf(mdx)).toEqual([
      'The minister listed three changes:',
      { ordered: false, start: null, items: [['Fares rise by 5%.'], ['Night buses return.'], ['Cash is no longer taken.']] },
      'They start in May.',
    ]);
  });

  test('numbers an ordered list from where the source started it', () => {
    const steps = { id: 'l-1', ordered: true, start: 3 };
    const mdx = write(makeBriefing({ body: [item(1, 'Third step.', steps), item(2, 'Fourth step.', steps)] }));
    expect(blocksOf(mdx)).toEqual([{ ordered: true, start: 3, items: [['Third step.'], ['Fourth step.']] }]);
  });

  test('keeps two lists in a row apart', () => {
    const mdx = write(
      makeBriefing({ body: [item(1, 'one', { id: 'l-1', ordered: false }), item(2, 'two', { id: 'l-2', ordered: false })] }),
    );
    expect(blocksOf(mdx)).toEqual([
      { ordered: false, start: null, items: [['one']] },
      { ordered: false, start: null, items: [['two']] },
    ]);
  });

  test('writes hostile text and list-looking text inside items as plain text', () => {
    const bullets = { id: 'l-1', ordered: false };
    const texts = [...INJECTIONS, '1. not a nested list', '- nor this', '> nor a quote'];
    const mdx = write(makeBriefing({ body: texts.map((text, index) => item(index + 1, text, bullets)) }));
    expect(blocksOf(mdx)).toEqual([{ ordered: false, start: null, items: texts.map((text) => [text]) }]);
    expect(findUnsafeNodes(mdx)).toEqual([]);
  });
});

describe('findUnsafeNodes', () => {
  test.each([
    ['export const x = 1', 'esm'],
    ['import fs from "node:fs"', 'esm'],
    ['Home is {process.env.HOME}', 'expression'],
    ['<Widget />', 'jsx'],
    ['Text with <b>bold</b>', 'jsx'],
  ])('flags %j as %s', (source, kind) => {
    expect(findUnsafeNodes(source)).toEqual([expect.objectContaining({ kind, line: 1 })]);
  });

  test('reports a file that does not parse as a syntax problem at its place', () => {
    expect(findUnsafeNodes('fine\n\n<!-- x -->')).toEqual([expect.objectContaining({ kind: 'syntax', line: 3, column: 1 })]);
  });

  test('lets plain Markdown through', () => {
    expect(findUnsafeNodes('# Heading\n\nSome *emphasis* and a [link](https://example.com).')).toEqual([]);
  });
});
