import { describe, expect, test } from 'vitest';
import { assignSlugs, capSlugSegment, MAX_SLUG_SEGMENT_BYTES, slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';

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
      expect.objectContaining({ severity: 'warning', rule: 'slug-collision', message: 'The slug "a-b" is already used by A b.txt; named this briefing "a-b-2"' }),
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
