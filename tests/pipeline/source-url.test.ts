import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestSeed } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { findSourceUrl } from '../../src/pipeline/stages/source-url.ts';
import type { SeedPath, Slug } from '../../src/pipeline/types.ts';
import { ingestFile, ROOT } from '../support/seeds.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ line: index + 1, text }));

describe('findSourceUrl', () => {
  test('reads a labelled line and a canonical link, the canonical link first', () => {
    expect(findSourceUrl(lines('Story', 'Original article: <https://a.example/story>'))).toEqual({ url: 'https://a.example/story', line: 2 });
    expect(findSourceUrl(lines('Read the original at https://a.example/x.', 'text'))).toEqual({ url: 'https://a.example/x', line: 1 });
    expect(findSourceUrl(lines('Originally published at https://a.example/1', '<link href="https://b.example/2" rel="canonical">'))).toEqual({
      url: 'https://b.example/2',
      line: 2,
    });
  });

  test('passes over addresses in running text and anything but http and https', () => {
    expect(findSourceUrl(lines('The report, originally published at https://a.example/r, said more.'))).toBeNull();
    expect(findSourceUrl(lines('Originally published at javascript:alert(1)'))).toBeNull();
    expect(findSourceUrl(lines('Canonical: ftp://a.example/file'))).toBeNull();
  });
});

describe('a seed that says where it was first published', () => {
  const briefing = ingestFile(path.join(ROOT, 'tests', 'fixtures', 'seeds', 'originally-published.txt'));

  test('keeps the address as the source URL and the line out of the body', () => {
    expect(briefing.source.url).toBe('https://daily.example/news/ferry-returns?utm=x&id=7');
    expect(briefing.body.map((paragraph) => paragraph.id)).toEqual(['p-1', 'p-2']);
    expect(briefing.body.some((paragraph) => paragraph.text.includes('daily.example'))).toBe(false);
    expect(briefing.dropped).toContainEqual(expect.objectContaining({ line: 8, text: expect.stringContaining('Originally published at') }));
  });

  test("takes the sidecar's url over the seed's", () => {
    const outcome = ingestSeed(
      {
        path: 'ferry.txt' as SeedPath,
        bytes: new TextEncoder().encode('Ferry returns\n\nThe ferry ran again on Monday after a month in dry dock.\n'),
        sidecar: { path: 'ferry.yaml' as SeedPath, bytes: new TextEncoder().encode('url: https://daily.example/ferry\n') },
      },
      'ferry' as Slug,
      DEFAULT_CONTEXT,
    );
    expect(outcome.briefing?.source.url).toBe('https://daily.example/ferry');
  });

  test('a sidecar url that is not a web address is an error naming the field', () => {
    const outcome = ingestSeed(
      {
        path: 'ferry.txt' as SeedPath,
        bytes: new TextEncoder().encode('Ferry returns\n\nThe ferry ran again.\n'),
        sidecar: { path: 'ferry.yaml' as SeedPath, bytes: new TextEncoder().encode('url: javascript:alert(1)\n') },
      },
      'ferry' as Slug,
      DEFAULT_CONTEXT,
    );
    expect(outcome.briefing?.source.url).toBeUndefined();
    expect(outcome.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', file: 'ferry.yaml', message: expect.stringContaining('url') }));
  });
});
