import { describe, expect, test } from 'vitest';
import { DIGEST_PLACEHOLDER, readSeal, sealMdx } from '../../src/pipeline/seal.ts';

const written = sealMdx(`---\ntitle: A headline\ndigest: ${DIGEST_PLACEHOLDER}\n---\n\nA paragraph.\n`);

describe('the seal of a written briefing', () => {
  test('holds a digest of the file', () => {
    expect(written).toMatch(/^---\ntitle: A headline\ndigest: sha256-[0-9a-f]{64}\n---\n\nA paragraph.\n$/);
    expect(readSeal(written)).toBe('sealed');
  });

  test('breaks when anything in the file changes, front matter or body', () => {
    expect(readSeal(written.replace('A paragraph.', 'A paragraph, edited.'))).toBe('edited');
    expect(readSeal(written.replace('title: A headline', 'title: A better headline'))).toBe('edited');
    expect(readSeal(`${written}\n`)).toBe('edited');
  });

  test('is missing from a file written by hand', () => {
    expect(readSeal('---\ntitle: Mine\n---\n\nText.\n')).toBe('unsealed');
    expect(readSeal('Just text, and digest: sha256-abc in the body.')).toBe('unsealed');
  });
});
