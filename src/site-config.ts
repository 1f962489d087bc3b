/**
 * Site settings shared by the Astro config, the pages and the tests.
 */

/**
 * Components curators may write in briefing MDX, by name, such as
 * `<Aside title="Correction">The vote was on Monday.</Aside>`. Attributes must be plain strings;
 * anything else in a briefing that is not text fails the build (see `src/pipeline/mdx-guard.ts`).
 * Each name needs its component in the briefing page's `curatorComponents`.
 */
export const CURATOR_COMPONENTS = ['Aside'] as const;

/** The name of a component curators may use. */
export type CuratorComponentName = (typeof CURATOR_COMPONENTS)[number];
