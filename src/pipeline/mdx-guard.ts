/**
 * Find what in an MDX file would run or render as markup rather than show as text: ESM
 * (`import`, `export`), expressions (`{…}`), JSX elements and raw HTML, and a front matter
 * `layout`, which makes the compiled page import that module.
 *
 * The file is parsed by Sätteri, the processor Astro renders MDX with, in the site's dialect,
 * so what the guard sees is what the build would compile. Curators may use the site's own
 * components, named in an allowlist, with plain string attributes.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse } from 'yaml';
import { error, type Diagnostic } from './diagnostics.ts';
import { MDX_FEATURES } from './mdx-dialect.ts';

/** What kind of code or markup an unsafe node is. */
export type UnsafeKind = 'esm' | 'expression' | 'jsx' | 'html' | 'layout' | 'syntax';

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

const WHAT_IT_IS: Readonly<Record<UnsafeKind, string>> = {
  esm: 'an import or export, which would run at build time',
  expression: 'a {…} expression, which would run at build time',
  jsx: 'a JSX element that is not one of the site components curators may use',
  html: 'raw HTML',
  layout: 'a front matter `layout`, which would import that module into the page',
  syntax: 'MDX that does not parse',
};

/** Parse MDX the way the site does. Throws on MDX syntax errors, with `line:column` in the message. */
export function parseMdx(source: string): MdastNode {
  return mdxToMdast(source, { features: MDX_FEATURES });
}

/**
 * List the nodes of an MDX file that would run or render as markup. JSX elements named in
 * `allowedComponents` pass when their attributes are plain strings; their children are checked
 * like the rest. A file that does not parse is one `syntax` node at the place the parser stopped.
 *
 * @example findUnsafeNodes('Hello {process.env.HOME}') // [{ kind: 'expression', line: 1, column: 7, … }]
 */
export function findUnsafeNodes(source: string, allowedComponents: ReadonlySet<string> = new Set()): UnsafeNode[] {
  let tree: MdastNode;
  try {
    tree = parseMdx(source);
  } catch (cause) {
    return [toSyntaxNode(cause)];
  }
  return findUnsafeNodesInTree(tree, source, allowedComponents);
}

/** The `syntax` node for an error the MDX parser threw, at the `line:column` its message starts with. */
export function toSyntaxNode(cause: unknown): UnsafeNode {
  const message = cause instanceof Error ? cause.message : String(cause);
  const [, line = '1', column = '1'] = /^(\d+):(\d+)/.exec(message) ?? [];
  return { kind: 'syntax', line: Number(line), column: Number(column), excerpt: message };
}

/**
 * {@link findUnsafeNodes} over a tree already parsed (with positions) from `source`. When the
 * caller has read the front matter already, `frontMatter` is checked for a `layout` instead of
 * reading the YAML again.
 */
export function findUnsafeNodesInTree(
  tree: MdastNode,
  source: string,
  allowedComponents: ReadonlySet<string>,
  frontMatter?: unknown,
): UnsafeNode[] {
  const found: UnsafeNode[] = [];
  const report = (kind: UnsafeKind, node: MdastNode) => {
    const start = node.position?.start;
    const offset = start?.offset ?? 0;
    found.push({
      kind,
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      excerpt: source.slice(offset, offset + 60).split('\n')[0] ?? '',
    });
  };
  const visit = (node: MdastNode): void => {
    if (node.type === 'yaml' && (frontMatter === undefined ? hasLayout(node.value) : hasLayoutKey(frontMatter))) report('layout', node);
    const kind = UNSAFE_TYPES[node.type];
    if (kind === 'jsx' && isAllowedComponent(node, allowedComponents)) {
      if (hasCodeInAttributes(node)) report('expression', node);
    } else if (kind) {
      report(kind, node);
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return found;
}

/** The unsafe nodes of a file as diagnostics, such as `mdx-esm` at 12:1. */
export function toGuardDiagnostics(nodes: readonly UnsafeNode[]): Diagnostic[] {
  return nodes.map((node) =>
    error(`mdx-${node.kind}`, `Found ${WHAT_IT_IS[node.kind]}: \`${node.excerpt}\``, { line: node.line, column: node.column }),
  );
}

function isAllowedComponent(node: MdastNode, allowed: ReadonlySet<string>): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null && allowed.has(node.name);
}

/** Whether a JSX element has an attribute that is code: `{...spread}` or `name={expression}`. */
function hasCodeInAttributes(node: MdastNode): boolean {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  return node.attributes.some(
    (attribute) => attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string'),
  );
}

function hasLayout(yaml: string): boolean {
  try {
    return hasLayoutKey(parse(yaml));
  } catch {
    // Front matter that does not parse is reported by Astro's own schema check.
    return false;
  }
}

/**
 * Whether parsed front matter names a `layout`: Astro's MDX compiler imports that module into
 * the page, so a briefing must never have one.
 */
export function hasLayoutKey(frontMatter: unknown): boolean {
  return typeof frontMatter === 'object' && frontMatter !== null && 'layout' in frontMatter;
}
