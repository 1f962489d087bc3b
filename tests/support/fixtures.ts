/**
 * Fixture seeds (`tests/fixtures/seeds/<quirk>.txt`) and what a reader should get from each
 * (`tests/fixtures/expected/<quirk>.json`, written by hand and reviewed like code).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestSeed, type SeedOutcome } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { Briefing, ListPlace, SeedPath } from '../../src/pipeline/types.ts';
import { ROOT } from './seeds.ts';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

/** The time of ingest fixtures are read at, so a date after it is in the future. */
export const FIXTURE_NOW = new Date('2025-01-01T00:00:00Z');

/** What a fixture seed should come out as. */
export interface ExpectedBriefing {
  readonly title: string;
  readonly dek: string | null;
  readonly summary: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  /** Body paragraphs: their text, or their text and the list they are an item of. */
  readonly body: readonly (string | { readonly text: string; readonly list: ListPlace })[];
  /** `"<line> <rule>"` for each piece of text the cleaner left out. */
  readonly dropped: readonly string[];
  /** `"<line or -> <rule>"` for each diagnostic. */
  readonly diagnostics: readonly string[];
}

/** The bytes of a fixture seed. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, 'seeds', name));
}

/** The lines of a fixture seed, index 0 being line 1; U+2028 and U+2029 read as spaces, as ingest reads them. */
export function fixtureLines(name: string): string[] {
  return fixtureBytes(name).toString('utf8').replace(/[\u2028\u2029]/g, ' ').split(/\r\n|\r|\n/);
}

/** Ingest a fixture seed at `FIXTURE_NOW`. */
export function ingestFixture(name: string): SeedOutcome {
  const seedPath = name as SeedPath;
  return ingestSeed({ path: seedPath, bytes: fixtureBytes(name), sidecar: null }, slugFromPath(seedPath), { ...DEFAULT_CONTEXT, now: FIXTURE_NOW });
}

/** The briefing of a fixture seed, failing the test when there is none. */
export function cleanFixture(name: string): Briefing {
  const outcome = ingestFixture(name);
  if (!outcome.briefing) throw new Error(`No briefing for ${name}: ${JSON.stringify(outcome.diagnostics)}`);
  return outcome.briefing;
}

/** The expectation written for a fixture seed. */
export function expectedBriefing(name: string): ExpectedBriefing {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'expected', `${name.replace(/\.txt$/, '')}.json`), 'utf8')) as ExpectedBriefing;
}
