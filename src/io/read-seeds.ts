/**
 * Find and read seeds and their sidecar files. The only code that reads the seeds folder.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawSeed, SeedPath } from '../pipeline/types.ts';

/** A file in the seeds folder that is not read as a seed, the rule that says so, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly rule: string;
  readonly reason: string;
}

/** The seeds found in a folder, in the order they are ingested. */
export interface SeedListing {
  /** Seed paths relative to the folder, sorted by code point so every machine agrees. */
  readonly seeds: readonly SeedPath[];
  /** The sidecar file of each seed that has one: `world/strike.txt` → `world/strike.yaml`. */
  readonly sidecars: ReadonlyMap<SeedPath, string>;
  readonly skipped: readonly SkippedFile[];
}

/** Seeds are plain-text files. */
const SEED_EXTENSION = '.txt';

/** A curator's overrides for `x.txt` are in `x.yaml` (or `x.yml`) beside it. */
const SIDECAR = /\.ya?ml$/i;

/**
 * List the seeds under `seedsDir`, walking sub-folders in sorted order. Hidden files and folders
 * are passed over. Symbolic links are followed after the real folders are walked, and only when
 * they lead to a place inside the seeds folder not read yet, so a link never loops and never
 * takes a folder's place. Other files that are not `.txt`, sidecars without a seed, and anything
 * that is not a plain file are reported.
 */
export async function listSeeds(seedsDir: string): Promise<SeedListing> {
  let root: string;
  try {
    root = await realpath(seedsDir);
  } catch (cause) {
    throw new Error(`Cannot read the seeds folder ${seedsDir}`, { cause });
  }
  const seeds: SeedPath[] = [];
  const yamlFiles: string[] = [];
  const skipped: SkippedFile[] = [];
  const walked = new Set<string>();
  const links: { path: string; link: string; folder: string }[] = [];
  const walk = async (relative: string, real: string): Promise<void> => {
    walked.add(real);
    let entries;
    try {
      entries = await readdir(real, { withFileTypes: true });
    } catch (cause) {
      throw new Error(`Cannot read the seeds folder ${path.join(seedsDir, relative)}`, { cause });
    }
    for (const entry of entries.sort((a, b) => byCodePoint(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const entryPath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) links.push({ path: entryPath, link: path.join(real, entry.name), folder: real });
      else if (entry.isDirectory()) await walk(entryPath, path.join(real, entry.name));
      else if (!entry.isFile()) skipped.push({ path: entryPath, rule: 'not-a-seed', reason: 'it is not a regular file' });
      else addFile(entryPath, entry.name);
    }
  };
  const addFile = (entryPath: string, name: string) => {
    if (name.toLowerCase().endsWith(SEED_EXTENSION)) seeds.push(entryPath as SeedPath);
    else if (SIDECAR.test(name)) yamlFiles.push(entryPath);
    else skipped.push({ path: entryPath, rule: 'not-a-seed', reason: `only ${SEED_EXTENSION} files are seeds` });
  };
  await walk('', root);
  // Links found while following links join the queue.
  for (let next = links.shift(); next !== undefined; next = links.shift()) {
    const followed = await followLink(next.link, root);
    if ('skip' in followed) skipped.push({ path: next.path, ...followed.skip });
    else if (followed.kind === 'file') addFile(next.path, next.path.split('/').at(-1) ?? next.path);
    else if (followed.kind === 'other') skipped.push({ path: next.path, rule: 'not-a-seed', reason: 'it is not a regular file' });
    else if (!walked.has(followed.target)) await walk(next.path, followed.target);
    else if (next.folder === followed.target || next.folder.startsWith(`${followed.target}${path.sep}`)) {
      skipped.push({ path: next.path, rule: 'symlink-loop', reason: 'it leads back to a folder that holds it; not followed' });
    } else skipped.push({ path: next.path, rule: 'symlink-repeat', reason: 'it leads to a folder already read; not read again' });
  }

  const byStem = new Map(seeds.map((seed) => [stemOf(seed), seed]));
  const sidecars = new Map<SeedPath, string>();
  for (const file of yamlFiles) {
    const seed = byStem.get(stemOf(file));
    if (seed === undefined) {
      skipped.push({ path: file, rule: 'orphan-sidecar', reason: `it is a sidecar with no seed beside it (expected ${stemOf(file)}${SEED_EXTENSION})` });
    } else if (sidecars.has(seed)) {
      skipped.push({ path: file, rule: 'orphan-sidecar', reason: `${seed} already has the sidecar ${sidecars.get(seed)}` });
    } else sidecars.set(seed, file);
  }
  return { seeds: seeds.sort(byCodePoint), sidecars, skipped: skipped.sort((a, b) => byCodePoint(a.path, b.path)) };
}

/** Where a symbolic link leads, when it may be followed; why not, when not. */
async function followLink(
  link: string,
  root: string,
): Promise<{ target: string; kind: 'file' | 'folder' | 'other' } | { skip: { rule: string; reason: string } }> {
  let target: string;
  try {
    target = await realpath(link);
  } catch {
    return { skip: { rule: 'symlink-broken', reason: 'it is a link to nothing, or to a loop of links' } };
  }
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) {
    return { skip: { rule: 'symlink-outside', reason: `it links outside the seeds folder (to ${target}); not followed` } };
  }
  const stats = await stat(target);
  return { target, kind: stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other' };
}

/** A seed read; one left unread because it is over the size limit; or one that changed while it was read. */
export type SeedRead = { readonly seed: RawSeed } | { readonly tooLarge: number } | { readonly changed: true };

/** The default size limit of one seed: 5 MiB, far beyond any article. */
export const DEFAULT_MAX_SEED_BYTES = 5 * 1024 * 1024;

/**
 * Read one seed's bytes, and its sidecar's text when it has one. A file larger than `maxBytes`
 * is not read at all (its size is returned), so a stray video in the seeds folder costs no
 * memory; a file that changes while it is read is reported as such, never half-read.
 */
export async function readSeed(
  seedsDir: string,
  seedPath: SeedPath,
  maxBytes: number = DEFAULT_MAX_SEED_BYTES,
  sidecarPath: string | null = null,
): Promise<SeedRead> {
  const bytes = await readWhole(path.join(seedsDir, seedPath), maxBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (sidecarPath === null) return { seed: { path: seedPath, bytes, sidecar: null } };
  const sidecar = await readWhole(path.join(seedsDir, sidecarPath), maxBytes);
  if (!(sidecar instanceof Uint8Array)) {
    throw new Error(`Cannot read the sidecar ${sidecarPath}: ${'changed' in sidecar ? 'it changed while it was read' : `it is over ${maxBytes} bytes`}`);
  }
  return { seed: { path: seedPath, bytes, sidecar: { path: sidecarPath as SeedPath, bytes: sidecar } } };
}

async function readWhole(file: string, maxBytes: number): Promise<Uint8Array | { tooLarge: number } | { changed: true }> {
  try {
    const handle = await open(file, 'r');
    try {
      const before = await handle.stat();
      if (before.size > maxBytes) return { tooLarge: before.size };
      // Never more than the size seen first is read, so a file that grows meanwhile is not read whole.
      const buffer = Buffer.allocUnsafe(before.size);
      let length = 0;
      while (length < before.size) {
        const { bytesRead } = await handle.read(buffer, length, before.size - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      const after = await handle.stat();
      if (length !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) return { changed: true };
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new Error(`Cannot read ${file}`, { cause });
  }
}

function stemOf(file: string): string {
  return file.replace(/\.[^./]+$/, '');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
