/**
 * Find what in an MDX file would run or render as markup rather than show as text: ESM
 * (`import`, `export`), expressions (`{…}`), JSX elements and raw HTML.
 *
 * The file is parsed by Sätteri, the processor Astro renders MDX with, in the site's dialect,
 * so what the guard sees is what the build would compile.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { MDX_FEATURES } from './mdx-dialect.ts';

/** What kind of code or markup an unsafe node is. */
export type UnsafeKind = 'esm' | 'expression' | 'jsx' | 'html' | 'syntax';

/** A node of an MDX file that is not plain Markdown. */
export interface UnsafeNode {
  readonly kind: UnsafeKind;
  readonly line: number;
  readonly column: number;
  /** The start of the node's source, for the message. */
  readonly excerpt: string;
}

const UNSAFE_TYPES: Readonly<Record<string, UnsafeKind>> = {
  mdxjsEsm: 'esm',
  mdxFlowExpression: 'expression',
  mdxTextExpression: 'expression',
  mdxJsxFlowElement: 'jsx',
  mdxJsxTextElement: 'jsx',
  html: 'html',
};

/** Parse MDX the way the site does. Throws on MDX syntax errors, with `line:column` in the message. */
export function parseMdx(source: string): MdastNode {
  return mdxToMdast(source, { features: MDX_FEATURES });
}

/**
 * List the nodes of an MDX file that would run or render as markup. A file that does not
 * parse is one `syntax` node at the place the parser stopped.
 *
 * @example findUnsafeNodes('Hello {process.env.HOME}') // [{ kind: 'expression', line: 1, column: 7, … }]
 */
export function findUnsafeNodes(source: string): UnsafeNode[] {
  let tree: MdastNode;
  try {
    tree = parseMdx(source);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const [, line = '1', column = '1'] = /^(\d+):(\d+)/.exec(message) ?? [];
    return [{ kind: 'syntax', line: Number(line), column: Number(column), excerpt: message }];
  }
  const found: UnsafeNode[] = [];
  const visit = (node: MdastNode): void => {
    const kind = UNSAFE_TYPES[node.type];
    if (kind) {
      const start = node.position?.start;
      const offset = start?.offset ?? 0;
      found.push({
        kind,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
        excerpt: source.slice(offset, offset + 60).split('\n')[0] ?? '',
      });
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return found;
}
