/**
 * Write a briefing as MDX: YAML front matter made by the yaml library, and the body as mdast
 * `text` nodes serialized by remark, which escapes whatever MDX would read as syntax.
 *
 * The result is parsed back with the site's own processor and refused unless it is the same
 * text and nothing else: seed text can never become code, markup or a different paragraph.
 */
import { dump } from 'js-yaml';
import type { Paragraph as MdastParagraph, Root } from 'mdast';
import type { Unsafe } from 'mdast-util-to-markdown';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type { MdastNode } from 'satteri';
import { FrontMatterSchema } from '../../schemas/briefing.ts';
import { error, type Staged } from '../diagnostics.ts';
import { parseMdx } from '../mdx-guard.ts';
import type { Briefing, FrontMatter } from '../types.ts';

/**
 * What the serializer must escape beyond its own rules. MDX reads a line starting with `import`
 * or `export` as ESM, which runs at build time, so that first letter is written as a character
 * reference (`&#x69;`). A carriage return is always one, since a parser may take it for a line end.
 */
const EXTRA_UNSAFE: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: '\r' },
];

const serializer = remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).data('settings', { unsafe: EXTRA_UNSAFE });

/** The front matter of a briefing's MDX file: everything but the body, validated. */
export function toFrontMatter(briefing: Briefing): FrontMatter {
  const { body: _body, ...fields } = briefing;
  return FrontMatterSchema.parse({ ...fields, generator: 'dossier' });
}

/**
 * Build the MDX syntax tree of a briefing: a `yaml` node, then one paragraph per body paragraph.
 * The YAML is written by js-yaml, the library Astro reads front matter with, so its quoting is
 * exactly what that reader needs: `2025-12-30T23:15:00+05:30` stays a string, not a Date.
 */
export function toBriefingTree(briefing: Briefing): Root {
  const yaml = dump(toFrontMatter(briefing), { lineWidth: -1, noRefs: true });
  return {
    type: 'root',
    children: [
      { type: 'yaml', value: yaml.trimEnd() },
      ...briefing.body.map((paragraph): MdastParagraph => ({ type: 'paragraph', children: [{ type: 'text', value: paragraph.text }] })),
    ],
  };
}

/**
 * Serialize a briefing to MDX, and check it by parsing it back. When the body would not come
 * back as the same plain text, nothing is written and an `mdx-unsafe` error says why.
 */
export function toMdx(briefing: Briefing): Staged<string | null> {
  const mdx = serializer.stringify(toBriefingTree(briefing));
  const mismatch = findMismatch(mdx, briefing.body.map((paragraph) => paragraph.text));
  if (mismatch === null) return { value: mdx, diagnostics: [] };
  return { value: null, diagnostics: [error('mdx-unsafe', `${mismatch}; wrote no MDX for this briefing`)] };
}

/** Why the MDX does not read back as exactly these paragraphs of text, or null when it does. */
function findMismatch(mdx: string, paragraphs: readonly string[]): string | null {
  let tree: MdastNode;
  try {
    tree = parseMdx(mdx);
  } catch (cause) {
    return `The written MDX does not parse (${cause instanceof Error ? cause.message : String(cause)})`;
  }
  const blocks = 'children' in tree ? (tree.children as MdastNode[]).filter((node) => node.type !== 'yaml') : [];
  for (const [index, block] of blocks.entries()) {
    const texts = block.type === 'paragraph' ? block.children : [];
    const onlyText = texts.length > 0 && texts.every((node) => node.type === 'text');
    if (!onlyText) return `Paragraph ${index + 1} reads back as ${describe(block)}, expected plain text`;
    const text = texts.map((node) => (node.type === 'text' ? node.value : '')).join('');
    if (text !== paragraphs[index]) return `Paragraph ${index + 1} reads back as different text`;
  }
  if (blocks.length !== paragraphs.length) {
    return `The body reads back as ${blocks.length} paragraph(s), expected ${paragraphs.length}`;
  }
  return null;
}

function describe(node: MdastNode): string {
  const inner = 'children' in node ? (node.children as MdastNode[]).map((child) => child.type) : [];
  return inner.length > 0 ? `${node.type} (${[...new Set(inner)].join(', ')})` : node.type;
}
