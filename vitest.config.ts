import { defineConfig } from 'vitest/config';

// Three projects: `unit` (fast, pure), `site` (real Astro builds into temporary folders) and
// `browser` (real Chromium against a served build). `npm test` runs the first two.
const SLOW = { testTimeout: 240_000, hookTimeout: 240_000 };
// Unit tests are quick on an idle machine, but property tests run hundreds of cases, and a
// shared 2-core machine can take several times as long: 5 s (vitest's default) is not enough.
const UNIT = { testTimeout: 30_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/pipeline/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/integrations/**/*.test.ts', 'tests/property/**/*.test.ts'], ...UNIT } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...SLOW } },
      // A page's scripts answer a key or a query within a second on an idle machine, but several
      // on a busy one: `expect.poll` waits as long as a reader would before it calls it broken.
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...SLOW, expect: { poll: { timeout: 15_000 } } } },
    ],
  },
});
