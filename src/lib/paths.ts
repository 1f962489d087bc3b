/**
 * Site URLs. Every internal link goes through `withBase`, so the site works under a base path
 * such as `/dossier/` (a GitHub Pages project site) as well as at the root.
 */

/**
 * Join the site's base path and a path inside the site.
 *
 * @example withBase('/dossier/', 'briefings/x/') // '/dossier/briefings/x/'
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The path of a briefing's page, relative to the site root. */
export function briefingPath(slug: string): string {
  return `briefings/${slug}/`;
}

/** The path of a briefing's social card, beside its page. */
export function socialImagePath(slug: string): string {
  return `${briefingPath(slug)}social.png`;
}
