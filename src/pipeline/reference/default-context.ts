/**
 * The reference tables ingest runs with unless told otherwise.
 */
import type { IngestContext } from '../ingest-seed.ts';
import { DEFAULT_OUTLETS } from './outlets.ts';
import { DEFAULT_ZONES } from './zones.ts';

/** Dossier's own zone and outlet tables. */
export const DEFAULT_CONTEXT: IngestContext = { zones: DEFAULT_ZONES, outlets: DEFAULT_OUTLETS };
