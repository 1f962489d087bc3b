/**
 * What a briefing is about and whom it relies on: its people, organisations and places, its
 * quotes with their speakers, its sources, and its key phrases (the raw material of topics,
 * weighed later against the whole set). One pass of wink-nlp over the passages feeds them all.
 */
import type { KnownEntity } from '../reference/known-entities.ts';
import type { Briefing, CleanArticle, Quote, Source } from '../types.ts';
import { createAnalyzer, type Analyzer, type Passage } from './metadata/analyze.ts';
import { findEntities, indexKnownEntities, type KnownEntityIndex } from './metadata/entities.ts';
import { findKeyphrases, type Keyphrase } from './metadata/keyphrases.ts';
import { findQuotes } from './metadata/quotes.ts';
import { findSources } from './metadata/sourcing.ts';

/** The language model and tables the metadata stage reads against. */
export interface MetadataContext {
  readonly analyze: Analyzer;
  readonly knownEntities: KnownEntityIndex;
}

/** What the metadata stage finds in one article. */
export interface Metadata {
  readonly entities: Briefing['entities'];
  readonly quotes: Quote[];
  readonly sources: Source[];
  readonly keyphrases: Keyphrase[];
}

/** Load the language model and index the known entities: done once, before any seed. */
export function createMetadataContext(knownEntities: readonly KnownEntity[]): MetadataContext {
  return { analyze: createAnalyzer(), knownEntities: indexKnownEntities(knownEntities) };
}

/**
 * Find the entities, quotes, sources and key phrases of an article. `published` (ISO, or null)
 * dates the article, so a bare surname is read as the person it meant then.
 *
 * @example extractMetadata(article, '2025-12-30T23:15:00+05:30', context).quotes[0]
 *   // { text: 'So we hit all the boats, and now we hit the area', speaker: 'Donald Trump', paragraph: 'p-5' }
 */
export function extractMetadata(article: CleanArticle, published: string | null, context: MetadataContext): Metadata {
  const passages: Passage[] = [
    { id: 'title', text: article.title },
    ...(article.dek === null ? [] : [{ id: 'dek', text: article.dek }]),
    ...(article.summary === null ? [] : [{ id: 'summary', text: article.summary }]),
    ...article.body,
  ];
  const analyzed = context.analyze(passages);
  const year = published === null ? null : Number(published.slice(0, 4));
  const { mentions, ...entities } = findEntities(analyzed, context.knownEntities, year);
  // Headlines quote and attribute in shorthand; the quotes and sources that count are in the text.
  const text = analyzed.filter((passage) => passage.id !== 'title');
  return {
    entities,
    quotes: findQuotes(text, mentions),
    sources: findSources(text, mentions),
    keyphrases: findKeyphrases(text),
  };
}
