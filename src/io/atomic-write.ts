/**
 * Write a file so that no reader, and no interrupted run, ever sees half of it: write a
 * temporary file beside it, then rename it into place.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The temporary files `writeAtomically` makes: `<name>.<pid>.tmp`, left behind only by a killed process. */
export const TEMPORARY_FILE = /\.\d+\.tmp$/;

/** Write `text` (or bytes) to `file` atomically, making its folder if need be. */
export async function writeAtomically(file: string, text: string | Uint8Array): Promise<void> {
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
