// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pagesLimits } from './src/integrations/pages-limits.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { paragraphAnchors } from './src/integrations/paragraph-anchors.ts';
import { MDX_FEATURES } from './src/pipeline/mdx-dialect.ts';
import { CURATOR_COMPONENTS } from './src/site-config.ts';

// GitHub Pages serves project sites under /<repo>/: the deploy workflow sets both.
const site = process.env.DOSSIER_SITE || 'http://localhost:4321';
const base = process.env.DOSSIER_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({
      features: MDX_FEATURES,
      mdastPlugins: [contentGuard(CURATOR_COMPONENTS)],
      hastPlugins: [paragraphAnchors],
    }),
  },
  // Order matters: the service worker precaches Pagefind's index, and the size check measures
  // the output after both.
  integrations: [mdx(), pagefindIndex(), serviceWorker(), pagesLimits()],
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
