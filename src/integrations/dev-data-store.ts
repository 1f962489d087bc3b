/**
 * An Astro integration for `astro dev`: the content data store reaches the pages as one module
 * whose source Astro writes as the whole store in a string literal (24 MB at 1,000 briefings,
 * 96 MB at 4,000). Vite parses that source and V8 compiles it on the first request, which took
 * more time than anything else in a start (12 CPU s at 4,000). The same module instead reads
 * the store's file when it runs: the same data, without the literal.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the data store module (`astro:data-layer-content`). */
const DATA_STORE_MODULE = /^\0astro:data-layer-content$/;
/** How Astro's source of that module begins when the store file exists (otherwise an empty `Map`). */
const INLINED_STORE = 'export default JSON.parse(';

/** The module's source that reads the store from `file` when it runs. */
export function readingStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** Serve the data store module of `astro dev` by reading the store's file (`.astro/data-store.json`). */
export function devDataStore(): AstroIntegration {
  return {
    name: 'dossier:dev-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const file = fileURLToPath(new URL('.astro/data-store.json', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dossier:dev-data-store',
                transform: {
                  filter: { id: DATA_STORE_MODULE },
                  handler: (code: string) => (code.startsWith(INLINED_STORE) ? { code: readingStoreModule(file), map: { mappings: '' } } : null),
                },
              },
            ],
          },
        });
      },
    },
  };
}
