/**
 * Write a briefing as MDX: YAML front matter made by the yaml library, and the body as mdast
 * `text` nodes (in paragraphs, or in the items of lists) serialized by remark, which escapes
 * whatever MDX would read as syntax.
 *
 * The result is parsed back with the site's own processor and refused unless it is the same
 * text and nothing else: seed text can never become code, markup or a different paragraph.
 */
import { dump } from 'js-yaml';
import type { List, ListItem, Paragraph as MdastParagraph, Root, RootContent } from 'mdast';
import type { Unsafe } from 'mdast-util-to-markdown';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type { MdastNode } from 'satteri';
import { FrontMatterSchema } from '../../schemas/briefing.ts';
import { error, type Staged } from '../diagnostics.ts';
import { parseMdx } from '../mdx-guard.ts';
import { DIGEST_PLACEHOLDER, sealMdx } from '../seal.ts';
import type { Briefing, FrontMatter, Paragraph } from '../types.ts';

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

const serializer = remark()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx)
  .data('settings', { unsafe: EXTRA_UNSAFE, bullet: '-', bulletOrdered: '.' });

/** The front matter of a briefing's MDX file: everything but the body, validated. */
export function toFrontMatter(briefing: Briefing): FrontMatter {
  const { body: _body, ...fields } = briefing;
  return FrontMatterSchema.parse({ ...fields, generator: 'dossier' });
}

/** The front matter as written, with the seal's placeholder last, for `sealMdx` to fill in. */
function toWrittenFrontMatter(briefing: Briefing): FrontMatter & { digest: string } {
  return { ...toFrontMatter(briefing), digest: DIGEST_PLACEHOLDER };
}

/**
 * Build the MDX syntax tree of a briefing: a `yaml` node, then one paragraph per body paragraph,
 * with the items of a list gathered into one `list` node. The YAML is written by js-yaml, the
 * library Astro reads front matter with, so its quoting is exactly what that reader needs:
 * `2025-12-30T23:15:00+05:30` stays a string, not a Date.
 */
export function toBriefingTree(briefing: Briefing): Root {
  const yaml = dump(toWrittenFrontMatter(briefing), { lineWidth: -1, noRefs: true });
  return { type: 'root', children: [{ type: 'yaml', value: yaml.trimEnd() }, ...toBodyNodes(briefing.body)] };
}

/** The body's paragraphs as mdast: plain paragraphs, and one tight list per run of list items. */
function toBodyNodes(body: readonly Paragraph[]): RootContent[] {
  const nodes: RootContent[] = [];
  let list: List | null = null;
  let listId: string | null = null;
  for (const paragraph of body) {
    const node: MdastParagraph = { type: 'paragraph', children: [{ type: 'text', value: paragraph.text }] };
    if (paragraph.list === undefined) {
      list = null;
      listId = null;
      nodes.push(node);
      continue;
    }
    if (list === null || listId !== paragraph.list.id) {
      list = { type: 'list', ordered: paragraph.list.ordered, start: paragraph.list.start ?? null, spread: false, children: [] };
      listId = paragraph.list.id;
      nodes.push(list);
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [node] };
    list.children.push(item);
  }
  return nodes;
}

/**
 * Serialize a briefing to MDX, check it by parsing it back, and seal it. When the body would not come
 * back as the same plain text, nothing is written and an `mdx-unsafe` error says why.
 */
export function toMdx(briefing: Briefing): Staged<string | null> {
  const mdx = serializer.stringify(toBriefingTree(briefing));
  const mismatch = findMismatch(mdx, briefing.body);
  if (mismatch === null) return { value: sealMdx(mdx), diagnostics: [] };
  return { value: null, diagnostics: [error('mdx-unsafe', `${mismatch}; wrote no MDX for this briefing`)] };
}

/** Why the MDX does not read back as exactly these paragraphs (and list items) of text, or null when it does. */
function findMismatch(mdx: string, body: readonly Paragraph[]): string | null {
  let tree: MdastNode;
  try {
    tree = parseMdx(mdx);
  } catch (cause) {
    return `The written MDX does not parse (${cause instanceof Error ? cause.message : String(cause)})`;
  }
  const blocks = 'children' in tree ? (tree.children as MdastNode[]).filter((node) => node.type !== 'yaml') : [];
  const read: { text: string; list: string | null }[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list') {
      const listKey = `${index}:${block.ordered === true ? 'ordered' : 'bullet'}`;
      for (const item of block.children as MdastNode[]) {
        const inner = item.type === 'listItem' ? (item.children as MdastNode[]) : [];
        const [only] = inner;
        const text = inner.length === 1 && only ? readPlainText(only) : null;
        if (text === null) return `A list item of block ${index + 1} reads back as ${describe(item)}, expected plain text`;
        read.push({ text, list: listKey });
      }
      continue;
    }
    const text = readPlainText(block);
    if (text === null) return `Paragraph ${read.length + 1} reads back as ${describe(block)}, expected plain text`;
    read.push({ text, list: null });
  }
  if (read.length !== body.length) return `The body reads back as ${read.length} paragraph(s), expected ${body.length}`;
  for (const [index, paragraph] of body.entries()) {
    const back = read[index];
    if (back?.text !== paragraph.text) return `Paragraph ${index + 1} reads back as different text`;
    const ordered = back.list?.endsWith(':ordered') ?? null;
    const expected = paragraph.list === undefined ? null : paragraph.list.ordered;
    if (ordered !== expected || !sameListAsBefore(body, read, index)) return `Paragraph ${index + 1} reads back in a different list`;
  }
  return null;
}

/** The text of a paragraph made of text nodes only, or null for anything else. */
function readPlainText(node: MdastNode): string | null {
  const texts = node.type === 'paragraph' ? (node.children as MdastNode[]) : [];
  if (texts.length === 0 || !texts.every((child) => child.type === 'text')) return null;
  return texts.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/** Whether paragraph `index` shares its list with the one before exactly when it did in the briefing. */
function sameListAsBefore(body: readonly Paragraph[], read: readonly { list: string | null }[], index: number): boolean {
  if (index === 0) return true;
  const wasSame = body[index]?.list !== undefined && body[index]?.list?.id === body[index - 1]?.list?.id;
  const isSame = read[index]?.list !== null && read[index]?.list === read[index - 1]?.list;
  return wasSame === isSame;
}

function describe(node: MdastNode): string {
  const inner = 'children' in node ? (node.children as MdastNode[]).map((child) => child.type) : [];
  return inner.length > 0 ? `${node.type} (${[...new Set(inner)].join(', ')})` : node.type;
}
