/**
 * The key a seed's ingest outcome is cached under: everything the outcome depends on, hashed.
 */
import { createHash } from 'node:crypto';
import type { SeedOutcome } from './ingest-seed.ts';
import type { IngestSettings } from './reference/default-context.ts';
import type { Briefing, RawSeed, Slug } from './types.ts';

/**
 * What every key of one run shares: the tool's version and the lines the run's seeds share. The
 * time of ingest is left out: an outcome that depends on it is never cached (`isCacheable`).
 */
export function runCacheSalt(toolVersion: string, settings: IngestSettings): string {
  return createHash('sha256').update(toolVersion).update('\0').update([...settings.commonLines].sort().join('\n')).digest('hex');
}

/** A hex key for one seed's outcome: the run's salt, the seed's path, slug and bytes, and its sidecar. */
export function seedCacheKey(salt: string, seed: RawSeed, slug: Slug): string {
  const hash = createHash('sha256');
  for (const part of [salt, seed.path, slug, seed.sidecar?.path ?? '']) hash.update(part).update('\0');
  // The sidecar's length first, so no split of the same bytes between sidecar and seed gives the same key.
  const sidecar = seed.sidecar?.bytes ?? new Uint8Array();
  return hash.update(`${sidecar.length}\0`).update(sidecar).update(seed.bytes).digest('hex');
}

/** A hex key for the MDX of one linked briefing: the run's salt and everything in the briefing. */
export function briefingRenderKey(salt: string, briefing: Briefing): string {
  return createHash('sha256').update(salt).update('\0').update(JSON.stringify(briefing)).digest('hex');
}

/** Whether an outcome may be reused: not one that hung on the time of ingest, nor one a bug spoiled. */
export function isCacheable(outcome: SeedOutcome): boolean {
  return !outcome.diagnostics.some((diagnostic) => diagnostic.rule === 'future-date' || diagnostic.rule === 'internal-error');
}
