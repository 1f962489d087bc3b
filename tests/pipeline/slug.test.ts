import { describe, expect, test } from 'vitest';
import { assignSlugs, slugFromPath } from '../../src/pipeline/stages/slug.ts';
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
