/**
 * The briefings as a JSON Feed 1.1, newest first: `/feed.json`.
 */
import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { toFeedItems, toJsonFeed } from '../lib/feeds.ts';
import { withBase } from '../lib/paths.ts';
import { isPublished, sortNewestFirst } from '../lib/published.ts';
import { siteConfig } from '../site-config.ts';

export async function GET(context: APIContext) {
  const site = new URL(withBase(base, ''), context.site);
  const items = toFeedItems(sortNewestFirst(await getCollection('briefings', isPublished)), site, siteConfig.timezone);
  const feed = toJsonFeed(items, site, siteConfig);
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
