import { defineConfig } from 'vitest/config';

// Three projects: `unit` (fast, pure), `site` (real Astro builds into temporary folders) and
// `browser` (real Chromium against a served build). `npm test` runs the first two.
const SLOW = { testTimeout: 240_000, hookTimeout: 240_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/pipeline/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/integrations/**/*.test.ts', 'tests/property/**/*.test.ts'] } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...SLOW } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...SLOW } },
    ],
  },
});
