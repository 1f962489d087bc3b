/**
 * The reference tables ingest runs with unless told otherwise.
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
