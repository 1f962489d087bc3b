import { describe, expect, test } from 'vitest';
import { wordUse } from '../../src/pipeline/reference/word-use.ts';

describe('how general English writes a word', () => {
  test.each([
    ['Tower', 'common'],
    ['Park', 'common'],
    ['Smith', 'name'],
    ['John', 'name'],
    ['Grantham', 'unknown'],
  ])('%s is %s', (word, use) => {
    expect(wordUse(word)).toBe(use);
  });
});
