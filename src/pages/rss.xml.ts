/**
 * The briefings as an RSS feed, newest first: `/rss.xml`. Every item has a description (the dek,
 * the summary or the opening of the body) and, when known, a link to the original article.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { base } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { escapeXml, toFeedItems } from '../lib/feeds.ts';
import { withBase } from '../lib/paths.ts';
import { isPublished, sortNewestFirst } from '../lib/published.ts';
import { siteConfig } from '../site-config.ts';

export async function GET(context: APIContext) {
  const site = new URL(withBase(base, ''), context.site);
  const items = toFeedItems(sortNewestFirst(await getCollection('briefings', isPublished)), site, siteConfig.timezone);
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${escapeXml(siteConfig.language)}</language><atom:link href="${escapeXml(new URL('rss.xml', site).href)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      ...(item.published ? { pubDate: item.published } : {}),
      // Dublin Core's `source`: the resource the item is derived from, here the original article.
      ...(item.externalUrl ? { customData: `<dc:source>${escapeXml(item.externalUrl)}</dc:source>` } : {}),
    })),
  });
}
