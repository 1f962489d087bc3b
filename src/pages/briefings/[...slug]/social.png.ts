/**
 * A briefing's social card, `/briefings/<slug>/social.png`: its title, outlet and date on a
 * 1200 × 630 card that the page's Open Graph and Twitter tags name. Drawn once and kept in the
 * build's cache (`src/io/social-card-cache.ts`); briefings whose card cannot be drawn, or all of
 * them when `features.socialCards` is off, have none and share the site's default image.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingSocialImage, removeUnusedSocialImages } from '../../../lib/briefing-social-image.ts';
import { isPublished } from '../../../lib/published.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  // One card after another: each is a burst of CPU, and drawing them all at once only adds memory.
  for (const entry of await getCollection('briefings', isPublished)) {
    const file = await briefingSocialImage(entry.data);
    // The file is named by the digest of what the card shows, so it is the page's key too.
    if (file !== null) paths.push({ params: { slug: entry.data.slug }, props: { file }, cacheKey: path.basename(file) });
  }
  // Every briefing's card has been asked for: the others in the cache are of old titles.
  await removeUnusedSocialImages();
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) => new Response(await readFile(props.file), { headers: { 'Content-Type': 'image/png' } });
