/**
 * Find what in an MDX file would run or render as markup rather than show as text: ESM
 * (`import`, `export`), expressions (`{…}`), JSX elements and raw HTML, and a front matter
 * `layout`, which makes the compiled page import that module.
 *
 * The file is parsed by Sätteri, the processor Astro renders MDX with, in the site's dialect,
 * so what the guard sees is what the build would compile. Curators may use the site's own
 * components, named in an allowlist, each with the plain string attributes listed for it; an
 * Astro directive (`set:html`, `is:raw`, any `name:value`), a spread or a `{…}` value never passes.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { parse } from 'yaml';
import { error, type Diagnostic } from './diagnostics.ts';
import { MDX_FEATURES } from './mdx-dialect.ts';

/** What kind of code or markup an unsafe node is. */
export type UnsafeKind = 'esm' | 'expression' | 'jsx' | 'directive' | 'attribute' | 'html' | 'layout' | 'syntax';

/**
 * The components curators may use, each with the attributes it may have:
 * `{ Aside: ['title'] }` lets `<Aside title="Context">` through.
 */
export type ComponentAllowlist = Readonly<Record<string, readonly string[]>>;

/** A node of an MDX file that is not plain Markdown. */
export interface UnsafeNode {
  readonly kind: UnsafeKind;
  readonly line: number;
  readonly column: number;
  /** The start of the node's source, for the message. */
  readonly excerpt: string;
  /** For an attribute: the component it is on. */
  readonly component?: string;
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
  directive: 'an Astro directive',
  attribute: 'an attribute',
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
 * `allowedComponents` pass when each attribute is a plain string from the component's list;
 * every other attribute is reported on its own, and the children are checked like the rest. A
 * file that does not parse is one `syntax` node at the place the parser stopped.
 *
 * @example findUnsafeNodes('Hello {process.env.HOME}') // [{ kind: 'expression', line: 1, column: 7, … }]
 * @example findUnsafeNodes('<Aside set:html="<b>x</b>" />', { Aside: ['title'] }) // [{ kind: 'directive', line: 1, column: 8, … }]
 */
export function findUnsafeNodes(source: string, allowedComponents: ComponentAllowlist = {}): UnsafeNode[] {
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
  allowedComponents: ComponentAllowlist,
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
      found.push(...findUnsafeAttributes(source, node, allowedComponents[node.name] ?? []));
    } else if (kind) {
      report(kind, node);
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * The unsafe nodes of a file as diagnostics, such as `mdx-esm` at 12:1, or `mdx-directive` for
 * `set:html` on `<Aside>`.
 */
export function toGuardDiagnostics(nodes: readonly UnsafeNode[]): Diagnostic[] {
  return nodes.map((node) => {
    const what = node.component === undefined ? WHAT_IT_IS[node.kind] : describeAttribute(node.kind, node.component);
    return error(`mdx-${node.kind}`, `Found ${what}: \`${node.excerpt}\``, { line: node.line, column: node.column });
  });
}

function describeAttribute(kind: UnsafeKind, component: string): string {
  if (kind === 'directive') return `an Astro directive on <${component}>, which would make the page render code or raw HTML`;
  if (kind === 'expression') return `a {…} attribute or spread on <${component}>, which would run at build time`;
  return `an attribute on <${component}> that is not a plain string from its allowlist in src/site-config.ts`;
}

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function isAllowedComponent(node: MdastNode, allowed: ComponentAllowlist): node is JsxElement & { name: string } {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null && Object.hasOwn(allowed, node.name)
  );
}

/**
 * The attributes of an allowlisted element that are not a plain string from its list: a
 * directive (`set:html`, `is:raw`, `class:list`: any name with a colon), a spread (`{...props}`),
 * a `{…}` value, a bare name with no value, or a name not on the list.
 */
function findUnsafeAttributes(source: string, node: JsxElement & { name: string }, allowed: readonly string[]): UnsafeNode[] {
  const found: UnsafeNode[] = [];
  // Sätteri gives attributes no position of their own: each is found in the element's source,
  // after the one before it.
  let offset = node.position?.start.offset ?? 0;
  for (const attribute of node.attributes) {
    const written = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{';
    const at = source.indexOf(written, offset);
    if (at >= 0) offset = at;
    const kind: UnsafeKind | null =
      attribute.type !== 'mdxJsxAttribute'
        ? 'expression'
        : attribute.name.includes(':')
          ? 'directive'
          : attribute.value !== null && typeof attribute.value !== 'string'
            ? 'expression'
            : attribute.value === null || !allowed.includes(attribute.name)
              ? 'attribute'
              : null;
    if (kind === null) continue;
    const { line, column } = locate(source, offset);
    found.push({ kind, line, column, excerpt: source.slice(offset, offset + 60).split('\n')[0] ?? '', component: node.name });
  }
  return found;
}

/** The 1-based line and column of an offset into `source`. */
function locate(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
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
