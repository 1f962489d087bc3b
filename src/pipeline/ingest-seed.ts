/**
 * The per-seed part of ingest: bytes in, a briefing and its MDX text out. Pure: the caller
 * reads the seed and writes the results.
 */
import { createHash } from 'node:crypto';
import { warning, type Diagnostic } from './diagnostics.ts';
import { cleanSeed, type CleanContext } from './stages/clean.ts';
import { decodeSeed } from './stages/decode.ts';
import { toMdx } from './stages/to-mdx.ts';
import type { Briefing, CleanArticle, RawSeed, SeedText, Slug } from './types.ts';

/**
 * The tables and settings every seed is ingested with; `now`, the time of ingest, is given by
 * the caller (a seed dated after it is not believed), and absent in tests that need no clock.
 */
export type IngestContext = CleanContext;

/** What became of one seed. `briefing` is null when the seed was skipped or failed. */
export interface SeedOutcome {
  readonly briefing: Briefing | null;
  /** The MDX text to write, or null when none may be written. */
  readonly mdx: string | null;
  /** A fingerprint of the seed's text, whatever its encoding and line ends, to spot a seed saved twice. */
  readonly contentKey: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run one seed through decode, clean and the MDX writer. */
export function ingestSeed(seed: RawSeed, slug: Slug, context: IngestContext): SeedOutcome {
  const decoded = decodeSeed(seed);
  if (decoded.value === null) return { briefing: null, mdx: null, contentKey: null, diagnostics: decoded.diagnostics };
  const contentKey = fingerprint(decoded.value);
  const cleaned = cleanSeed(decoded.value, context);
  const diagnostics = [...decoded.diagnostics, ...cleaned.diagnostics];
  if (cleaned.value === null) {
    diagnostics.push(warning('empty-seed', 'The seed has no text; skipped it'));
    return { briefing: null, mdx: null, contentKey, diagnostics };
  }
  const briefing = toBriefing(slug, decoded.value, cleaned.value, diagnostics);
  const written = toMdx(briefing);
  if (written.value !== null) return { briefing, mdx: written.value, contentKey, diagnostics };
  const failed = [...diagnostics, ...written.diagnostics];
  return { briefing: { ...briefing, diagnostics: failed }, mdx: null, contentKey, diagnostics: failed };
}

/** The seed's text, trailing spaces and blank lines aside, hashed. */
function fingerprint(seed: SeedText): string {
  const text = seed.lines
    .map((line) => line.text.trimEnd())
    .join('\n')
    .trimEnd();
  return createHash('sha256').update(text).digest('hex');
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
