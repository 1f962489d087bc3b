/**
 * The social card of a briefing page: where its PNG is in the build's cache, for the page's
 * sharing tags and for the route that copies it into the site (`/briefings/<slug>/social.png`).
 */
import { fileURLToPath } from 'node:url';
import { cacheDir } from 'astro:config/server';
import tokens from '../styles/tokens.css?raw';
import { removeUnusedSocialCards, socialCardFile } from '../io/social-card-cache.ts';
import { siteConfig } from '../site-config.ts';
import { readTokenColours, toSocialCard } from './social-card.ts';
import type { ShownFrontMatter } from '../schemas/briefing.ts';

const colours = readTokenColours(tokens);
// Beside Astro's own caches (`cacheDir`: `.astro/`), so a fresh build from the same checkout keeps them.
const folder = fileURLToPath(new URL('social-cards/', cacheDir));

/** The cached PNG of a briefing's card, or null when cards are switched off or its words cannot be drawn. */
export function briefingSocialImage(briefing: ShownFrontMatter): Promise<string | null> {
  if (!siteConfig.features.socialCards) return Promise.resolve(null);
  return socialCardFile(toSocialCard(briefing, siteConfig.title), colours, folder);
}

/** Clear the cache of the cards no briefing of this build has; call it after asking for every briefing's card. */
export function removeUnusedSocialImages(): Promise<void> {
  return siteConfig.features.socialCards ? removeUnusedSocialCards(folder) : Promise.resolve();
}
