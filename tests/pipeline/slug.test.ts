import { describe, expect, test } from 'vitest';
import { assignSlugs, capSlugSegment, isHashName, MAX_SLUG_SEGMENT_BYTES, readableSlugs, slugFromPath, slugFromTitle } from '../../src/pipeline/stages/slug.ts';
import type { SeedPath, Slug } from '../../src/pipeline/types.ts';

const paths = (...names: string[]) => names as SeedPath[];

describe('slugFromPath', () => {
  test.each([
    ['000_19c9abe1674f8dc9.txt', '000-19c9abe1674f8dc9'],
    ['Venezuela Strike.txt', 'venezuela-strike'],
    ['World/Cañón Strike (2).txt', 'world/canon-strike-2'],
    ['report.v2.final.txt', 'report-v2-final'],
    ['日本.txt', 'briefing'],
  ])('%j → %j', (path, slug) => {
    expect(slugFromPath(path as SeedPath)).toBe(slug);
  });
});

describe('assignSlugs', () => {
  test('gives colliding seeds distinct slugs in path order, and warns', () => {
    const assigned = assignSlugs(paths('A b.txt', 'a-b.txt', 'a_b.txt'));
    expect(assigned.map((entry) => entry.slug)).toEqual(['a-b', 'a-b-2', 'a-b-3']);
    expect(assigned[1]?.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'slug-collision',
        message: 'The slug "a-b" is already used by A b.txt; named this briefing "a-b-2"',
      }),
    ]);
    expect(assigned[0]?.diagnostics).toEqual([]);
  });
});

describe('long names', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  test('cap each part of the slug by bytes, keeping its start and a stable hash of the whole', () => {
    const name = `${'word '.repeat(49)}end.txt`;
    const slug = slugFromPath(name as SeedPath);
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_SEGMENT_BYTES);
    expect(slug).toMatch(/^word-word-.*-[0-9a-f]{8}$/);
    expect(slugFromPath(name as SeedPath)).toBe(slug);
    expect(slugFromPath(name.replace('end', 'fin') as SeedPath)).not.toBe(slug);
  });

  test('cap a name that grows when folded to ASCII, and every folder of the path', () => {
    const slug = slugFromPath(`${'¼'.repeat(120)}/${'x'.repeat(240)}.txt` as SeedPath);
    const [folder, file] = slug.split('/');
    expect(folder).toMatch(/^1-41-41-4/);
    expect(bytes(folder ?? '')).toBeLessThanOrEqual(MAX_SLUG_SEGMENT_BYTES);
    expect(bytes(file ?? '')).toBeLessThanOrEqual(MAX_SLUG_SEGMENT_BYTES);
  });

  test('leave names within the cap as they are, and never cut a character in two', () => {
    expect(capSlugSegment('venezuela-strike')).toBe('venezuela-strike');
    const capped = capSlugSegment('é'.repeat(80), 20);
    expect(bytes(capped)).toBeLessThanOrEqual(20);
    expect(capped).toMatch(/^(é)+-[0-9a-f]{8}$/u);
  });
});

describe('readable slugs for hash-named seeds', () => {
  const HASH = 'a'.repeat(24);
  const seed = (path: string, title: string | null) => ({ path: path as SeedPath, slug: slugFromPath(path as SeedPath), title });

  test.each([
    [`${HASH}.txt`, true],
    [`news/${'0123456789abcdef'}.txt`, true],
    ['000_19c9abe1674f8dc9.txt', false],
    ['abcdef.txt', false],
    ['Venezuela Strike.txt', false],
  ])('isHashName(%j) is %j', (path, hashed) => {
    expect(isHashName(path as SeedPath)).toBe(hashed);
  });

  test('a title gives a slug in the seed folder, cut at a word, and none without Latin letters', () => {
    expect(slugFromTitle(`news/${HASH}.txt` as SeedPath, 'U.S. Strikes: What We Know / Day 2')).toBe('news/u-s-strikes-what-we-know-day-2');
    expect(slugFromTitle(`${HASH}.txt` as SeedPath, 'word '.repeat(30))).toBe(Array(12).fill('word').join('-'));
    expect(slugFromTitle(`${HASH}.txt` as SeedPath, '서울 시장 선거')).toBeNull();
  });

  test('names hash seeds from their titles, keeps readable names and locked slugs, and keeps published hash slugs', () => {
    const seeds = [
      seed(`${HASH}.txt`, 'Port strike ends'),
      seed('b'.repeat(20) + '.txt', 'Port strike ends'),
      seed('port-strike-ends.txt', 'Other'),
      seed('c'.repeat(20) + '.txt', 'New title'),
      seed('d'.repeat(20) + '.txt', 'Old one'),
    ];
    const lock = new Map([[seeds[3]!.path, 'first-title' as Slug]]);
    const published = new Set([seeds[4]!.slug]);
    const assigned = readableSlugs(seeds, lock, published);
    expect(assigned.map((entry) => entry.slug)).toEqual(['port-strike-ends-2', 'port-strike-ends-3', 'port-strike-ends', 'first-title', 'd'.repeat(20)]);
    expect(assigned[1]?.diagnostics).toEqual([expect.objectContaining({ rule: 'slug-collision' })]);
  });
});
