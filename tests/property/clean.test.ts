import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { readBylineLine } from '../../src/pipeline/stages/byline.ts';
import { cleanSeed } from '../../src/pipeline/stages/clean.ts';
import { decodeSeed } from '../../src/pipeline/stages/decode.ts';
import type { CleanArticle, SeedPath, SeedText } from '../../src/pipeline/types.ts';

/** Decode and clean a seed given as text, as ingest does. */
function clean(text: string): { seed: SeedText | null; article: CleanArticle | null; rules: string[] } {
  const seed = decodeSeed({ path: 'property.txt' as SeedPath, bytes: new TextEncoder().encode(text), sidecar: null }).value;
  if (seed === null) return { seed, article: null, rules: [] };
  const cleaned = cleanSeed(seed, DEFAULT_CONTEXT);
  return { seed, article: cleaned.value, rules: cleaned.diagnostics.map((diagnostic) => diagnostic.rule) };
}

/**
 * An article as seed text again: headline, dek, byline, summary under its label, then the body,
 * list items as `- item`. A title made up from the file name (the seed had no text) is not text
 * of the seed, and is left out.
 */
function toSeedText(article: CleanArticle, rules: readonly string[]): string {
  const { author, published } = article.byline;
  const titled = !rules.includes('no-title') || article.body.length > 0;
  const header = [
    titled ? article.title : null,
    article.dek,
    author === null ? null : `By ${author}`,
    published?.iso ?? null,
    article.summary === null ? null : `TL;DR\n${article.summary}`,
  ];
  const body = article.body.map((paragraph, index) => {
    const next = article.body[index + 1];
    const item = paragraph.list ? `- ${paragraph.text}` : paragraph.text;
    return paragraph.list && next?.list?.id === paragraph.list.id ? `${item}\n` : `${item}\n\n`;
  });
  return header.flatMap((part) => (part === null ? [] : [`${part}\n\n`])).join('') + body.join('');
}

/** What a reader is shown of an article: the fields cleaning again must keep. */
function shown(article: CleanArticle | null | undefined) {
  return article ? { title: article.title, dek: article.dek, summary: article.summary, body: article.body.map((p) => p.text) } : null;
}

// Words that no rule reads as page furniture, to build articles a reader would call clean.
const WORDS = [
  'river', 'council', 'harbour', 'budget', 'school', 'winter', 'market', 'bridge', 'garden', 'station',
  'teacher', 'farmer', 'village', 'museum', 'library', 'engine', 'storm', 'vote', 'plan', 'road',
  'opened', 'closed', 'rose', 'fell', 'agreed', 'waited', 'moved', 'spoke', 'built', 'asked',
  'slowly', 'again', 'early', 'late', 'near', 'under', 'after', 'before', 'with', 'the', 'a', 'of', 'and',
] as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Page furniture as saved pages have it. */
const furniture = fc.constantFrom(
  'Home\nWorld\nBusiness\nSport\nWeather',
  'Share this article\nFacebook\nTwitter\nEmail',
  'Advertisement',
  'Read more: Ten things to know about the harbour',
  'Photo: Jane Smith/Getty Images',
  '© 2024 The Daily Courier. All rights reserved.',
  'Related Articles\nWhy the river rose again\nThe council and the budget',
  '12 Comments',
);

/** Articles, and saved pages that hold them, written in the given words. */
function writtenIn(word: fc.Arbitrary<string>) {
  // A sentence of news prose has five words or more: a page made only of three-word lines is a
  // menu, and the cleaner rightly finds no article in it.
  const sentence = fc.array(word, { minLength: 5, maxLength: 14 }).map((words) => `${capitalise(words.join(' '))}.`);
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
  const headline = fc.array(word, { minLength: 3, maxLength: 9 }).map((words) => capitalise(words.join(' ')));
  /** A headline and distinct paragraphs, nothing else. */
  const cleanArticle = fc.record({ title: headline, paragraphs: fc.uniqueArray(paragraph, { minLength: 1, maxLength: 8 }) });

  /** The header lines a saved article may have under its headline. */
  const headerLines = fc.record({
    byline: fc.option(fc.constantFrom('By Jane Doe, Reuters', 'TOI GLOBAL DESK | TOI GLOBAL | Dec 30, 2025, 23:15 IST', 'Updated: 12 March 2024 14:05 GMT'), { nil: null }),
    summary: fc.option(sentence.map((text) => `TL;DR\n${text}`), { nil: null }),
  });
  /** A list of three items or more, as `- item` lines. */
  const bulletList = fc.uniqueArray(sentence, { minLength: 3, maxLength: 5 }).map((items) => items.map((item) => `- ${item}`).join('\n'));

  /** A saved page: furniture around and between the parts of an article. */
  const savedPage = fc
    .record({
      article: cleanArticle,
      header: headerLines,
      list: fc.option(bulletList, { nil: null }),
      before: fc.array(furniture, { maxLength: 3 }),
      between: fc.array(fc.option(furniture, { freq: 3 }), { minLength: 8, maxLength: 8 }),
      after: fc.array(furniture, { maxLength: 3 }),
    })
    .map(({ article, header, list, before, between, after }) => {
      const paragraphs = article.paragraphs.flatMap((text, index) => [text, between[index] ?? null]).filter((part) => part !== null);
      if (list !== null) paragraphs.splice(1, 0, list);
      const top = [header.byline, header.summary].filter((part) => part !== null);
      return [...before, article.title, ...top, ...paragraphs, ...after].join('\n\n');
    });
  return { sentence, cleanArticle, savedPage };
}

