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
  { name: 'The Indian Express', aliases: ['Indian Express', 'indianexpress.com'], country: 'IN' },
  { name: 'Deccan Herald', aliases: ['deccanherald.com'], country: 'IN' },
  { name: 'Dawn', aliases: ['dawn.com'], country: 'PK' },
  { name: 'Fox News', aliases: ['foxnews.com'], country: 'US' },
  { name: 'NBC News', aliases: ['nbcnews.com'], country: 'US' },
  { name: 'CBS News', aliases: ['cbsnews.com'], country: 'US' },
  { name: 'CNBC', aliases: ['cnbc.com'], country: 'US' },
  { name: 'NPR', aliases: ['npr.org'], country: 'US' },
  { name: 'USA Today', aliases: ['usatoday.com'], country: 'US' },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'latimes.com'], country: 'US' },
  { name: 'Politico', aliases: ['politico.com'], country: 'US' },
  { name: 'The Hill', aliases: ['thehill.com'], country: 'US' },
  { name: 'Axios', aliases: ['axios.com'], country: 'US' },
  { name: 'Financial Times', aliases: ['FT', 'ft.com'], country: 'GB' },
  { name: 'The Independent', aliases: ['independent.co.uk'], country: 'GB' },
  { name: 'The Telegraph', aliases: ['telegraph.co.uk'], country: 'GB' },
  { name: 'Sky News', aliases: ['news.sky.com'], country: 'GB' },
  { name: 'Deutsche Welle', aliases: ['DW', 'dw.com'], country: 'DE' },
  { name: 'France 24', aliases: ['france24.com'], country: 'FR' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'xinhuanet.com'], country: 'CN' },
  { name: 'South China Morning Post', aliases: ['SCMP', 'scmp.com'], country: 'HK' },
  { name: 'The Straits Times', aliases: ['Straits Times', 'straitstimes.com'], country: 'SG' },
  { name: 'Kyodo News', aliases: ['Kyodo'], country: 'JP' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KR' },
  { name: 'ABC News (Australia)', aliases: ['abc.net.au'], country: 'AU' },
  { name: 'The Sydney Morning Herald', aliases: ['Sydney Morning Herald', 'smh.com.au'], country: 'AU' },
  { name: 'CBC News', aliases: ['CBC', 'cbc.ca'], country: 'CA' },
  { name: 'The Globe and Mail', aliases: ['Globe and Mail', 'theglobeandmail.com'], country: 'CA' },
];
