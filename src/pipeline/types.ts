/**
 * The shapes passed between the ingest stages. The briefing contract itself is defined once,
 * by its zod schema in `src/schemas/briefing.ts`; its types are re-exported here.
 */
import type { DroppedText, Paragraph, SeedPath } from '../schemas/briefing.ts';

export type {
  Briefing,
  DateMention,
  Diagnostic,
  DroppedText,
  Entity,
  ListPlace,
  FrontMatter,
  Paragraph,
  Precision,
  TimexType,
  RefusedYear,
  Quote,
  SeedPath,
  Source,
  StoryCount,
  StoryEvent,
  StoryRef,
  Telling,
  Topic,
  Slug,
  TimelineEvent,
} from '../schemas/briefing.ts';

/** One line of a decoded seed, with its 1-based line number in the original file. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

/** A seed as bytes, before anything is decided about its encoding, with its sidecar's bytes. */
export interface RawSeed {
  readonly path: SeedPath;
  readonly bytes: Uint8Array;
  /** The curator's sidecar file (`x.yaml` beside `x.txt`), when there is one. */
  readonly sidecar: { readonly path: SeedPath; readonly bytes: Uint8Array } | null;
}

/** A seed decoded to text and split into lines, numbered as in the file. */
export interface SeedText {
  readonly path: SeedPath;
  readonly lines: readonly SourceLine[];
  /** The encoding the bytes were read as: `utf-8`, `utf-8-bom`, `windows-1252`, … */
  readonly encoding: string;
  /** Hex SHA-256 of the seed's bytes, so a briefing can be traced to the exact file. */
  readonly sha256: string;
}

/** A publication instant as the source printed it. */
export interface PublishedInstant {
  /** ISO 8601: `2025-12-30T23:15:00+05:30` when the time is known, `2025-12-30` when only the day is. */
  readonly iso: string;
  /** The zone as printed (`IST`), or null when the source gave none. */
  readonly zone: string | null;
}

/** What a byline line says: who wrote it, for which outlet, and when. */
export interface Byline {
  /** The desk or author, in reading case: `TOI Global Desk`. */
  readonly author: string | null;
  /** The outlet's canonical name, when known: `The Times of India`. */
  readonly outlet: string | null;
  readonly published: PublishedInstant | null;
}

/** The article the cleaner found in a seed. Every input line is in a field or in `dropped`. */
export interface CleanArticle {
  readonly title: string;
  readonly dek: string | null;
  readonly summary: string | null;
  readonly byline: Byline;
  readonly body: readonly Paragraph[];
  /** The seed line each body paragraph starts on, in the body's order. */
  readonly bodyLines: readonly number[];
  readonly dropped: readonly DroppedText[];
}
