/**
 * Social cards kept between builds: each PNG is stored under the key of what it shows, so a
 * build draws only the cards of new or changed briefings and finds the others where the last
 * build left them. A card that cannot be drawn (its font lacks a glyph) is remembered too.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { renderSocialCard, socialCardKey, type SocialCard, type SocialCardColours } from '../lib/social-card.ts';
import { writeAtomically } from './atomic-write.ts';

const cards = new Map<string, Promise<string | null>>();

/**
 * The file of `card`'s PNG in `cacheDir`, drawn first when no build drew it before, or null when
 * it cannot be drawn. The briefing page and the image's route of one build share each answer.
 */
export function socialCardFile(card: SocialCard, colours: SocialCardColours, cacheDir: string): Promise<string | null> {
  const key = socialCardKey(card, colours);
  let file = cards.get(key);
  if (file === undefined) {
    file = findOrDraw(card, colours, path.join(cacheDir, key));
    cards.set(key, file);
  }
  return file;
}

async function findOrDraw(card: SocialCard, colours: SocialCardColours, stem: string): Promise<string | null> {
  const png = `${stem}.png`;
  const undrawable = `${stem}.none`;
  if (await exists(png)) return png;
  if (await exists(undrawable)) return null;
  const image = await renderSocialCard(card, colours);
  if (image === null) {
    await writeAtomically(undrawable, '');
    return null;
  }
  await writeAtomically(png, image);
  return png;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
