/**
 * Helpers to run seeds through the pipeline in tests.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestSeed, type SeedOutcome } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { Briefing, SeedPath } from '../../src/pipeline/types.ts';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The sample seed that ships in `seeds/`. */
export const SAMPLE_SEED = path.join(ROOT, 'seeds', '000_19c9abe1674f8dc9.txt');

/** A plain article: a headline line, then two paragraphs, nothing for the cleaner to drop. */
export const PLAIN_ARTICLE = 'A quiet headline\n\nThe first paragraph of a plain article.\n\nThe second paragraph of it.\n';

/** Folders for a run of ingest: a new temporary `work` folder, its empty `seeds/`, and `briefings/` to write to. */
export function makeIngestFolders(prefix: string): { work: string; seeds: string; out: string } {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const seeds = path.join(work, 'seeds');
  mkdirSync(seeds);
  return { work, seeds, out: path.join(work, 'briefings') };
}

/** Ingest a seed given as text or bytes, named `name`, with the default tables. */
export function ingestText(name: string, content: string | Uint8Array): SeedOutcome {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const seedPath = name as SeedPath;
  return ingestSeed({ path: seedPath, bytes, sidecar: null }, slugFromPath(seedPath), DEFAULT_CONTEXT);
}

/** Ingest a seed file from disk and return its briefing, failing the test if there is none. */
export function ingestFile(file: string): Briefing {
  const outcome = ingestText(path.basename(file), readFileSync(file));
  if (!outcome.briefing) throw new Error(`No briefing for ${file}: ${JSON.stringify(outcome.diagnostics)}`);
  return outcome.briefing;
}

/** The lines of a text file, numbered from 1 (index 0 is line 1). */
export function fileLines(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/);
}
