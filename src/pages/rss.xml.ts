/**
 * The briefings as an RSS feed, newest first: `/rss.xml`.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { briefingPath } from '../lib/paths.ts';
import { isPublished, publishedTime, sortNewestFirst } from '../lib/published.ts';

/** How many briefings the feed carries; readers only need the recent ones. */
const FEED_LENGTH = 50;

export async function GET(context: APIContext) {
  const briefings = sortNewestFirst(await getCollection('briefings', isPublished)).slice(0, FEED_LENGTH);
  return rss({
    title: 'Dossier',
    description: 'Curated news briefings with their sources, timeline and search.',
    site: new URL(base, context.site),
    trailingSlash: true,
    items: briefings.map(({ data }) => {
      const time = publishedTime(data.published);
      return {
        title: data.title,
        link: briefingPath(data.slug),
        ...(Number.isFinite(time) ? { pubDate: new Date(time) } : {}),
        ...(data.dek || data.summary ? { description: data.dek ?? data.summary ?? '' } : {}),
      };
    }),
  });
}
