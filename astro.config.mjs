// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { pagesLimits } from './src/integrations/pages-limits.ts';
import { BRIEFING_HAST_PLUGINS } from './src/lib/briefing-markdown.ts';
import { MDX_FEATURES } from './src/pipeline/mdx-dialect.ts';
import { CURATOR_COMPONENTS } from './src/site-config.ts';

// GitHub Pages serves project sites under /<repo>/: the deploy workflow sets both.
const site = process.env.DOSSIER_SITE || 'http://localhost:4321';
const base = process.env.DOSSIER_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The loader of `src/content.config.ts` renders plain briefings itself with the same plugins;
  // this processor renders the few that `@astrojs/mdx` compiles (those with a curator component).
  markdown: {
    processor: satteri({
      features: MDX_FEATURES,
      mdastPlugins: [contentGuard(CURATOR_COMPONENTS)],
      hastPlugins: [...BRIEFING_HAST_PLUGINS],
    }),
  },
  // Order matters: the size check measures the output after Pagefind has written its index.
  integrations: [mdx(), pagefindIndex(), pagesLimits()],
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
