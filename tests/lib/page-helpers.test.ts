import { expect, test } from 'vitest';
import { bodyExcerpt } from '../../src/lib/excerpt.ts';
import { startOfDay } from '../../src/lib/feeds.ts';
import { textDirection } from '../../src/lib/language.ts';
import { neighboursByDate } from '../../src/lib/neighbours.ts';
import { countWords, readingMinutes } from '../../src/lib/reading.ts';
import { isInSitemap } from '../../src/lib/sitemap.ts';

test('text direction follows the language', () => {
  expect(textDirection('fa-IR')).toBe('rtl');
  expect(textDirection('ar')).toBe('rtl');
  expect(textDirection('he')).toBe('rtl');
  expect(textDirection('pt-BR')).toBe('ltr');
  expect(textDirection('ko')).toBe('ltr');
  expect(textDirection('not a tag')).toBe('ltr');
});

test('reading time counts words in the text’s own language, at least a minute', () => {
  expect(countWords('The vote was on Monday.', 'en')).toBe(5);
  expect(countWords('국회는 월요일에 투표했다', 'ko')).toBe(3);
  expect(readingMinutes('word '.repeat(700))).toBe(3);
  expect(readingMinutes('Short.')).toBe(1);
});

test('an excerpt is the first paragraph as a reader sees it, escapes undone, cut at a word', () => {
  expect(bodyExcerpt('Fares rise by 5\\% \\{soon\\} &#x69;ndeed.\n\nNight buses return.')).toBe('Fares rise by 5% {soon} indeed.');
  expect(bodyExcerpt(`${'many words '.repeat(40)}end`, 50)).toBe('many words many words many words many words many…');
  expect(bodyExcerpt('')).toBeNull();
});

test('previous and next go by date, and undated briefings stand apart', () => {
  const entry = (slug: string, published: string | null) => ({ data: { slug, published } });
  const around = neighboursByDate([entry('c', '2025-03-01'), entry('b', '2025-02-01'), entry('a', '2025-01-01'), entry('u', null)]);
  expect(around.get('b')?.newer?.data.slug).toBe('c');
  expect(around.get('b')?.older?.data.slug).toBe('a');
  expect(around.get('c')?.newer).toBeNull();
  expect(around.get('a')?.older).toBeNull();
  expect(around.has('u')).toBe(false);
});

test('the sitemap leaves out the build report, search and the missing-page page, under any base', () => {
  expect(isInSitemap('https://example.org/dossier/briefings/report/', '/dossier/')).toBe(true);
  expect(isInSitemap('https://example.org/dossier/report/2/', '/dossier/')).toBe(false);
  expect(isInSitemap('https://example.org/search/', '/')).toBe(false);
  expect(isInSitemap('https://example.org/', '/')).toBe(true);
});

test("a correction's day starts at midnight in the site's zone", () => {
  expect(startOfDay('2026-01-10', 'UTC').toISOString()).toBe('2026-01-10T00:00:00.000Z');
  expect(startOfDay('2026-01-10', 'Asia/Kolkata').toISOString()).toBe('2026-01-09T18:30:00.000Z');
  expect(startOfDay('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
});
