/**
 * The ingest cache: what ingesting a seed gave, stored under a key that changes whenever
 * anything that could change it does (see `pipeline/cache-key.ts`), so an unchanged seed is not
 * ingested again. One JSON file per entry, in folders by the key's first two characters.
 */
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { SeedOutcome } from '../pipeline/ingest-seed.ts';
import { writeAtomically } from './atomic-write.ts';

/** A folder of cached seed outcomes. */
export interface SeedCache {
  /** The outcome stored under `key`, or null. A damaged entry counts as none. */
  get(key: string): Promise<SeedOutcome | null>;
  set(key: string, outcome: SeedOutcome): Promise<void>;
  /** Delete every entry not in `used`: those of seeds gone or changed, and of older versions. */
  prune(used: ReadonlySet<string>): Promise<number>;
}

/** Open the cache in `folder` (made when first written to). */
export function openSeedCache(folder: string): SeedCache {
  const fileOf = (key: string) => path.join(folder, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8')) as SeedOutcome;
      } catch {
        // Missing, half-written by an older crash, or not JSON: ingest the seed again.
        return null;
      }
    },
    set: (key, outcome) => writeAtomically(fileOf(key), JSON.stringify(outcome)),
    async prune(used) {
      let entries: string[];
      try {
        entries = await readdir(folder, { recursive: true });
      } catch {
        return 0;
      }
      const stale = entries.filter((entry) => entry.endsWith('.json') && !used.has(path.basename(entry, '.json')));
      await Promise.all(stale.map((entry) => rm(path.join(folder, entry), { force: true })));
      return stale.length;
    },
  };
}

/**
 * Keep the caches of the `keep` output folders ingested into most recently, `current` among
 * them, and remove the others: ingesting into many throwaway folders (tests, evaluations) must
 * not fill the disk.
 */
export async function pruneCacheFolders(root: string, current: string, keep: number): Promise<void> {
  const now = new Date();
  // A run that found every seed in its cache wrote nothing; it still counts as a use.
  await utimes(current, now, now).catch(() => undefined);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const others = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && path.join(root, entry.name) !== path.normalize(current))
      .map(async (entry) => {
        const folder = path.join(root, entry.name);
        return { folder, used: (await stat(folder)).mtimeMs };
      }),
  );
  const stale = others.sort((a, b) => b.used - a.used).slice(Math.max(0, keep - 1));
  await Promise.all(stale.map(({ folder }) => rm(folder, { recursive: true, force: true })));
}
