/**
 * What ingest wrote into each briefing file last time: the key of the linked briefing it was
 * rendered from, and the file's size and modification time just after. When the key and the
 * file are both unchanged, the file already holds what rendering would write, so ingest neither
 * renders nor reads it. A file touched since (a curator's edit, a checkout) takes the full path.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Slug } from '../pipeline/types.ts';
import { writeAtomically } from './atomic-write.ts';
import { briefingFile } from './write-briefing.ts';

/** The memo of one output folder. */
export interface RenderMemo {
  /** Whether the file of `slug` still holds what rendering the briefing with `key` wrote into it. */
  holds(slug: Slug, key: string): Promise<boolean>;
  /** Remember that the file of `slug` now holds what rendering the briefing with `key` gives. */
  record(slug: Slug, key: string): Promise<void>;
  /** Write the memo, with the entries of this run only, unless they are the ones it holds. */
  save(): Promise<void>;
}

interface MemoEntry {
  readonly key: string;
  readonly size: number;
  readonly modified: number;
}

/** The memo's file in a cache folder, beside the seed cache's groups (`<xx>.json`). */
export const RENDER_MEMO_FILE = 'rendered.json';

/** Open the memo of `cacheDir`, for the briefings of `outDir`; a missing or damaged memo is empty. */
export async function openRenderMemo(cacheDir: string, outDir: string): Promise<RenderMemo> {
  const file = path.join(cacheDir, RENDER_MEMO_FILE);
  const text = await readFile(file, 'utf8').catch(() => '{}');
  const previous = readEntries(text);
  const next = new Map<string, MemoEntry>();
  const look = (slug: Slug) => stat(briefingFile(outDir, slug)).catch(() => null);
  return {
    async holds(slug, key) {
      const entry = previous.get(slug);
      if (entry?.key !== key) return false;
      const stats = await look(slug);
      return stats !== null && stats.size === entry.size && stats.mtimeMs === entry.modified;
    },
    async record(slug, key) {
      const stats = await look(slug);
      if (stats !== null) next.set(slug, { key, size: stats.size, modified: stats.mtimeMs });
    },
    async save() {
      const updated = JSON.stringify(Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
      if (updated !== text) await writeAtomically(file, updated);
    },
  };
}

/** The entries of a memo's text; damaged text (another tool, a write cut short) gives none. */
function readEntries(text: string): Map<string, MemoEntry> {
  try {
    return new Map(Object.entries(JSON.parse(text) as Record<string, MemoEntry>));
  } catch {
    return new Map();
  }
}

