/**
 * The ingest cache: what ingesting a seed gave, stored under a key that changes whenever
 * anything that could change it does (see `pipeline/cache-key.ts`), so an unchanged seed is not
 * ingested again. Entries live in up to 256 JSON files, grouped by the key's first two
 * characters, and are written once, at the end of a run: on some disks creating a file costs
 * more than ingesting the seed, so one file per entry would make the first run much slower.
 */
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { SeedOutcome } from '../pipeline/ingest-seed.ts';
import { writeAtomically } from './atomic-write.ts';

/** A folder of cached seed outcomes. */
export interface SeedCache {
  /** The outcome stored under `key`, or null. A damaged group of entries counts as none. */
  get(key: string): Promise<SeedOutcome | null>;
  /** Keep `outcome` under `key`; it is written by `save`. */
  set(key: string, outcome: SeedOutcome): Promise<void>;
  /**
   * Write the entries of `used`, and drop every other: those of seeds gone or changed, and of
   * older versions. Only the groups that changed are written again.
   */
  save(used: ReadonlySet<string>): Promise<void>;
}

/** Open the cache in `folder` (made when first written to); `sharedWith` names files of the folder that other stores keep there. */
export function openSeedCache(folder: string, sharedWith: readonly string[] = []): SeedCache {
  const groups = new Map<string, Promise<Map<string, SeedOutcome>>>();
  const added = new Set<string>();
  const groupOf = (key: string) => key.slice(0, 2);
  const fileOf = (group: string) => path.join(folder, `${group}.json`);
  const load = (group: string) => {
    let entries = groups.get(group);
    if (entries === undefined) {
      entries = readFile(fileOf(group), 'utf8')
        .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, SeedOutcome>)))
        // Missing, or damaged by something other than this tool: ingest its seeds again.
        .catch(() => new Map<string, SeedOutcome>());
      groups.set(group, entries);
    }
    return entries;
  };
  return {
    async get(key) {
      return (await load(groupOf(key))).get(key) ?? null;
    },
    async set(key, outcome) {
      (await load(groupOf(key))).set(key, outcome);
      added.add(groupOf(key));
    },
    async save(used) {
      // Every key this run used was looked up, so a group it never loaded holds none of them;
      // neither do leftovers of older layouts or of a write that was cut short.
      const names = await readdir(folder).catch(() => []);
      const loaded = new Set([...groups.keys()].map((group) => path.basename(fileOf(group))).concat(sharedWith));
      await Promise.all(names.filter((name) => !loaded.has(name)).map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
      await Promise.all(
        [...groups].map(async ([group, loading]) => {
          const entries = await loading;
          const kept = [...entries].filter(([key]) => used.has(key));
          if (kept.length === 0) await rm(fileOf(group), { force: true });
          else if (added.has(group) || kept.length < entries.size) await writeAtomically(fileOf(group), JSON.stringify(Object.fromEntries(kept)));
        }),
      );
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
