/**
 * `/robots.txt`: every page may be crawled but the curators' build report, and the sitemap's address.
 */
import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { withBase } from '../lib/paths.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(withBase(base, 'sitemap-index.xml'), context.site).href;
  const body = ['User-agent: *', `Disallow: ${withBase(base, 'report/')}`, '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
