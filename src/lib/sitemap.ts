/**
 * Which pages the sitemap lists: every page a reader may land on from a search engine, not the
 * curators' build report, the search page or the page for missing addresses.
 */
import { siteConfig } from '../site-config.ts';

/** Paths, below the base path, that stay out of the sitemap (and carry `noindex`). */
export const UNLISTED_PATHS = ['report/', '404/', 'search/'] as const;

/**
 * Whether a page belongs in the sitemap, given its absolute address and the site's base path.
 *
 * @example isInSitemap('https://example.org/dossier/report/2/', '/dossier/') // false
 */
export function isInSitemap(page: string, base: string = siteConfig.base): boolean {
  const path = new URL(page).pathname;
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  return !UNLISTED_PATHS.some((unlisted) => inside.startsWith(unlisted));
}
