/**
 * A Sätteri mdast plugin that refuses, at build time, any briefing MDX with code or markup in
 * it (ESM, expressions, JSX outside the allowlist, directives and attributes off it, raw HTML, a
 * front matter `layout`), generated or edited by hand. The build stops with `file:line:col` for each.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { findUnsafeNodes, hasLayoutKey, toGuardDiagnostics, type ComponentAllowlist, type UnsafeNode } from '../pipeline/mdx-guard.ts';

/**
 * Guard every MDX file the site compiles; `allowed` are the curator components with the
 * attributes each may have.
 */
export function contentGuard(allowed: ComponentAllowlist): MdastPluginEntry {
  return (context) => {
    if (context.sourceFormat !== 'mdx') return null;
    // Astro hands plugins the body with its front matter blanked out (lines kept), and the
    // front matter itself as data.
    const frontMatter = (context.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter;
    const layout: UnsafeNode[] = hasLayoutKey(frontMatter) ? [{ kind: 'layout', line: 1, column: 1, excerpt: '---' }] : [];
    const found = [...layout, ...findUnsafeNodes(context.source, allowed)];
    if (found.length === 0) return null;
    const file = context.fileURL ? path.relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an MDX file';
    const lines = toGuardDiagnostics(found).map((diagnostic) => formatDiagnostic(file, diagnostic));
    throw new Error(`Refusing to build ${file}: it holds code or markup, not text.\n${lines.join('\n')}`);
  };
}
