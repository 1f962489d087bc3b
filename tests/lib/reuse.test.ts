import { expect, test } from 'vitest';
import { reuseForSameItems } from '../../src/lib/reuse.ts';

test('builds once for the same items, in a new array, and again when an item changes', () => {
  const calls: number[][] = [];
  const sum = reuseForSameItems((items: readonly { n: number }[]) => {
    calls.push(items.map((item) => item.n));
    return items.reduce((total, item) => total + item.n, 0);
  });
  const one = { n: 1 };
  const two = { n: 2 };
  expect(sum([one, two])).toBe(3);
  expect(sum([one, two])).toBe(3);
  expect(calls).toEqual([[1, 2]]);
  expect(sum([one, { n: 2 }])).toBe(3);
  expect(sum([two, one])).toBe(3);
  expect(sum([one])).toBe(1);
  expect(calls).toEqual([[1, 2], [1, 2], [2, 1], [1]]);
});
