/**
 * Site settings shared by the Astro config, the pages, the feeds and the tests: one typed,
 * validated object instead of literals repeated across files. The README lists every field.
 */
import { z } from 'zod';

/** What a site config may hold; `siteConfig` below is checked against it when the build starts. */
export const SiteConfigSchema = z.strictObject({
  /** The site's name: page titles end in it, the feeds and social cards carry it. */
  title: z.string().min(1),
  /** One sentence about the site, for the home page's description, the feeds and social cards. */
  description: z.string().min(1),
  /** The language of the site's own words, BCP 47 (`en`, `pt-BR`); a briefing's `language` wins on its page. */
  language: z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as en or pt-BR' }),
  /** The origin the site is served from, such as `https://example.github.io`; `DOSSIER_SITE` sets it. */
  url: z.url({ error: 'expected an absolute URL such as https://example.github.io' }),
  /** The path the site lives under, starting and ending with `/` (`/dossier/`); `DOSSIER_BASE` sets it. */
  base: z.string().startsWith('/', { error: 'expected a path such as / or /dossier/' }),
  /** The IANA zone the site's own dates (feeds, report) are written in; briefings keep their source's zone. */
  timezone: z.string().refine(isTimeZone, { error: 'expected an IANA time zone such as Europe/London or UTC' }),
  /** The line at the foot of every page. */
  footer: z.string(),
  /** Parts of the site that can be switched off. */
  features: z.strictObject({
    /** The light/dark switch in the header (a few lines of inline script); without it the system's choice applies. */
    themeToggle: z.boolean(),
    /** `/report/`, the curators' build report (seed files, hashes, warnings, dropped text). */
    buildReport: z.boolean(),
    /** The reading time under each briefing's headline. */
    readingTime: z.boolean(),
    /** A social card per briefing (title, outlet, date), drawn at build time; without it every page shares `public/social.png`. */
    socialCards: z.boolean(),
  }),
});

/** The site's settings, validated. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The site's settings. Edit the values here; the address and base path come from the
 * environment so one checkout can build for GitHub Pages and for local preview.
 */
export const siteConfig: SiteConfig = SiteConfigSchema.parse({
  title: 'Dossier',
  description: 'Curated news briefings with their sources, timeline and search.',
  language: 'en',
  // GitHub Pages serves project sites under /<repo>/: the deploy workflow sets both.
  url: process.env['DOSSIER_SITE'] || 'http://localhost:4321',
  base: process.env['DOSSIER_BASE'] || '/',
  timezone: 'UTC',
  footer: 'Built with Dossier from curated seed texts. Each briefing names its source.',
  features: { themeToggle: true, buildReport: true, readingTime: true, socialCards: true },
});

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
