/**
 * How a briefing file becomes HTML without an MDX module of its own: one Sätteri parse of the
 * whole file, in the site's MDX dialect, gives the front matter, the guard's tree and, when the
 * body is plain Markdown, its HTML. Files that use a curator component, an image or a code
 * block are left to `@astrojs/mdx`, which renders those the way the rest of the site expects.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { load } from 'js-yaml';
import {
  convertMdastToHastHandle,
  createMdxMdastHandle,
  dropHandle,
  materializeMdastTree,
  MdastReader,
  normalizePlugins,
  renderHandle,
  resolveHastSubscriptions,
  serializeHandle,
  visitHastHandle,
  type HastPluginEntry,
  type HastVisitorInstance,
  type MdastNode,
} from 'satteri';
import { paragraphAnchors } from '../integrations/paragraph-anchors.ts';
import { MDX_FEATURES } from '../pipeline/mdx-dialect.ts';
import { findUnsafeNodesInTree, toSyntaxNode, type ComponentAllowlist, type UnsafeNode } from '../pipeline/mdx-guard.ts';

/** The hast plugins of every briefing body, whichever way it is rendered (`astro.config.mjs` gives them to MDX too). */
export const BRIEFING_HAST_PLUGINS: readonly HastPluginEntry[] = [paragraphAnchors];

/** The front matter block at the top of a briefing file, its YAML the first group, with the line end after it. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A heading as Astro lists it for `render(entry).headings`. */
export interface BodyHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** What one read of a briefing file gives. */
export type ReadBriefing =
  /** Code or markup the build refuses, or MDX that does not parse. */
  | { readonly kind: 'unsafe'; readonly problems: readonly UnsafeNode[] }
  /** Plain Markdown, rendered here. */
  | { readonly kind: 'html'; readonly frontMatter: Record<string, unknown>; readonly html: string; readonly headings: readonly BodyHeading[] }
  /** A body with a curator component (or an image, a code block): rendered by `@astrojs/mdx`. */
  | { readonly kind: 'mdx'; readonly frontMatter: Record<string, unknown> };

/**
 * Node types this renderer turns into the same HTML as `@astrojs/mdx` does. Anything else, a
 * component, an image (Astro optimises those) or a code block (Astro highlights those), sends
 * the file to MDX.
 */
const PLAIN_TYPES: ReadonlySet<string> = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'heading',
  'list',
  'listItem',
  'link',
  'linkReference',
  'definition',
  'blockquote',
  'thematicBreak',
  'break',
  'inlineCode',
]);

/**
 * Read a briefing MDX file once: its front matter (js-yaml, as Astro reads it), what the guard
 * refuses in it, and its body's HTML when the body is plain Markdown.
 *
 * @example readBriefing('---\nslug: a\n---\n\nOne *line*.\n', { Aside: ['title'] })
 * // { kind: "html", frontMatter: { slug: "a" }, html: "<p id=\"p-1\">One <em>line</em>.</p>\n", headings: [] }
 */
export function readBriefing(source: string, allowedComponents: ComponentAllowlist): ReadBriefing {
  let mdast;
  try {
    mdast = createMdxMdastHandle(source, MDX_FEATURES, true);
  } catch (cause) {
    return { kind: 'unsafe', problems: [toSyntaxNode(cause)] };
  }
  let hast;
  try {
    const tree = materializeMdastTree(new MdastReader(serializeHandle(mdast)));
    const yaml = tree.type === 'root' ? tree.children.find((node) => node.type === 'yaml') : undefined;
    let frontMatter: Record<string, unknown>;
    try {
      frontMatter = toRecord(yaml && 'value' in yaml ? load(String(yaml.value)) : {});
    } catch (cause) {
      const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
      const message = cause instanceof Error ? cause.message.split('\n')[0] ?? '' : String(cause);
      // js-yaml counts from 0 inside the front matter, which starts on the file's second line.
      return { kind: 'unsafe', problems: [{ kind: 'syntax', line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1, excerpt: message }] };
    }
    const problems = findUnsafeNodesInTree(tree, source, allowedComponents, frontMatter);
    if (problems.length > 0) return { kind: 'unsafe', problems };
    if (!isPlain(tree)) return { kind: 'mdx', frontMatter };
    hast = convertMdastToHastHandle(mdast);
    const headings: BodyHeading[] = [];
    const data = { astro: { frontmatter: frontMatter, headings, localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
    // The same plugins, in the same order, as Astro's MDX processor runs: ours, then heading ids.
    const plugins = normalizePlugins<HastVisitorInstance>([...BRIEFING_HAST_PLUGINS, satteriHeadingIdsPlugin()], 'hastPlugins', source, undefined, 'mdx', data);
    for (const plugin of plugins) {
      const applied = visitHastHandle(hast, plugin, resolveHastSubscriptions(plugin), source, undefined, data, 'mdx');
      if (applied instanceof Promise) throw new Error('A briefing hast plugin is asynchronous; briefing bodies are rendered synchronously');
    }
    return { kind: 'html', frontMatter, html: renderHandle(hast), headings: data.astro.headings };
  } finally {
    // Converting empties the mdast arena but does not free it: both handles are dropped.
    dropHandle(mdast);
    if (hast) dropHandle(hast);
  }
}

function isPlain(node: MdastNode): boolean {
  if (!PLAIN_TYPES.has(node.type)) return false;
  return !('children' in node) || (node.children as MdastNode[]).every(isPlain);
}

function toRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
