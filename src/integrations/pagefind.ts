/**
 * An Astro integration that indexes the built site with Pagefind's Node API when the build is
 * done, writing the index into the build output (`dist/pagefind/`), never into the sources.
 * Under `astro dev` it serves the last build's index at the same address, so search works
 * there too; with no build yet, the search UI says how to make one.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages Pagefind reads. Only briefing pages carry `data-pagefind-body`, so only they are
 * indexed; reading just them spares Pagefind parsing every timeline, entity and list page of
 * the site (about half its time with 4,000 briefings).
 */
const INDEXED_PAGES = 'briefings/**/*.html';

/** Index the briefing pages of the build with Pagefind. */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'dossier:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${base.replace(/\/+$/, '')}/pagefind/`;
        server.middlewares.use((request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(prefix)) return next();
          const file = path.join(outDir, 'pagefind', ...url.pathname.slice(prefix.length).split('/').filter((part) => part !== '..'));
          if (!existsSync(file)) return next();
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          const { files, bytes } = await measure(outputPath);
          const indexed = await countIndexedPages(outputPath);
          logger.info(
            `Indexed ${indexed} of ${added.page_count} pages: ${files} files, ${formatBytes(bytes)} in ${path.relative(process.cwd(), outputPath)}/ ` +
              `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
          );
        } catch (cause) {
          throw new Error(`Pagefind could not index ${site}`, { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Pages that made it into the index (only briefing pages carry `data-pagefind-body`). */
async function countIndexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function measure(folder: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
