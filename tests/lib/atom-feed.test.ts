import { describe, expect, test } from 'vitest';
import { toAtomFeed, type FeedItem } from '../../src/lib/feeds.ts';

const site = new URL('https://example.org/dossier/');
const meta = { title: 'Dossier & co', description: 'Briefings.', language: 'en' };
const item = (overrides: Partial<FeedItem>): FeedItem => ({
  id: 'https://example.org/dossier/briefings/a/',
  url: 'https://example.org/dossier/briefings/a/',
  title: 'Strike <ends>',
  summary: 'The port reopened.',
  published: new Date('2025-12-30T10:00:00Z'),
  modified: null,
  outlet: 'Reuters',
  author: null,
  language: 'en',
  externalUrl: 'https://news.example/a',
  tags: ['ports'],
  ...overrides,
});

describe('toAtomFeed', () => {
  test('gives a self link, escaped text, and each entry its dates, author, source and summary', () => {
    const feed = toAtomFeed([item({ modified: new Date('2026-01-02T00:00:00Z') })], site, meta, new Date('2030-01-01T00:00:00Z'));
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/dossier/atom.xml"/>');
    expect(feed).toContain('<title>Dossier &amp; co</title>');
    expect(feed).toContain('<title>Strike &lt;ends&gt;</title>');
    expect(feed).toContain('<link rel="via" href="https://news.example/a"/>');
    expect(feed).toContain('<updated>2026-01-02T00:00:00.000Z</updated>\n    <published>2025-12-30T10:00:00.000Z</published>');
    expect(feed).toContain('<author><name>Reuters</name></author>');
    expect(feed).toContain('<summary xml:lang="en">The port reopened.</summary>');
    // The feed is as new as its newest item, not as the build, so an unchanged site gives an unchanged feed.
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.org/dossier/"/>\n  <updated>2026-01-02T00:00:00.000Z</updated>');
  });

  test('dates an undated entry by the newest item, and an all-undated feed by the time given', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(toAtomFeed([item({ published: null })], site, meta, now)).toContain('<updated>2030-01-01T00:00:00.000Z</updated>');
    const mixed = toAtomFeed([item({}), item({ id: 'b', published: null })], site, meta, now);
    expect(mixed.match(/<updated>2025-12-30T10:00:00.000Z<\/updated>/g)).toHaveLength(3);
  });
});
