/**
 * News outlets Dossier recognises in bylines and page text, with the country whose
 * conventions (time zones above all) their pages follow.
 */

/** A known outlet. */
export interface Outlet {
  /** The name a reader knows it by: `The Times of India`. */
  readonly name: string;
  /** Other ways pages print it; short upper-case ones (`TOI`) are matched as whole words. */
  readonly aliases: readonly string[];
  /** ISO 3166 alpha-2 code of its home country. */
  readonly country: string;
}

/** The outlets Dossier knows by default. */
export const DEFAULT_OUTLETS: readonly Outlet[] = [
  { name: 'The Times of India', aliases: ['TOI', 'Times of India', 'timesofindia.com'], country: 'IN' },
  { name: 'Hindustan Times', aliases: ['HT', 'hindustantimes.com'], country: 'IN' },
  { name: 'The Hindu', aliases: ['thehindu.com'], country: 'IN' },
  { name: 'NDTV', aliases: ['ndtv.com'], country: 'IN' },
  { name: 'Reuters', aliases: ['reuters.com'], country: 'GB' },
  { name: 'Associated Press', aliases: ['AP', 'apnews.com'], country: 'US' },
  { name: 'Agence France-Presse', aliases: ['AFP'], country: 'FR' },
  { name: 'CNN', aliases: ['cnn.com'], country: 'US' },
  { name: 'BBC News', aliases: ['BBC', 'bbc.co.uk', 'bbc.com'], country: 'GB' },
  { name: 'The New York Times', aliases: ['NYT', 'New York Times', 'nytimes.com'], country: 'US' },
  { name: 'The Washington Post', aliases: ['Washington Post', 'washingtonpost.com'], country: 'US' },
  { name: 'The Wall Street Journal', aliases: ['WSJ', 'Wall Street Journal', 'wsj.com'], country: 'US' },
  { name: 'The Guardian', aliases: ['theguardian.com', 'guardian.co.uk'], country: 'GB' },
  { name: 'Bloomberg', aliases: ['bloomberg.com'], country: 'US' },
  { name: 'Al Jazeera', aliases: ['aljazeera.com'], country: 'QA' },
];
