/**
 * Write briefings out: MDX files, and the JSON array of the whole set. The only code that
 * writes into the content folder. A file a curator edited is never overwritten unless asked.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { readSeal } from '../pipeline/seal.ts';
import { TEMPORARY_FILE, writeAtomically } from './atomic-write.ts';
import type { Briefing, Slug } from '../pipeline/types.ts';

/**
 * What writing one briefing did: `written`, `unchanged` (the file already held that text),
 * `kept-edit` (the file was edited by hand, and left alone), or `replaced-edit` (edited by hand,
 * and replaced because `force` was set).
 */
export type WriteResult =
  | { readonly kind: 'written' | 'unchanged' | 'replaced-edit' }
  | { readonly kind: 'kept-edit'; readonly seedChanged: boolean };

/** The MDX file of a briefing. */
export function briefingFile(outDir: string, slug: Slug): string {
  return path.join(outDir, `${slug}.mdx`);
}

/**
 * Write a briefing's MDX, unless the file already holds exactly that text, or holds a curator's
 * edits (a broken or missing seal) and `force` is not set. `seedSha256` tells whether the seed
 * changed since the edited file was made. The file is written under a temporary name and
 * renamed, so a reader, or an interrupted run, never leaves half of it.
 */
export async function writeBriefing(
  outDir: string,
  briefing: { readonly slug: Slug; readonly mdx: string; readonly seedSha256: string },
  force: boolean,
): Promise<WriteResult> {
  const file = briefingFile(outDir, briefing.slug);
  const existing = await readIfExists(file);
  if (existing === briefing.mdx) return { kind: 'unchanged' };
  const edited = existing !== null && readSeal(existing) !== 'sealed';
  if (edited && !force) {
    const madeFrom = readFrontMatter(existing)?.source?.sha256;
    return { kind: 'kept-edit', seedChanged: madeFrom !== briefing.seedSha256 };
  }
  await writeAtomically(file, briefing.mdx);
  return { kind: edited ? 'replaced-edit' : 'written' };
}

/** Write the JSON array of all briefings, the contract other tools read. */
export async function writeBriefingsJson(file: string, briefings: readonly Briefing[]): Promise<void> {
  await writeAtomically(file, `${JSON.stringify(briefings, null, 2)}\n`);
}

/** What clearing out the files of seeds that are gone did, relative to `outDir`. */
export interface StaleFiles {
  readonly removed: readonly string[];
  /** Files of seeds that are gone, kept because a curator edited them. */
  readonly keptEdits: readonly string[];
}

/**
 * Delete the MDX files ingest generated for seeds that are gone, and the temporary files an
 * interrupted run left. Files ingest did not write, and files a curator edited, are kept; so are
 * the files of `current` briefings.
 */
export async function removeStaleBriefings(outDir: string, seedFiles: ReadonlySet<string>, current: ReadonlySet<Slug>): Promise<StaleFiles> {
  const removed: string[] = [];
  const keptEdits: string[] = [];
  const currentFiles = new Set([...current].map((slug) => `${slug}.mdx`));
  const { mdx, leftovers } = await listOutput(outDir);
  for (const relative of leftovers) await rm(path.join(outDir, relative), { force: true });
  for (const relative of mdx) {
    if (currentFiles.has(relative)) continue;
    const file = path.join(outDir, relative);
    const text = (await readIfExists(file)) ?? '';
    const frontMatter = readFrontMatter(text);
    if (frontMatter?.generator !== 'dossier' || seedFiles.has(String(frontMatter.source?.file))) continue;
    if (readSeal(text) !== 'sealed') {
      keptEdits.push(relative);
      continue;
    }
    await rm(file);
    removed.push(relative);
  }
  return { removed, keptEdits };
}

async function listOutput(outDir: string): Promise<{ mdx: string[]; leftovers: string[] }> {
  let entries: string[];
  try {
    entries = (await readdir(outDir, { recursive: true })).map((entry) => entry.split(path.sep).join('/')).sort();
  } catch (cause) {
    if (isMissing(cause)) return { mdx: [], leftovers: [] };
    throw new Error(`Cannot list the briefings folder ${outDir}`, { cause });
  }
  return { mdx: entries.filter((entry) => entry.endsWith('.mdx')), leftovers: entries.filter((entry) => TEMPORARY_FILE.test(entry)) };
}

/** The generator mark and source of an MDX file's front matter, if it has readable front matter. */
function readFrontMatter(mdx: string): { generator?: unknown; source?: { file?: unknown; sha256?: unknown } } | null {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(mdx);
  if (!match) return null;
  try {
    const data: unknown = parse(match[1] ?? '');
    return typeof data === 'object' && data !== null ? data : null;
  } catch {
    return null;
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    if (isMissing(cause)) return null;
    throw new Error(`Cannot read ${file}`, { cause });
  }
}


function isMissing(cause: unknown): boolean {
  return cause instanceof Error && 'code' in cause && cause.code === 'ENOENT';
}
