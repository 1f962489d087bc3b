/**
 * An Astro integration that writes the service worker (`sw.js`) with Workbox when the build is
 * done, after Pagefind has written its index: readers keep the site after one visit.
 *
 * - Precached on the first visit: the shell (home, search and offline pages, styles, scripts,
 *   manifest, icon) and Pagefind's runtime, word index and filters, so a query over every
 *   briefing runs offline. Pagefind names its index and filter files by their content, and
 *   Workbox revisions the rest by theirs, so a new deploy replaces the old files in one step when
 *   its worker takes over (once every tab of the old one is closed) and the two are never mixed.
 * - Not precached: Pagefind's fragments, one per briefing (title, outlet, date, text for the
 *   excerpt). They are most of the index (about 3 KiB each, 12 MiB at 4,000 briefings), and
 *   fetching them all on the first visit slowed that visit's searches threefold. Each is kept
 *   once a result has shown it (named by its content, so it never goes stale); offline, a result
 *   whose fragment was never shown says so.
 * - Cached as they are read: every other page (briefings, timeline, index pages), network first.
 * - Offline, a page never opened on this device shows the offline page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { withBase } from '../lib/paths.ts';

/**
 * The folder a pattern's files are in, before its first wildcard: a site with no filter values
 * has no `pagefind/filter/`, and its pattern is left out rather than warned about.
 */
function patternFolder(pattern: string): string {
  const fixed = pattern.split(/[*{]/)[0] ?? '';
  return fixed.includes('/') ? fixed.slice(0, fixed.lastIndexOf('/')) : '.';
}

/** The files every visitor's browser keeps, relative to the build output. */
export const PRECACHED = [
  'index.html',
  'search/index.html',
  'offline/index.html',
  'manifest.webmanifest',
  'favicon.svg',
  '_astro/**/*.{js,css}',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.*.pagefind',
  'pagefind/*.pf_meta',
  'pagefind/index/*.pf_index',
  'pagefind/filter/*.pf_filter',
];

/** Write `sw.js` into the build output. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'dossier:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const offline = withBase(base, 'offline/');
        try {
          const { count, size, warnings } = await generateSW({
            swDest: path.join(site, 'sw.js'),
            globDirectory: site,
            globPatterns: PRECACHED.filter((pattern) => existsSync(path.join(site, patternFolder(pattern)))),
            modifyURLPrefix: { '': withBase(base, '') },
            // Named by their content already: the address is the revision.
            dontCacheBustURLsMatching: /\/pagefind\/(?:index|filter|fragment)\/|\.pf_meta$|\/_astro\//,
            // `ts` is Pagefind's cache buster for its entry file; `q` and `highlight` are queries.
            ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/, /^q$/, /^highlight$/],
            directoryIndex: 'index.html',
            maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
            cleanupOutdatedCaches: true,
            clientsClaim: true,
            inlineWorkboxRuntime: true,
            sourcemap: false,
            mode: 'production',
            runtimeCaching: [
              {
                urlPattern: /\/pagefind\/fragment\/[^/]+\.pf_fragment$/,
                handler: 'CacheFirst',
                options: { cacheName: 'dossier-search-fragments', expiration: { maxEntries: 2000 } },
              },
              {
                urlPattern: ({ request }) => request.mode === 'navigate',
                handler: 'NetworkFirst',
                options: {
                  cacheName: 'dossier-pages',
                  networkTimeoutSeconds: 5,
                  matchOptions: { ignoreSearch: true },
                  expiration: { maxEntries: 500 },
                  precacheFallback: { fallbackURL: `${offline}index.html` },
                },
              },
            ],
          });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`Service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(1)} MiB`);
        } catch (cause) {
          throw new Error(`Workbox could not write the service worker into ${site}`, { cause });
        }
      },
    },
  };
}
