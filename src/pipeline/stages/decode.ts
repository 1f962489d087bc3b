/**
 * Decode a seed's bytes to numbered lines of NFC text.
 *
 * Seeds are text saved or copied from web pages: mostly UTF-8, sometimes with a byte-order mark,
 * sometimes Windows-1252 from an old editor, with any line ending. Line numbers are those of the
 * file, so every later diagnostic can point into it.
 */
import { createHash } from 'node:crypto';
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { RawSeed, SeedText, SourceLine } from '../types.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Decode a seed: pick its encoding, normalise line ends and Unicode, and number its lines. */
export function decodeSeed(seed: RawSeed): Staged<SeedText> {
  const diagnostics: Diagnostic[] = [];
  const { text, encoding } = decodeBytes(seed.bytes);
  if (encoding === 'windows-1252') {
    diagnostics.push(
      warning('encoding-fallback', 'The file is not valid UTF-8; read it as Windows-1252 and converted it to UTF-8'),
    );
  }
  return {
    value: {
      path: seed.path,
      lines: splitLines(text),
      encoding,
      sha256: createHash('sha256').update(seed.bytes).digest('hex'),
    },
    diagnostics,
  };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const content = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Windows-1252 is what Windows editors and old pages save, and it maps every byte.
    return { text: new TextDecoder('windows-1252').decode(content), encoding: 'windows-1252' };
  }
}

/**
 * Split text into NFC lines numbered from 1. CRLF, CR, U+2028 and U+2029 all end a line, so
 * numbers match what an editor shows.
 */
export function splitLines(text: string): SourceLine[] {
  return text
    .normalize('NFC')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line, index) => ({ line: index + 1, text: line }));
}
