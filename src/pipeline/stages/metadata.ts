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
import { detectLanguage, readsAsEnglish } from './metadata/language.ts';
import { findQuotes } from './metadata/quotes.ts';
import { findSources } from './metadata/sourcing.ts';

/** The language model and tables the metadata stage reads against. */
export interface MetadataContext {
  readonly analyze: Analyzer;
  readonly knownEntities: KnownEntityIndex;
}

/** What the metadata stage finds in one article. */
export interface Metadata {
  /** BCP 47 tag of the briefing's language (`en`, `pt`), or `und` when it cannot be told. */
  readonly language: string;
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
  const language = detectLanguage(passages.slice(1).map((passage) => passage.text).join('\n') || article.title);
  if (!readsAsEnglish(language)) {
    // The English model would read every capitalised word as a name: an empty list beats a wrong one.
    // Quotes are found by their marks in any language; who said them is left unsaid.
    const quotes = findQuotes(passages.slice(1), []).map((quote) => ({ ...quote, speaker: null }));
    return { language, entities: { people: [], organizations: [], places: [] }, quotes, sources: [], keyphrases: [] };
  }
  const analyzed = context.analyze(passages);
  const year = published === null ? null : Number(published.slice(0, 4));
  const { mentions, ...entities } = findEntities(analyzed, context.knownEntities, year);
  // Headlines quote and attribute in shorthand; the quotes and sources that count are in the text.
  const text = analyzed.filter((passage) => passage.id !== 'title');
  return {
    language,
    entities,
    quotes: findQuotes(text, mentions),
    sources: findSources(text, mentions),
    keyphrases: findKeyphrases(text),
  };
}
