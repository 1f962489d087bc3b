/**
 * Social cards kept between builds: each PNG is stored under the key of what it shows, so a
 * build draws only the cards of new or changed briefings and finds the others where the last
 * build left them. A card that cannot be drawn (its font lacks a glyph) is remembered too.
 */
import { access, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { renderSocialCard, socialCardKey, type SocialCard, type SocialCardColours } from '../lib/social-card.ts';
import { TEMPORARY_FILE, writeAtomically } from './atomic-write.ts';

/** The cards asked for in this process, by their path without the extension. */
const cards = new Map<string, Promise<string | null>>();

/**
 * The file of `card`'s PNG in `cacheDir`, drawn first when no build drew it before, or null when
 * it cannot be drawn. The briefing page and the image's route of one build share each answer.
 */
export function socialCardFile(card: SocialCard, colours: SocialCardColours, cacheDir: string): Promise<string | null> {
  const stem = path.join(cacheDir, socialCardKey(card, colours));
  let file = cards.get(stem);
  if (file === undefined) {
    file = findOrDraw(card, colours, stem);
    cards.set(stem, file);
  }
  return file;
}

/**
 * Remove the cards in `cacheDir` that this build did not ask for (those of briefings since
 * changed or removed), so the folder holds one build's cards, not every card ever drawn. Call
 * it once every card of the build has been asked for.
 */
export async function removeUnusedSocialCards(cacheDir: string): Promise<void> {
  let files: string[];
  try {
    files = await readdir(cacheDir);
  } catch {
    return;
  }
  // Files being written by another build are left to it.
  const unused = files.filter((file) => !TEMPORARY_FILE.test(file) && !cards.has(path.join(cacheDir, file.replace(/\.(?:png|none)$/, ''))));
  await Promise.all(unused.map((file) => rm(path.join(cacheDir, file), { force: true })));
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
