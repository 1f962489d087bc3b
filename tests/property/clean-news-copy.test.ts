import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { cleanSeed } from '../../src/pipeline/stages/clean.ts';
import { decodeSeed } from '../../src/pipeline/stages/decode.ts';
import type { CleanArticle, SeedPath } from '../../src/pipeline/types.ts';

/**
 * Clean news copy, as an agency or a reporter files it: a headline, maybe a byline, then
 * paragraphs of prose. Its words include those page furniture is made of (`share`, `ad`, `top`,
 * `copyright`, `follow`, `related`, a slash), since news sentences use them too.
 */
const NOUNS = [
  'council', 'harbour', 'budget', 'school', 'market', 'bridge', 'station', 'ferry', 'union', 'court',
  'share', 'shares', 'ad', 'ads', 'copyright', 'email', 'video', 'print', 'tag', 'home', 'top', 'menu',
  'comment', 'comments', 'newsletter', 'photo', 'feed', 'link', 'search', 'news', 'sport', 'weather',
] as const;
const VERBS = ['opened', 'closed', 'rose', 'fell', 'agreed', 'voted', 'moved', 'said', 'built', 'asked', 'followed', 'shared', 'printed', 'tagged'] as const;
const OTHERS = ['slowly', 'again', 'early', 'late', 'near', 'under', 'after', 'before', 'with', 'the', 'a', 'of', 'and', 'its', '24/7', 'and/or', '50/50', '12%', '2019', 'on Monday'] as const;
const OPENERS = ['Share', 'Ad', 'Top', 'Follow', 'Tag', 'Most', 'Related', 'Latest', 'Print', 'Email', 'Copyright', 'The', 'A', 'Officials', 'Residents'] as const;
const SPEAKERS = ['the mayor said', 'Ms Okafor said', 'a spokesman for the union said', 'officials said'] as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const word = fc.oneof(fc.constantFrom(...NOUNS), fc.constantFrom(...VERBS), fc.constantFrom(...OTHERS));

/** A sentence of news prose: an opener, a noun, a verb and more words, sometimes a quote. */
const sentence = fc
  .record({
    opener: fc.constantFrom(...OPENERS),
    noun: fc.constantFrom(...NOUNS),
    verb: fc.constantFrom(...VERBS),
    rest: fc.array(word, { minLength: 2, maxLength: 14 }),
    quoted: fc.option(fc.constantFrom(...SPEAKERS), { freq: 3 }),
  })
  .map(({ opener, noun, verb, rest, quoted }) => {
    const text = `${opener} ${noun} ${verb} ${rest.join(' ')}`;
    return quoted === null ? `${text}.` : `“${capitalise(text)},” ${quoted}.`;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
/**
 * A headline: a subject, a verb and a few words, no full stop. Its subject may be `Share`, `Ad`,
 * `Top` or `Copyright`; words that are only ever furniture on their own (`email`, `newsletter`)
 * stay in the paragraphs, where sentences carry them.
 */
const HEADLINE_NOUNS = ['council', 'harbour', 'budget', 'school', 'market', 'ferry', 'union', 'court', 'share', 'ad', 'top', 'copyright', 'tag', 'video'] as const;
const HEADLINE_VERBS = ['opens', 'closes', 'rises', 'falls', 'agrees', 'votes', 'moves', 'builds', 'asks'] as const;
const headline = fc
  .record({
    noun: fc.constantFrom(...HEADLINE_NOUNS),
    verb: fc.constantFrom(...HEADLINE_VERBS),
    rest: fc.array(fc.oneof(fc.constantFrom(...HEADLINE_NOUNS), fc.constantFrom(...OTHERS)), { minLength: 1, maxLength: 7 }),
  })
  .map(({ noun, verb, rest }) => capitalise(`${noun} ${verb} ${rest.join(' ')}`));

const newsCopy = fc.record({
  title: headline,
  byline: fc.option(fc.constantFrom('By Jane Doe', 'By Tomás Ortega and Lee Park'), { nil: null }),
  paragraphs: fc.uniqueArray(paragraph, { minLength: 2, maxLength: 10 }),
});

function clean(text: string): CleanArticle | null {
  const seed = decodeSeed({ path: 'news-copy.txt' as SeedPath, bytes: new TextEncoder().encode(text), sidecar: null }).value;
  return seed === null ? null : cleanSeed(seed, DEFAULT_CONTEXT).value;
}

const wordCount = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter((part) => part !== '').length;

/** The most of an article's words cleaning may lose on clean copy. */
const MAX_LOSS = 0.02;

describe('cleanSeed, on clean news copy', () => {
  test.prop([newsCopy], { numRuns: 200 })('loses at most 2% of the words, and keeps every paragraph in order', ({ title, byline, paragraphs }) => {
    const article = clean([title, byline, ...paragraphs].filter((part) => part !== null).join('\n\n'));
    const body = article?.body.map((p) => p.text) ?? [];
    const lost = 1 - wordCount(body.filter((text) => paragraphs.includes(text))) / wordCount(paragraphs);
    expect(lost).toBeLessThanOrEqual(MAX_LOSS);
    expect(body).toEqual(paragraphs);
    expect(article?.title).toBe(title);
  });
});
