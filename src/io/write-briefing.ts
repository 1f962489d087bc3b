/**
 * Write briefings out: MDX files, and the JSON array of the whole set. The only code that
 * writes into the content folder.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Briefing, Slug } from '../pipeline/types.ts';

/** What writing one briefing did. */
export type WriteResult = 'written' | 'unchanged';

/** The MDX file of a briefing. */
export function briefingFile(outDir: string, slug: Slug): string {
  return path.join(outDir, `${slug}.mdx`);
}

/**
 * Write a briefing's MDX, unless the file already holds exactly that text. The file is written
 * under a temporary name and renamed, so a reader never sees half of it.
 */
export async function writeBriefing(outDir: string, slug: Slug, mdx: string): Promise<WriteResult> {
  const file = briefingFile(outDir, slug);
  if ((await readIfExists(file)) === mdx) return 'unchanged';
  await writeAtomically(file, mdx);
  return 'written';
}

/** Write the JSON array of all briefings, the contract other tools read. */
export async function writeBriefingsJson(file: string, briefings: readonly Briefing[]): Promise<void> {
  await writeAtomically(file, `${JSON.stringify(briefings, null, 2)}\n`);
}

/**
 * Delete the MDX files ingest generated for seeds that are gone. Files without ingest's mark,
 * hand-written ones, are never touched, nor are the files of `current` briefings. Returns the
 * deleted files, relative to `outDir`.
 */
export async function removeStaleBriefings(
  outDir: string,
  seedFiles: ReadonlySet<string>,
  current: ReadonlySet<Slug>,
): Promise<string[]> {
  const removed: string[] = [];
  const currentFiles = new Set([...current].map((slug) => `${slug}.mdx`));
  for (const relative of await listMdx(outDir)) {
    if (currentFiles.has(relative)) continue;
    const file = path.join(outDir, relative);
    const frontMatter = readFrontMatter((await readIfExists(file)) ?? '');
    if (frontMatter?.generator !== 'dossier' || seedFiles.has(String(frontMatter.source?.file))) continue;
    await rm(file);
    removed.push(relative);
  }
  return removed;
}

async function listMdx(outDir: string): Promise<string[]> {
  try {
    const entries = await readdir(outDir, { recursive: true });
    return entries.filter((entry) => entry.endsWith('.mdx')).map((entry) => entry.split(path.sep).join('/')).sort();
  } catch (cause) {
    if (isMissing(cause)) return [];
    throw new Error(`Cannot list the briefings folder ${outDir}`, { cause });
  }
}

/** The generator mark and source of an MDX file's front matter, if it has readable front matter. */
function readFrontMatter(mdx: string): { generator?: unknown; source?: { file?: unknown } } | null {
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

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new Error(`Cannot write ${file}`, { cause });
  }
}

function isMissing(cause: unknown): boolean {
  return cause instanceof Error && 'code' in cause && cause.code === 'ENOENT';
}
