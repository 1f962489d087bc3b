/**
 * The per-seed part of ingest: bytes in, a briefing out (its MDX text is written by
 * `stages/to-mdx.ts` once the whole set has been linked). Pure: the caller reads the seed.
 */
import { createHash } from 'node:crypto';
import { warning, type Diagnostic } from './diagnostics.ts';
import { cleanSeed, type CleanContext } from './stages/clean.ts';
import { findDates } from './stages/dates.ts';
import { decodeSeed } from './stages/decode.ts';
import { extractMetadata, type Metadata, type MetadataContext } from './stages/metadata.ts';
import type { Keyphrase } from './stages/metadata/keyphrases.ts';
import { buildTimeline } from './stages/timeline.ts';
import type { Briefing, CleanArticle, RawSeed, SeedText, Slug } from './types.ts';

/**
 * The tables, language model and settings every seed is ingested with; `now`, the time of
 * ingest, is given by the caller (a seed dated after it is not believed), and absent in tests
 * that need no clock.
 */
export type IngestContext = CleanContext & MetadataContext;

/** What became of one seed. `briefing` is null when the seed was skipped or failed. */
export interface SeedOutcome {
  readonly briefing: Briefing | null;
  /** The briefing's key phrases, weighed into topics over the whole set. */
  readonly keyphrases: readonly Keyphrase[];
  /** A fingerprint of the seed's text, whatever its encoding and line ends, to spot a seed saved twice. */
  readonly contentKey: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run one seed through decode, clean, metadata, dates and timeline. */
export function ingestSeed(seed: RawSeed, slug: Slug, context: IngestContext): SeedOutcome {
  const decoded = decodeSeed(seed);
  if (decoded.value === null) return { briefing: null, keyphrases: [], contentKey: null, diagnostics: decoded.diagnostics };
  const contentKey = fingerprint(decoded.value);
  const cleaned = cleanSeed(decoded.value, context);
  const diagnostics = [...decoded.diagnostics, ...cleaned.diagnostics];
  if (cleaned.value === null) {
    diagnostics.push(warning('empty-seed', 'The seed has no text; skipped it'));
    return { briefing: null, keyphrases: [], contentKey, diagnostics };
  }
  const published = cleaned.value.byline.published?.iso ?? null;
  const metadata = extractMetadata(cleaned.value, published, context);
  const dates = findDates({ summary: cleaned.value.summary, body: cleaned.value.body, published: cleaned.value.byline.published });
  diagnostics.push(...dates.diagnostics);
  const { people, organizations, places } = metadata.entities;
  const timeline = buildTimeline(cleaned.value, dates.value, [...people, ...organizations, ...places]);
  const briefing = toBriefing(slug, decoded.value, cleaned.value, { ...metadata, dates: dates.value, timeline }, diagnostics);
  return { briefing, keyphrases: metadata.keyphrases, contentKey, diagnostics };
}

/** The seed's text, trailing spaces and blank lines aside, hashed. */
function fingerprint(seed: SeedText): string {
  const text = seed.lines
    .map((line) => line.text.trimEnd())
    .join('\n')
    .trimEnd();
  return createHash('sha256').update(text).digest('hex');
}

function toBriefing(
  slug: Slug,
  seed: SeedText,
  article: CleanArticle,
  extracted: Metadata & Pick<Briefing, 'dates' | 'timeline'>,
  diagnostics: readonly Diagnostic[],
): Briefing {
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
    dates: extracted.dates,
    timeline: extracted.timeline,
    entities: extracted.entities,
    quotes: extracted.quotes,
    sources: extracted.sources,
    topics: [],
    dropped: [...article.dropped],
    diagnostics: [...diagnostics],
  };
}
