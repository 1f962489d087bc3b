/**
 * The content loader of the `briefings` collection. It reads each MDX file of
 * `content/briefings` once, refuses code or markup in it (the guard of `src/pipeline/mdx-guard.ts`),
 * and stores plain-Markdown bodies as rendered HTML, so the build makes no module per briefing.
 * Only a file that uses a curator component (or an image, a code block) is left to
 * `@astrojs/mdx`, as a deferred render. A file unchanged since the last build is not read again
 * past its digest.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { toGuardDiagnostics, type ComponentAllowlist } from '../pipeline/mdx-guard.ts';
import { FRONT_MATTER, readBriefing } from '../lib/briefing-markdown.ts';

/**
 * Changes whenever what the loader stores for the same file changes (the renderer, its plugins,
 * the versions of Sätteri and Astro it was written against), so a cached store is read afresh.
 */
const STORE_VERSION = 'dossier-briefings 2 (satteri 0.10, astro 7.3)';

/** The files a stored entry came from, by path relative to the content folder: its id and digest. */
type FileIndex = Record<string, { readonly id: string; readonly digest: string }>;

/** Load every `*.mdx` of `base` (relative to the project root); `allowedComponents` are the curator components. */
export function briefingsLoader(options: { readonly base: string; readonly allowedComponents: ComponentAllowlist }): Loader {
  const allowed = options.allowedComponents;
  return {
    name: 'dossier-briefings',
    load: async (context) => {
      const { config, store, meta, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, options.base);
      if (meta.get('store-version') !== STORE_VERSION) {
        store.clear();
        meta.set('files', '{}');
        meta.set('store-version', STORE_VERSION);
      }
      const index = JSON.parse(meta.get('files') ?? '{}') as FileIndex;
      const files = (await readdir(folder, { recursive: true, encoding: 'utf8' }).catch(() => []))
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => file.split(path.sep).join('/'))
        .sort();
      if (files.length === 0) logger.warn(`No briefings found in ${path.relative(root, folder) || '.'}`);

      const kept = new Set<string>();
      const refusals: string[] = [];
      let reread = 0;
      for (const file of files) {
        const result = await syncFile(context, { root, folder, file, allowed, index });
        if (result.refusal) refusals.push(result.refusal);
        if (result.id) kept.add(result.id);
        if (!result.unchanged) reread += 1;
      }
      // Says whether the store the last build or dev server left was used: with thousands of
      // briefings, reading them all again costs seconds.
      if (files.length > 0) logger.info(`Read ${reread} of ${files.length} briefings; ${files.length - reread} unchanged since they were stored`);
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      const listed = new Set(files);
      for (const file of Object.keys(index)) if (!listed.has(file)) delete index[file];
      meta.set('files', JSON.stringify(index));
      if (refusals.length > 0) throw new Error(refusals.join('\n'));

      if (!watcher) return;
      // `astro dev`: follow edits, new files and deletions one file at a time.
      watcher.add(folder);
      const onChange = async (changed: string) => {
        const file = path.relative(folder, changed).split(path.sep).join('/');
        if (file.startsWith('../') || !file.endsWith('.mdx')) return;
        const result = await syncFile(context, { root, folder, file, allowed, index });
        meta.set('files', JSON.stringify(index));
        if (result.refusal) logger.error(result.refusal);
        else logger.info(`Reloaded ${file}`);
      };
      watcher.on('change', (changed) => void onChange(changed));
      watcher.on('add', (added) => void onChange(added));
      watcher.on('unlink', (deleted) => {
        const file = path.relative(folder, deleted).split(path.sep).join('/');
        const known = index[file];
        if (!known) return;
        store.delete(known.id);
        delete index[file];
        meta.set('files', JSON.stringify(index));
      });
    },
  };
}

interface SyncTarget {
  readonly root: string;
  readonly folder: string;
  /** The file's path relative to `folder`, with `/`. */
  readonly file: string;
  readonly allowed: ComponentAllowlist;
  /** Updated in place. */
  readonly index: FileIndex;
}

/**
 * Store one file's entry, unless its digest says the stored one is still right. Returns its id
 * (and whether the stored entry was kept), or why it was refused.
 */
async function syncFile(
  { store, parseData, generateDigest, logger }: LoaderContext,
  { root, folder, file, allowed, index }: SyncTarget,
): Promise<{ id?: string; unchanged?: boolean; refusal?: string }> {
  const absolute = path.join(folder, file);
  const filePath = path.relative(root, absolute).split(path.sep).join('/');
  const source = await readFile(absolute, 'utf8');
  const digest = generateDigest(source);
  const known = index[file];
  if (known && known.digest === digest) {
    const stored = store.get(known.id);
    if (stored) {
      if (stored.deferredRender) store.addModuleImport(filePath);
      return { id: known.id, unchanged: true };
    }
  }

  const read = readBriefing(source, allowed);
  if (read.kind === 'unsafe') {
    delete index[file];
    const lines = toGuardDiagnostics(read.problems).map((diagnostic) => formatDiagnostic(filePath, diagnostic));
    return { refusal: `Refusing to build ${filePath}: it holds code or markup, not text.\n${lines.join('\n')}` };
  }
  const id = typeof read.frontMatter.slug === 'string' && read.frontMatter.slug !== '' ? read.frontMatter.slug : file.replace(/\.mdx$/, '');
  // One look in the store, not a search of every file: this runs for each of thousands of files.
  const other = store.get(id)?.filePath;
  if (other !== undefined && other !== filePath && (!known || known.id !== id)) {
    logger.warn(`${filePath} has the slug "${id}" of ${other}; the later one in path order wins`);
  }
  if (known && known.id !== id) store.delete(known.id);
  const data = await parseData({ id, data: read.frontMatter, filePath: absolute });
  // The body's MDX text, as Astro's own loaders keep it: feeds and cards take their excerpt and
  // reading time from it.
  const body = source.replace(FRONT_MATTER, '');
  if (read.kind === 'html') {
    store.set({ id, data, body, filePath, digest, rendered: { html: read.html, metadata: { headings: [...read.headings] } } });
  } else {
    store.set({ id, data, body, filePath, digest, deferredRender: true });
  }
  index[file] = { id, digest };
  return { id };
}
