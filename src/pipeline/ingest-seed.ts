/**
 * The per-seed part of ingest: bytes in, a briefing out (its MDX text is written by
 * `stages/to-mdx.ts` once the whole set has been linked). Pure: the caller reads the seed.
 */
import { createHash } from 'node:crypto';
import type { Overrides } from '../schemas/overrides.ts';
import { warning, type Diagnostic, type Staged } from './diagnostics.ts';
import { applyArticleOverrides, applyBriefingOverrides } from './stages/apply-overrides.ts';
import { cleanSeed, type CleanContext } from './stages/clean.ts';
import { findDates } from './stages/dates.ts';
import { decodeSeed, decodeText } from './stages/decode.ts';
import { extractMetadata, type Metadata, type MetadataContext } from './stages/metadata.ts';
import type { Keyphrase } from './stages/metadata/keyphrases.ts';
import { parseOverrides } from './stages/overrides.ts';
import { takeSourceUrl } from './stages/source-url.ts';
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
  /** The curator's overrides and the sidecar they came from; those for the whole set are applied later. */
  readonly overrides: { readonly file: string; readonly value: Overrides } | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Run one seed through decode, clean, the curator's overrides, metadata, dates and timeline. */
export function ingestSeed(seed: RawSeed, slug: Slug, context: IngestContext): SeedOutcome {
  const overrides = readSidecar(seed);
  const decoded = decodeSeed(seed);
  const diagnostics = [...overrides.diagnostics, ...decoded.diagnostics];
  if (decoded.value === null) return { briefing: null, keyphrases: [], contentKey: null, overrides: null, diagnostics };
  const contentKey = fingerprint(decoded.value);
  const cleaned = cleanSeed(decoded.value, context);
  diagnostics.push(...cleaned.diagnostics);
  if (cleaned.value === null) {
    diagnostics.push(warning('empty-seed', 'The seed has no text; skipped it'));
    return { briefing: null, keyphrases: [], contentKey, overrides: null, diagnostics };
  }
  const located = takeSourceUrl(decoded.value, cleaned.value);
  const corrected = overrides.value === null ? { value: located.value.article, diagnostics: [] } : applyArticleOverrides(located.value.article, overrides.value);
  diagnostics.push(...inSidecar(seed, corrected.diagnostics));
  const article = corrected.value;
  const metadata = extractMetadata(article, article.byline.published?.iso ?? null, context);
  const dates = findDates({ summary: article.summary, body: article.body, published: article.byline.published });
  diagnostics.push(...dates.diagnostics);
  const { people, organizations, places } = metadata.entities;
  const timeline = buildTimeline({ ...article, published: article.byline.published }, dates.value, [...people, ...organizations, ...places]);
  const extracted = toBriefing(slug, decoded.value, located.value.url, article, { ...metadata, dates: dates.value, refusedYears: dates.refusedYears, timeline }, diagnostics);
  if (overrides.value === null) return { briefing: extracted, keyphrases: metadata.keyphrases, contentKey, overrides: null, diagnostics };
  const curated = applyBriefingOverrides(extracted, overrides.value);
  const all = [...diagnostics, ...inSidecar(seed, curated.diagnostics)];
  const file = seed.sidecar?.path ?? seed.path;
  return { briefing: { ...curated.value, diagnostics: all }, keyphrases: metadata.keyphrases, contentKey, overrides: { file, value: overrides.value }, diagnostics: all };
}

/**
 * The seed's sidecar overrides, with any mistake in them placed in the sidecar file. The
 * sidecar's bytes are decoded as a seed's are (encoding, mis-decoded text, control characters).
 */
function readSidecar(seed: RawSeed): Staged<Overrides | null> {
  if (seed.sidecar === null) return { value: null, diagnostics: [] };
  const decoded = decodeText(seed.sidecar.bytes);
  const parsed = decoded.value === null ? { value: null, diagnostics: [] } : parseOverrides(decoded.value.text);
  return { value: parsed.value, diagnostics: inSidecar(seed, [...decoded.diagnostics, ...parsed.diagnostics]) };
}

/** Diagnostics about the seed's sidecar, marked with its file. */
function inSidecar(seed: RawSeed, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const file = seed.sidecar?.path;
  return file === undefined ? [...diagnostics] : diagnostics.map((diagnostic) => ({ ...diagnostic, file }));
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
  url: string | null,
  article: CleanArticle,
  extracted: Metadata & Pick<Briefing, 'dates' | 'refusedYears' | 'timeline'>,
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
    // The address is added only when known, so briefings without one keep their front matter.
    source: { file: seed.path, sha256: seed.sha256, encoding: seed.encoding, ...(url === null ? {} : { url }) },
    language: extracted.language,
    body: [...article.body],
    dates: extracted.dates,
    refusedYears: extracted.refusedYears,
    timeline: extracted.timeline,
    entities: extracted.entities,
    quotes: extracted.quotes,
    sources: extracted.sources,
    topics: [],
    // What only the whole set can tell: its story.
    story: null,
    storyEvents: [],
    storyCounts: [],
    note: null,
    corrections: [],
    featured: false,
    draft: false,
    dropped: [...article.dropped],
    diagnostics: [...diagnostics],
  };
}
