/**
 * What the last run of ingest left behind as a whole: the key of everything it read (the tool,
 * every seed and sidecar, the slug lock, the options that shape briefings), the state of each
 * briefing file just after it was written, and what the run reported. When the next run finds the
 * same key and every file as it was left, nothing it would compute can differ, so it reports
 * the same again without ingesting, linking or rendering anything: the whole-set stages (entity
 * names, topics, stories) cost far more than reading the seeds. The other files of the cache
 * folder are part of the state too: a seed cache entry damaged or edited since is found by the
 * full run, as without the memo.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../pipeline/diagnostics.ts';
import type { Slug } from '../pipeline/types.ts';
import { writeAtomically } from './atomic-write.ts';
import { briefingFile } from './write-briefing.ts';

/** The memo's file in a cache folder, beside the seed cache's groups and the render memo. */
export const SET_MEMO_FILE = 'set.json';

/** A diagnostic as the run reported it: about a seed (`seeds`) or a written briefing (`content`). */
export interface ReportedDiagnostic {
  readonly folder: 'seeds' | 'content';
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

/** What a run that changed nothing reports, as the run that left the memo would have reported it again. */
export interface SetOutcome {
  /** Briefing files that hold what rendering would write (`unchanged` in the summary). */
  readonly unchanged: number;
  /** Briefing files edited by hand and left as they are. */
  readonly keptEdits: number;
  /** Seeds whose outcome is in the seed cache. */
  readonly cached: number;
  readonly diagnostics: readonly ReportedDiagnostic[];
}

interface StoredSet extends SetOutcome {
  readonly key: string;
  /** Each briefing file by slug: its size and modification time just after the run. */
  readonly files: Readonly<Record<string, readonly [number, number]>>;
  /** The other files of the cache folder, their sizes and modification times. */
  readonly cache: string;
}

/** The memo of one output folder. */
export interface SetMemo {
  /** What the last run reported and the slugs of the files it left, if it ran under `key` and every file is as it was; null otherwise. */
  replay(key: string): Promise<(SetOutcome & { readonly slugs: readonly Slug[] }) | null>;
  /** Remember this run under `key`, with the files of `slugs` as they are now. */
  save(key: string, slugs: readonly Slug[], outcome: SetOutcome): Promise<void>;
  /** Forget the last run: this one may leave a state no key describes. */
  clear(): Promise<void>;
}

/** Open the memo of `cacheDir`, for the briefings of `outDir`; a missing or damaged memo replays nothing. */
export async function openSetMemo(cacheDir: string, outDir: string): Promise<SetMemo> {
  const file = path.join(cacheDir, SET_MEMO_FILE);
  const stored = readStored(await readFile(file, 'utf8').catch(() => ''));
  const look = (slug: string) => stat(briefingFile(outDir, slug as Slug)).catch(() => null);
  return {
    async replay(key) {
      if (stored?.key !== key || stored.cache !== (await describeFolder(cacheDir))) return null;
      const entries = Object.entries(stored.files);
      const found = await Promise.all(entries.map(([slug]) => look(slug)));
      const same = entries.every(([, [size, modified]], index) => found[index]?.size === size && found[index]?.mtimeMs === modified);
      return same ? { ...stored, slugs: entries.map(([slug]) => slug as Slug) } : null;
    },
    async save(key, slugs, outcome) {
      const found = await Promise.all(slugs.map((slug) => look(slug)));
      const files = Object.fromEntries(slugs.flatMap((slug, index) => {
        const stats = found[index];
        return stats ? [[slug, [stats.size, stats.mtimeMs] as const]] : [];
      }));
      await writeAtomically(file, JSON.stringify({ key, files, cache: await describeFolder(cacheDir), ...outcome } satisfies StoredSet));
    },
    async clear() {
      if (stored !== null) await writeAtomically(file, '{}');
    },
  };
}

/** Each file of the cache folder but the memo, with its size and modification time, one a line. */
async function describeFolder(cacheDir: string): Promise<string> {
  const names = (await readdir(cacheDir).catch(() => [])).filter((name) => name !== SET_MEMO_FILE).sort();
  const found = await Promise.all(names.map((name) => stat(path.join(cacheDir, name)).catch(() => null)));
  return names.map((name, index) => `${name} ${found[index]?.size ?? '-'} ${found[index]?.mtimeMs ?? '-'}`).join('\n');
}

/** The stored run of a memo's text; damaged text (another tool, a write cut short) gives none. */
function readStored(text: string): StoredSet | null {
  try {
    const data = JSON.parse(text) as Partial<StoredSet>;
    const sound =
      typeof data.key === 'string' &&
      typeof data.cache === 'string' &&
      typeof data.files === 'object' &&
      data.files !== null &&
      Array.isArray(data.diagnostics) &&
      [data.unchanged, data.keptEdits, data.cached].every((count) => typeof count === 'number');
    return sound ? (data as StoredSet) : null;
  } catch {
    return null;
  }
}