const { sentence, cleanArticle, savedPage } = writtenIn(fc.constantFrom(...WORDS));
/**
 * The same pages in words of any script: any graphemes, a letter or digit among them, in lower
 * case as running text has most of its words (a page of capitalised words reads as a menu).
 */
const anyWord = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((text) => text.toLowerCase());
const unicodePage = writtenIn(anyWord.filter((text) => /^\S*[\p{L}\p{N}]\S*$/u.test(text))).savedPage;

/** Lines of any text, with list markers, labels and stamps among them. */
const anyLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('TL;DR', 'Key points:', '- item', '1. first', 'By Jane Doe', 'Dec 30, 2025, 23:15 IST', '> quoted', ''),
  sentence,
);
const anySeed = fc.array(anyLine, { maxLength: 30 }).map((lines) => lines.join('\n'));

describe('cleanSeed, on any text', () => {
  test.prop([fc.oneof(fc.string({ unit: 'binary' }), anySeed)])('never throws', (text) => {
    expect(() => clean(text)).not.toThrow();
  });

  test.prop([anySeed])('loses no line: each word is in a field or in dropped, or its line is a byline', (text) => {
    const { seed, article } = clean(text);
    if (seed === null || article === null) return;
    const kept = [article.title, article.dek ?? '', article.summary ?? '', ...article.body.map((p) => p.text), ...article.dropped.map((p) => p.text)].join('\n');
    for (const line of seed.lines) {
      if (readBylineLine({ line: line.line, text: line.text.trim() }, DEFAULT_CONTEXT) !== null) continue;
      for (const part of line.text.trim().split(/\s+/)) if (/[\p{L}\p{N}]/u.test(part)) expect(kept).toContain(part);
    }
  });

  test.prop([fc.oneof(savedPage, unicodePage)])('gives the same article when its own output is cleaned again', (page) => {
    const { article, rules } = clean(page);
    const again = article === null ? null : clean(toSeedText(article, rules)).article;
    expect(shown(again)).toEqual(shown(article));
  });
});

describe('cleanSeed, on a clean article', () => {
  test.prop([savedPage])('never loses the article to its furniture', (page) => {
    const { article, rules } = clean(page);
    expect(article?.body.length).toBeGreaterThan(0);
    expect(rules).not.toContain('no-title');
  });

  test.prop([cleanArticle])('keeps it whole: the title line, then every paragraph, nothing dropped', ({ title, paragraphs }) => {
    const { article } = clean([title, ...paragraphs].join('\n\n'));
    expect(article?.title).toBe(title);
    expect(article?.body.map((p) => p.text)).toEqual(paragraphs);
    expect(article?.dropped).toEqual([]);
  });

  test.prop([cleanArticle])('keeps it whole with one paragraph a line, as copied text has it', ({ title, paragraphs }) => {
    const { article } = clean([title, ...paragraphs].join('\n'));
    expect(article?.body.map((p) => p.text)).toEqual(paragraphs);
  });

  test.prop([savedPage])('finds the article inside the furniture of a saved page', (page) => {
    const { article } = clean(page);
    const furnitureWords = /\b(?:Facebook|Getty|Advertisement|Comments|reserved|Related|Read more|Weather)\b/;
    for (const paragraph of article?.body ?? []) expect(paragraph.text).not.toMatch(furnitureWords);
  });
});
