/**
 * The per-seed part of ingest: bytes in, a briefing and its MDX text out. Pure: the caller
 * reads the seed and writes the results.
 */
import { warning, type Diagnostic } from './diagnostics.ts';
import { cleanSeed, type CleanContext } from './stages/clean.ts';
import { decodeSeed } from './stages/decode.ts';
import { toMdx } from './stages/to-mdx.ts';
import type { Briefing, CleanArticle, RawSeed, SeedText, Slug } from './types.ts';

/** The tables and settings every seed is ingested with. */
export type IngestContext = CleanContext;

/** What became of one seed. `briefing` is null when the seed was skipped or failed. */
export interface SeedOutcome {
  readonly briefing: Briefing | null;
  /** The MDX text to write, or null when none may be written. */
  readonly mdx: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run one seed through decode, clean and the MDX writer. */
export function ingestSeed(seed: RawSeed, slug: Slug, context: IngestContext): SeedOutcome {
  const decoded = decodeSeed(seed);
  if (decoded.value === null) return { briefing: null, mdx: null, diagnostics: decoded.diagnostics };
  const cleaned = cleanSeed(decoded.value, context);
  const diagnostics = [...decoded.diagnostics, ...cleaned.diagnostics];
  if (cleaned.value === null) {
    diagnostics.push(warning('empty-seed', 'The seed has no text; skipped it'));
    return { briefing: null, mdx: null, diagnostics };
  }
  const briefing = toBriefing(slug, decoded.value, cleaned.value, diagnostics);
  const written = toMdx(briefing);
  if (written.value !== null) return { briefing, mdx: written.value, diagnostics };
  const failed = [...diagnostics, ...written.diagnostics];
  return { briefing: { ...briefing, diagnostics: failed }, mdx: null, diagnostics: failed };
}

function toBriefing(slug: Slug, seed: SeedText, article: CleanArticle, diagnostics: readonly Diagnostic[]): Briefing {
  return {
    slug,
    title: article.title,
    dek: article.dek,
    summary: article.summary,
    outlet: article.byline.outlet,
    byline: article.byline.author,
    published: article.byline.published?.iso ?? null,
    publishedZone: article.byline.published?.zone ?? null,
    source: { file: seed.path, sha256: seed.sha256, encoding: seed.encoding },
    body: [...article.body],
    dates: [],
    timeline: [],
    entities: { people: [], organizations: [], places: [] },
    quotes: [],
    dropped: [...article.dropped],
    diagnostics: [...diagnostics],
  };
}
