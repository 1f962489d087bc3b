/**
 * What the feeds (`/rss.xml`, `/feed.json`) say about each briefing: one shape, so RSS and JSON
 * Feed carry the same titles, descriptions, dates and links.
 */
import type { ShownFrontMatter } from '../schemas/briefing.ts';
import { bodyExcerpt } from './excerpt.ts';
import { pageLanguage } from './language.ts';
import { briefingPath } from './paths.ts';
import { publishedTime } from './published.ts';

/** How many briefings the feeds carry; readers only need the recent ones. */
export const FEED_LENGTH = 50;

/** One briefing as the feeds give it. */
export interface FeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  /** The dek, else the summary, else the opening of the body; never empty. */
  readonly summary: string;
  readonly published: Date | null;
  /** The day of the latest correction, when there is one. */
  readonly modified: Date | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly language: string | null;
  /** The original article's address, when known. */
  readonly externalUrl: string | null;
  readonly tags: string[];
}

/**
 * The newest `FEED_LENGTH` briefings (given newest first) as feed items, with absolute URLs
 * under `site` (the site's address with its base path); a correction's day starts at midnight
 * in `timeZone`, the site's own zone.
 */
export function toFeedItems(newestFirst: readonly { data: ShownFrontMatter; body?: string | undefined }[], site: URL, timeZone = 'UTC'): FeedItem[] {
  return newestFirst.slice(0, FEED_LENGTH).map(({ data, body }) => {
    const time = publishedTime(data.published);
    const url = new URL(briefingPath(data.slug), site).href;
    const modified = data.corrections
      .map((correction) => correction.date)
      .sort()
      .at(-1);
    return {
      id: url,
      url,
      title: data.title,
      summary: data.dek ?? data.summary ?? bodyExcerpt(body) ?? describeBriefing(data),
      published: Number.isFinite(time) ? new Date(time) : null,
      modified: modified ? startOfDay(modified, timeZone) : null,
      outlet: data.outlet,
      author: data.byline,
      language: pageLanguage(data),
      externalUrl: data.source.url ?? null,
      tags: data.topics.map((topic) => topic.name),
    };
  });
}

/**
 * The instant a calendar day begins in a time zone.
 *
 * @example startOfDay('2026-01-10', 'Asia/Kolkata').toISOString() // '2026-01-09T18:30:00.000Z'
 */
export function startOfDay(day: string, timeZone: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // The zone's wall clock at UTC midnight, read back as if it were UTC, differs from it by the offset.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(utcMidnight)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return new Date(utcMidnight.getTime() - (wall - utcMidnight.getTime()));
}

/** The last resort of a description: what the briefing is, from its title and outlet. */
function describeBriefing(data: Pick<ShownFrontMatter, 'title' | 'outlet'>): string {
  return data.outlet ? `${data.title}, from ${data.outlet}.` : data.title;
}

/**
 * Text for XML the feed library does not escape itself (its `customData`).
 *
 * @example escapeXml('a&b<c') // 'a&amp;b&lt;c'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of the items.
 */
export function toJsonFeed(items: readonly FeedItem[], site: URL, meta: { title: string; description: string; language: string }): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: site.href,
    feed_url: new URL('feed.json', site).href,
    language: meta.language,
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      ...(item.externalUrl ? { external_url: item.externalUrl } : {}),
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      ...(item.published ? { date_published: item.published.toISOString() } : {}),
      ...(item.modified ? { date_modified: item.modified.toISOString() } : {}),
      ...(item.author || item.outlet ? { authors: [{ name: item.author ?? item.outlet }] } : {}),
      ...(item.language ? { language: item.language } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
    })),
  };
}

/**
 * An Atom 1.0 document (RFC 4287) of the items; `updated` is the newest date any item carries,
 * or `now` when none has one, so an unchanged site gives an unchanged feed.
 */
export function toAtomFeed(items: readonly FeedItem[], site: URL, meta: { title: string; description: string; language: string }, now: Date): string {
  const feedUrl = new URL('atom.xml', site).href;
  const itemUpdated = (item: FeedItem) => item.modified ?? item.published;
  const newest = items.map(itemUpdated).reduce<Date | null>((latest, date) => (date && (!latest || date > latest) ? date : latest), null);
  const entries = items.map((item) => {
    const updated = itemUpdated(item) ?? newest ?? now;
    const author = item.author ?? item.outlet;
    return [
      '  <entry>',
      `    <id>${escapeXml(item.id)}</id>`,
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      ...(item.externalUrl ? [`    <link rel="via" href="${escapeXml(item.externalUrl)}"/>`] : []),
      `    <updated>${updated.toISOString()}</updated>`,
      ...(item.published ? [`    <published>${item.published.toISOString()}</published>`] : []),
      ...(author ? [`    <author><name>${escapeXml(author)}</name></author>`] : []),
      ...item.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    <summary${item.language ? ` xml:lang="${escapeXml(item.language)}"` : ''}>${escapeXml(item.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(meta.language)}">`,
    `  <id>${escapeXml(site.href)}</id>`,
    `  <title>${escapeXml(meta.title)}</title>`,
    `  <subtitle>${escapeXml(meta.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(site.href)}"/>`,
    `  <updated>${(newest ?? now).toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
