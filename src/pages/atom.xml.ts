/**
 * The briefings as an Atom feed, newest first: `/atom.xml`, with the same items as RSS and JSON Feed.
 */
import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { toAtomFeed, toFeedItems } from '../lib/feeds.ts';
import { withBase } from '../lib/paths.ts';
import { isPublished, sortNewestFirst } from '../lib/published.ts';
import { siteConfig } from '../site-config.ts';

export async function GET(context: APIContext) {
  const site = new URL(withBase(base, ''), context.site);
  const items = toFeedItems(sortNewestFirst(await getCollection('briefings', isPublished)), site, siteConfig.timezone);
  return new Response(toAtomFeed(items, site, siteConfig, new Date()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
