/**
 * Find and read seeds. The only code that reads the seeds folder.
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { RawSeed, SeedPath } from '../pipeline/types.ts';

/** A file in the seeds folder that is not read as a seed, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/** The seeds found in a folder, in the order they are ingested. */
export interface SeedListing {
  /** Seed paths relative to the folder, sorted by code point so every machine agrees. */
  readonly seeds: readonly SeedPath[];
  readonly skipped: readonly SkippedFile[];
}

/** Seeds are plain-text files. */
const SEED_EXTENSION = '.txt';

/**
 * List the seeds under `seedsDir`, walking sub-folders. Hidden files and folders are passed
 * over; other files that are not `.txt`, and anything that is not a plain file, are reported.
 */
export async function listSeeds(seedsDir: string): Promise<SeedListing> {
  const seeds: SeedPath[] = [];
  const skipped: SkippedFile[] = [];
  const walk = async (relative: string): Promise<void> => {
    const folder = path.join(seedsDir, relative);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (cause) {
      throw new Error(`Cannot read the seeds folder ${folder}`, { cause });
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const entryPath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(entryPath);
      else if (!entry.isFile()) skipped.push({ path: entryPath, reason: 'it is not a regular file' });
      else if (!entry.name.toLowerCase().endsWith(SEED_EXTENSION)) {
        skipped.push({ path: entryPath, reason: `only ${SEED_EXTENSION} files are seeds` });
      } else seeds.push(entryPath as SeedPath);
    }
  };
  await walk('');
  return { seeds: seeds.sort(byCodePoint), skipped: skipped.sort((a, b) => byCodePoint(a.path, b.path)) };
}

/** A seed read, or left unread because it is over the size limit. */
export type SeedRead = { readonly seed: RawSeed } | { readonly tooLarge: number };

/** The default size limit of one seed: 5 MiB, far beyond any article. */
export const DEFAULT_MAX_SEED_BYTES = 5 * 1024 * 1024;

/**
 * Read one seed's bytes, unless the file is larger than `maxBytes`: its size is then returned
 * and nothing of it is read, so a stray video in the seeds folder costs no memory.
 */
export async function readSeed(seedsDir: string, seedPath: SeedPath, maxBytes: number = DEFAULT_MAX_SEED_BYTES): Promise<SeedRead> {
  const file = path.join(seedsDir, seedPath);
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) return { tooLarge: size };
      // Never more than `size` bytes are read, so a file that grows meanwhile is not read whole.
      const buffer = Buffer.allocUnsafe(size);
      let length = 0;
      while (length < size) {
        const { bytesRead } = await handle.read(buffer, length, size - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      return { seed: { path: seedPath, bytes: buffer.subarray(0, length) } };
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new Error(`Cannot read the seed ${file}`, { cause });
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
