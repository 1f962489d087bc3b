/**
 * The version of Dossier's ingest, for the cache key: the package's version and a fingerprint
 * of the code that turns seeds into briefings, so that an upgrade, or any change to that code,
 * ingests every seed afresh.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `0.1.0+<hash of src/pipeline and src/schemas>`. */
export async function readToolVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(SOURCE, '..', 'package.json'), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const folder of ['pipeline', 'schemas']) {
    const files = (await readdir(path.join(SOURCE, folder), { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
    for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(SOURCE, folder, file))).update('\0');
  }
  return `${manifest.version}+${hash.digest('hex').slice(0, 16)}`;
}
