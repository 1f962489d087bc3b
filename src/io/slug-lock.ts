/**
 * The slug lock, `slugs.lock.json` in the briefings folder: the slug each hash-named seed was
 * first published under, so that its URL stays when a better cleaner finds another title.
 * Commit it with the briefings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SlugSchema } from '../schemas/briefing.ts';
import type { SeedPath, Slug } from '../pipeline/types.ts';
import { writeAtomically } from './atomic-write.ts';

/** The lock's file name inside the briefings folder. */
export const SLUG_LOCK_FILE = 'slugs.lock.json';

/** Read the lock of `outDir`; a missing file is an empty lock, and entries that are not slugs are left out. */
export async function readSlugLock(outDir: string): Promise<Map<SeedPath, Slug>> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, SLUG_LOCK_FILE), 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(`Cannot read the slug lock in ${outDir}`, { cause });
  }
  const entries = Object.entries((JSON.parse(text) as { slugs?: Record<string, unknown> }).slugs ?? {});
  return new Map(entries.flatMap(([seed, slug]) => (SlugSchema.safeParse(slug).success ? [[seed as SeedPath, slug as Slug] as const] : [])));
}

/** Write the lock of `outDir`, sorted by seed path, unless it already says exactly that; an empty lock writes no file. */
export async function writeSlugLock(outDir: string, lock: ReadonlyMap<SeedPath, Slug>, previous: ReadonlyMap<SeedPath, Slug>): Promise<void> {
  const sorted = [...lock].sort(([a], [b]) => (a < b ? -1 : 1));
  const same = sorted.length === previous.size && sorted.every(([seed, slug]) => previous.get(seed) === slug);
  if (same) return;
  await writeAtomically(path.join(outDir, SLUG_LOCK_FILE), `${JSON.stringify({ slugs: Object.fromEntries(sorted) }, null, 2)}\n`);
}
