/**
 * The ingest cache: what ingesting a seed gave, stored under a key that changes whenever
 * anything that could change it does (see `pipeline/cache-key.ts`), so an unchanged seed is not
 * ingested again. Entries live in up to 256 JSON files, grouped by the key's first two
 * characters, and are written once, at the end of a run: on some disks creating a file costs
 * more than ingesting the seed, so one file per entry would make the first run much slower.
 *
 * Each entry carries a digest of its key and its outcome, and is checked against the outcome's
 * schema when read: an entry that was damaged, edited, or moved under another key is not used.
 * The digest has no secret in it, so it tells a changed entry from a sound one, not a forger
 * who can write to the cache and knows how the digest is made from one who cannot.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SeedOutcome } from '../pipeline/ingest-seed.ts';
import { BriefingSchema, DiagnosticSchema } from '../schemas/briefing.ts';
import { OverridesSchema } from '../schemas/overrides.ts';
import { writeAtomically } from './atomic-write.ts';

/**
 * What a lookup found: a sound entry, nothing, or an entry that cannot be used and why
 * (`reason` completes "The cached result of this seed …").
 */
export type CacheLookup =
  | { readonly kind: 'hit'; readonly outcome: SeedOutcome }
  | { readonly kind: 'miss' }
  | { readonly kind: 'invalid'; readonly reason: string };

/** A folder of cached seed outcomes. */
export interface SeedCache {
  /** The outcome stored under `key`; a damaged or altered entry is `invalid`, once. */
  get(key: string): Promise<CacheLookup>;
  /** Keep `outcome` under `key`; it is written by `save`. */
  set(key: string, outcome: SeedOutcome): Promise<void>;
  /**
   * Write the entries of `used`, and drop every other: those of seeds gone or changed, and of
   * older versions. Only the groups that changed are written again.
   */
  save(used: ReadonlySet<string>): Promise<void>;
}

/** The shape of a seed's outcome, as `ingestSeed` makes it. */
const SeedOutcomeSchema = z.object({
  briefing: BriefingSchema.nullable(),
  keyphrases: z.array(z.object({ key: z.string(), name: z.string(), count: z.number() })),
  contentKey: z.string().nullable(),
  overrides: z.object({ file: z.string(), value: OverridesSchema }).nullable(),
  diagnostics: z.array(DiagnosticSchema),
});

/** One stored entry: the outcome and the digest that binds it to its key. */
interface StoredEntry {
  readonly digest: string;
  readonly outcome: SeedOutcome;
}

/** A group file as read: its entries, or why none of them can be used. */
type Group = { readonly entries: Map<string, unknown>; damaged: string | null };

/** Open the cache in `folder` (made when first written to); `sharedWith` names files of the folder that other stores keep there. */
export function openSeedCache(folder: string, sharedWith: readonly string[] = []): SeedCache {
  const groups = new Map<string, Promise<Group>>();
  const added = new Set<string>();
  const groupOf = (key: string) => key.slice(0, 2);
  const fileOf = (group: string) => path.join(folder, `${group}.json`);
  const load = (group: string) => {
    let loading = groups.get(group);
    if (loading === undefined) {
      loading = readFile(fileOf(group), 'utf8').then(
        (text): Group => {
          try {
            const data: unknown = JSON.parse(text);
            if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { entries: new Map(Object.entries(data)), damaged: null };
          } catch {
            // Cut short or overwritten by something other than this tool: ingest its seeds again.
          }
          return { entries: new Map(), damaged: `is in ${path.basename(fileOf(group))}, which is not a JSON object of entries` };
        },
        // Missing: nothing was cached in this group yet.
        (): Group => ({ entries: new Map(), damaged: null }),
      );
      groups.set(group, loading);
    }
    return loading;
  };
  return {
    async get(key) {
      const group = await load(groupOf(key));
      if (group.damaged !== null) {
        const reason = group.damaged;
        // Said once, by the first seed that looks into the group.
        group.damaged = null;
        return { kind: 'invalid', reason };
      }
      const stored = group.entries.get(key);
      if (stored === undefined) return { kind: 'miss' };
      const checked = checkEntry(key, stored);
      if (typeof checked === 'string') {
        group.entries.delete(key);
        return { kind: 'invalid', reason: checked };
      }
      return { kind: 'hit', outcome: checked };
    },
    async set(key, outcome) {
      (await load(groupOf(key))).entries.set(key, { digest: digestOf(key, outcome), outcome } satisfies StoredEntry);
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
          const { entries } = await loading;
          const kept = [...entries].filter(([key]) => used.has(key));
          if (kept.length === 0) await rm(fileOf(group), { force: true });
          else if (added.has(group) || kept.length < entries.size) await writeAtomically(fileOf(group), JSON.stringify(Object.fromEntries(kept)));
        }),
      );
    },
  };
}

/** The digest of an entry: its key and its outcome as stored, hashed together. */
function digestOf(key: string, outcome: unknown): string {
  return `sha256-${createHash('sha256').update(key).update('\0').update(JSON.stringify(outcome)).digest('hex')}`;
}

/** The outcome of a stored entry, or why it cannot be used. */
function checkEntry(key: string, stored: unknown): SeedOutcome | string {
  if (typeof stored !== 'object' || stored === null || !('digest' in stored) || !('outcome' in stored)) {
    return 'is not an entry of this version of the cache';
  }
  const { digest, outcome } = stored;
  if (digest !== digestOf(key, outcome)) return 'does not match its digest: it was changed, or belongs to another seed';
  const parsed = SeedOutcomeSchema.safeParse(outcome);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return `is not the shape of an ingest result (${issue?.path.join('.') || 'the entry'}: ${issue?.message ?? 'invalid'})`;
  }
  // The entry as stored, not as parsed: a hit gives exactly what the seed gave when it was ingested.
  return outcome as SeedOutcome;
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
