/**
 * The language of a briefing, by tinyld (character n-gram profiles of 60-odd languages), as a
 * BCP 47 primary tag: `en`, `pt`, `de`. The entity, quote-speaker and topic rules read English
 * (wink-nlp's English model, English titles and function words): on a page in another language
 * they would turn every capitalised word into a name, so the metadata stage leaves them out.
 */
import { detectAll } from 'tinyld';

/** The tag of a text whose language cannot be told: too short, or no language stands out. */
export const UNDETERMINED = 'und';

/** Enough letters to tell a language by; fewer, and a headline's names decide it. */
const MIN_LETTERS = 60;
/** Reading this much of the text is enough, and keeps detection at about a millisecond. */
const SAMPLE = 1_200;
/** The share of the profile the best language needs before it is believed. */
const MIN_ACCURACY = 0.2;

/**
 * The language of `text`, or `und`.
 *
 * @example detectLanguage('Olá, pessoal. Eu sou professor de música e hoje vamos cantar juntos.') // 'pt'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return UNDETERMINED;
  const [best] = detectAll(sample);
  return best !== undefined && best.accuracy >= MIN_ACCURACY && /^[a-z]{2,3}$/.test(best.lang) ? best.lang : UNDETERMINED;
}

/** Whether the English rules may read a text in `language`: English, or a language no one could tell. */
export function readsAsEnglish(language: string): boolean {
  return language === 'en' || language === UNDETERMINED;
}
