/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are the same as in the last build is copied from it, not rendered again. A key must
 * change whenever anything the page shows changes, so it is a digest of every input the
 * route hands the page, with each briefing stood for by a digest of its front matter.
 */
import { createHash } from 'node:crypto';
import type { ShownFrontMatter } from '../schemas/briefing.ts';

const briefingDigests = new WeakMap<ShownFrontMatter, string>();

/** A digest of a briefing's front matter, worked out once for each briefing of a build. */
export function briefingDigest(briefing: ShownFrontMatter): string {
  let digest = briefingDigests.get(briefing);
  if (digest === undefined) {
    digest = hash(JSON.stringify(briefing));
    briefingDigests.set(briefing, digest);
  }
  return digest;
}

/** What a page shows of another briefing that it links to: its neighbours by date, its related briefings. */
export type BriefingLink = Pick<ShownFrontMatter, 'slug' | 'title' | 'published' | 'publishedZone'>;

/** A briefing cut to its `BriefingLink`, so a page's key changes with what it shows of it, not with all of it. */
export function toBriefingLink({ slug, title, published, publishedZone }: ShownFrontMatter): BriefingLink {
  return { slug, title, published, publishedZone };
}

/** The key of a page made from `inputs`: plain data, with briefings already replaced by their `briefingDigest`. */
export function pageCacheKey(inputs: unknown): string {
  return hash(JSON.stringify(inputs));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
