/**
 * Site settings shared by the Astro config, the pages and the tests.
 */

/**
 * Components curators may write in briefing MDX, by name, each with the attributes it may
 * have, such as `<Aside title="Correction">The vote was on Monday.</Aside>`. Attributes must be
 * plain strings from the component's list; a directive (`set:html`, `is:raw`, …), a spread, a
 * `{…}` value or anything else in a briefing that is not text fails the build (see
 * `src/pipeline/mdx-guard.ts`). Each name needs its component in the briefing page's
 * `curatorComponents`.
 */
export const CURATOR_COMPONENTS = { Aside: ['title'] } as const satisfies Readonly<Record<string, readonly string[]>>;

/** The name of a component curators may use. */
export type CuratorComponentName = keyof typeof CURATOR_COMPONENTS;
