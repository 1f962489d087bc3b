/**
 * The reference tables ingest runs with, and the context every seed is ingested in.
 */
import type { IngestContext } from '../ingest-seed.ts';
import { createMetadataContext } from '../stages/metadata.ts';
import { DEFAULT_KNOWN_ENTITIES, type KnownEntity } from './known-entities.ts';
import { DEFAULT_OUTLETS } from './outlets.ts';
import { DEFAULT_ZONES } from './zones.ts';

/** The outlets are organisations too; their web addresses are not names a text writes. */
const OUTLET_ENTITIES: readonly KnownEntity[] = DEFAULT_OUTLETS.map((outlet) => ({
  kind: 'organization',
  name: outlet.name,
  aliases: outlet.aliases.filter((alias) => !alias.includes('.')),
}));

/** Dossier's own zone, outlet and entity tables, and the English language model. */
export const DEFAULT_CONTEXT: IngestContext = {
  zones: DEFAULT_ZONES,
  outlets: DEFAULT_OUTLETS,
  ...createMetadataContext([...DEFAULT_KNOWN_ENTITIES, ...OUTLET_ENTITIES]),
};

/**
 * What one run of ingest settles for all its seeds. Plain data, so it can be sent to worker
 * threads, which build the same context from it.
 */
export interface IngestSettings {
  /** The time of ingest: a seed dated after it is not believed. Null: no such check. */
  readonly now: Date | null;
  /** Keys of the lines many seeds of the run share: page furniture. */
  readonly commonLines: ReadonlySet<string>;
}

/** The context seeds are ingested in: the default tables, with the run's settings. */
export function createIngestContext(settings: IngestSettings): IngestContext {
  return { ...DEFAULT_CONTEXT, ...settings };
}
