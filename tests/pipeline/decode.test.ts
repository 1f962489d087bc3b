import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../src/pipeline/stages/decode.ts';
import { repairMojibake } from '../../src/pipeline/stages/mojibake.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';
import { cleanFixture, fixtureBytes } from '../support/fixtures.ts';

const decode = (bytes: Uint8Array) => decodeSeed({ path: 'x.txt' as SeedPath, bytes, sidecar: null });
const texts = (bytes: Uint8Array) => decode(bytes).value?.lines.map((line) => line.text);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` as UTF-16 code units, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, index) => {
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}

describe('decodeSeed', () => {
  test('reads UTF-8, and UTF-8 with a byte-order mark, recording which', () => {
    expect(decode(utf8('Café\n')).value?.encoding).toBe('utf-8');
    const withBom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café\n')]));
    expect(withBom.value?.encoding).toBe('utf-8-bom');
    expect(withBom.value?.lines[0]?.text).toBe('Café');
    expect(withBom.diagnostics).toEqual([]);
  });

  test.each([
    ['le', true],
    ['be', true],
    ['le', false],
    ['be', false],
  ] as const)('reads UTF-16 %s (byte-order mark: %s) and says it converted it', (endian, bom) => {
    const decoded = decode(utf16('Headline\r\nThe café is open.\r\n', endian, bom));
    expect(decoded.value?.encoding).toBe(`utf-16${endian}`);
    expect(decoded.value?.lines.map((line) => line.text)).toEqual(['Headline', 'The café is open.', '']);
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'encoding-utf16', message: expect.stringMatching(/converted it to UTF-8$/) }),
    ]);
  });

  test('reads bytes that are not UTF-8 as Windows-1252, curly quotes and all', () => {
    const decoded = decode(fixtureBytes('cp1252.txt'));
    expect(decoded.value?.encoding).toBe('windows-1252');
    expect(decoded.value?.lines[2]?.text).toBe('The café owners’ group said the bill was “fair” in the end.');
    expect(decoded.diagnostics).toEqual([expect.objectContaining({ rule: 'encoding-fallback' })]);
  });

  test('repairs text mis-decoded once before it was saved, and says so', () => {
    const decoded = decode(fixtureBytes('mojibake.txt'));
    expect(decoded.value?.lines.map((line) => line.text)).toEqual([
      'Café owners say it’s a fair deal',
      '',
      'The owners’ group met in São Paulo on Monday and said the new rules were fair.',
      '',
    ]);
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'encoding-mojibake', message: 'Found 4 mis-decoded character sequences such as "Ã©"; repaired them' }),
    ]);
    expect(cleanFixture('mojibake.txt').title).toBe('Café owners say it’s a fair deal');
  });

  test('ends lines at CRLF, CR and LF, keeping the numbers an editor shows', () => {
    expect(texts(utf8('one\r\ntwo\rthree\nfour'))).toEqual(['one', 'two', 'three', 'four']);
  });

  test('reads U+2028 and U+2029 inside a paragraph as spaces: the paragraph stays one line', () => {
    expect(texts(utf8('four\u2028five\u2029six\nseven'))).toEqual(['four five six', 'seven']);
  });

  test('normalises to NFC', () => {
    expect(texts(utf8('Cafe\u0301'))).toEqual(['Café']);
  });

  test('removes control characters and bidi overrides, and says how many', () => {
    const decoded = decode(utf8('Totally \u202Esafe\u202C text\u0007 here\u200B.'));
    expect(decoded.value?.lines[0]?.text).toBe('Totally safe text here.');
    expect(decoded.diagnostics).toEqual([
      expect.objectContaining({ rule: 'control-characters', message: 'Found 4 control or bidi override characters; removed them' }),
    ]);
  });

  test('refuses a binary file, naming the byte offset of its first NUL', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const decoded = decode(bytes);
    expect(decoded.value).toBeNull();
    expect(decoded.diagnostics).toEqual([
      {
        severity: 'error',
        rule: 'binary-seed',
        line: null,
        column: null,
        message: 'Found 3 NUL bytes, the first at byte offset 8: this is a binary file, not text; skipped it',
      },
    ]);
  });

  test('refuses a file full of control bytes even without NULs', () => {
    const bytes = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(decode(bytes).diagnostics).toEqual([expect.objectContaining({ rule: 'binary-seed', message: expect.stringContaining('byte offset 0') })]);
  });
});

describe('repairMojibake', () => {
  test('repairs only sequences that decode to exactly one character each', () => {
    expect(repairMojibake('didnâ€™t, SÃ£o Paulo, naÃ¯ve').text).toBe('didn’t, São Paulo, naïve');
  });

  test('leaves alone text that merely has the same letters', () => {
    for (const text of ['Ã la carte', 'Âge', 'PIÃ', 'façade — naïve', '© 2024']) expect(repairMojibake(text)).toEqual({ text, count: 0, example: null });
  });

  test('repairs text mis-decoded twice, and a decomposed Â like a composed one', () => {
    expect(repairMojibake('didnÃ¢â‚¬â„¢t').text).toBe('didn’t');
    expect(repairMojibake('A\u0302\u00a9 2024').text).toBe('© 2024');
  });

  test('never turns text into a control character, which a cleaner would then remove', () => {
    // `Â‘` maps back to the bytes C2 91, which are U+0091, a control: not a repair.
    expect(repairMojibake('Â‘ quoted').text).toBe('Â‘ quoted');
  });
});
