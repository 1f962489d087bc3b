// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { devDataStore } from './src/integrations/dev-data-store.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pagesLimits } from './src/integrations/pages-limits.ts';
import { BRIEFING_HAST_PLUGINS } from './src/lib/briefing-markdown.ts';
import { seedWatcher } from './src/integrations/seed-watcher.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { MDX_FEATURES } from './src/pipeline/mdx-dialect.ts';
import { isInSitemap } from './src/lib/sitemap.ts';
import { CURATOR_COMPONENTS, siteConfig } from './src/site-config.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Astro keeps the content data store of `astro dev` in `.astro/` and that of `astro build` in
  // `cacheDir`; one folder for both lets `npm run dev` after a build (and a build after `npm run
  // dev`) start from the other's store instead of reading and rendering every briefing again.
  // Astro's other caches (social cards, incremental build) move there too; `.astro/` is ignored by Git.
  cacheDir: './.astro',
  // The loader of `src/content.config.ts` renders plain briefings itself with the same plugins;
  // this processor renders the few that `@astrojs/mdx` compiles (those with a curator component).
  markdown: {
    processor: satteri({
      features: MDX_FEATURES,
      mdastPlugins: [contentGuard(CURATOR_COMPONENTS)],
      hastPlugins: [...BRIEFING_HAST_PLUGINS],
    }),
  },
  // Order matters: the service worker precaches Pagefind's index, and the size check measures
  // the output after both.
  integrations: [mdx(), sitemap({ filter: (page) => isInSitemap(page) }), pagefindIndex(), serviceWorker(), pagesLimits(), seedWatcher(), devDataStore()],
  // A page whose `cacheKey` (src/lib/cache-keys.ts) and code are unchanged is copied from the
  // last build instead of rendered: after one changed briefing, most briefing and entity pages.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks every MDX module with this directive and the bundler warns about each one
        // (withastro/astro#18087); the warning is harmless and would bury real ones.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
