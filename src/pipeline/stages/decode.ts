/**
 * Decode a seed's bytes to numbered lines of NFC text.
 *
 * Seeds are text saved or copied from web pages: mostly UTF-8, sometimes with a byte-order mark,
 * sometimes UTF-16 from a Windows editor or Windows-1252 from an old one, with any line ending,
 * and now and then with text that was already mis-decoded once (`â€™` for `’`). Line numbers are
 * those of the file, so every later diagnostic can point into it.
 */
import { createHash } from 'node:crypto';
import { error, warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { RawSeed, SeedText, SourceLine } from '../types.ts';
import { repairMojibake } from './mojibake.ts';

/** How the bytes were read, as recorded in `source.encoding`. */
export type SeedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes are looked at to tell UTF-16 files from others. */
const SNIFF_BYTES = 8192;
/** How many leading bytes are looked at for the control bytes of a binary file. */
const CONTROL_SNIFF_BYTES = 2048;

/**
 * Decode a seed: pick its encoding, repair mis-decoded text, drop invisible control characters,
 * normalise line ends and Unicode, and number its lines. A binary file gives no text and an error.
 *
 * @example decodeSeed({ path: 'a.txt', bytes: new Uint8Array([0x48, 0x69, 0x0d, 0x0a, 0x21]) }).value?.lines
 *   // [{ line: 1, text: 'Hi' }, { line: 2, text: '!' }]
 */
export function decodeSeed(seed: RawSeed): Staged<SeedText | null> {
  const decoded = decodeText(seed.bytes);
  if (decoded.value === null) return { value: null, diagnostics: decoded.diagnostics };
  return {
    value: {
      path: seed.path,
      lines: splitLines(decoded.value.text),
      encoding: decoded.value.encoding,
      sha256: createHash('sha256').update(seed.bytes).digest('hex'),
    },
    diagnostics: decoded.diagnostics,
  };
}

/**
 * Decode the bytes of a seed or of its sidecar: pick the encoding, repair mis-decoded text and
 * drop invisible control characters, each with its warning. Binary bytes give no text and an error.
 */
export function decodeText(bytes: Uint8Array): Staged<{ readonly text: string; readonly encoding: SeedEncoding } | null> {
  const diagnostics: Diagnostic[] = [];
  const encoding = detectEncoding(bytes);
  if (encoding === null) {
    return { value: null, diagnostics: [describeBinary(bytes)] };
  }
  const decoded = decodeWith(bytes, encoding);
  if (encoding === 'windows-1252') {
    diagnostics.push(
      warning('encoding-fallback', 'The file is not valid UTF-8; read it as Windows-1252 and converted it to UTF-8'),
    );
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const how = hasUtf16Bom(bytes) ? 'found its byte-order mark' : 'found the NUL bytes of UTF-16 text';
    diagnostics.push(warning('encoding-utf16', `The file is ${encoding.toUpperCase()} (${how}); converted it to UTF-8`));
  }

  const repaired = repairMojibake(decoded);
  if (repaired.count > 0) {
    diagnostics.push(
      warning(
        'encoding-mojibake',
        `Found ${plural(repaired.count, 'mis-decoded character sequence')} such as "${repaired.example}"; repaired them`,
      ),
    );
  }
  const cleaned = removeInvisibles(repaired.text);
  if (cleaned.count > 0) diagnostics.push(describeInvisibles(cleaned.count));
  return { value: { text: cleaned.text, encoding }, diagnostics };
}

/** The warning for `count` invisible characters removed. */
export function describeInvisibles(count: number): Diagnostic {
  return warning('control-characters', `Found ${plural(count, 'control or bidi override character')}; removed them`);
}

/**
 * The bare text of a seed's bytes, or null for a binary file: the encoding is found as
 * `decodeSeed` finds it, nothing is repaired or normalised. For quick passes over many seeds.
 */
export function decodeQuickly(bytes: Uint8Array): string | null {
  const encoding = detectEncoding(bytes);
  return encoding === null ? null : decodeWith(bytes, encoding);
}

/** The encoding of `bytes`, or null when they are not text at all. */
function detectEncoding(bytes: Uint8Array): SeedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return utf16;
  if (looksBinary(bytes)) return null;
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte, on the
 * odd side for little-endian and the even side for big-endian, and (almost) none on the other.
 */
function sniffUtf16(bytes: Uint8Array): SeedEncoding | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  // Text with no NUL at all, which is nearly every seed, is settled by one native scan.
  if (end < 4 || bytes.subarray(0, end).indexOf(0) < 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = end / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * A file is binary when it holds NUL bytes beyond the odd stray one, or when its start is full of
 * control bytes that no text editor writes.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const nuls = countNuls(bytes);
  if (nuls > 0 && (nuls >= 16 || nuls >= bytes.length / 1000)) return true;
  const end = Math.min(bytes.length, CONTROL_SNIFF_BYTES);
  let controls = 0;
  for (let index = 0; index < end; index += 1) if (isBinaryByte(bytes[index] ?? 0)) controls += 1;
  return end > 0 && controls > end * 0.1;
}

function isBinaryByte(byte: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape do turn up in text files.
  return byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b;
}

function countNuls(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0); at >= 0; at = bytes.indexOf(0, at + 1)) count += 1;
  return count;
}

function describeBinary(bytes: Uint8Array): Diagnostic {
  const firstNul = bytes.indexOf(0);
  if (firstNul >= 0) {
    const nuls = countNuls(bytes);
    return error(
      'binary-seed',
      `Found ${plural(nuls, 'NUL byte')}, the first at byte offset ${firstNul}: this is a binary file, not text; skipped it`,
    );
  }
  let offset = 0;
  while (offset < bytes.length && !isBinaryByte(bytes[offset] ?? 0)) offset += 1;
  return error(
    'binary-seed',
    `Found binary control bytes, the first at byte offset ${offset}: this is a binary file, not text; skipped it`,
  );
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decodeWith(bytes: Uint8Array, encoding: SeedEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf-8-bom':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3));
    case 'utf-16le':
    case 'utf-16be': {
      // TextDecoder drops a leading byte-order mark of its own encoding.
      return new TextDecoder(encoding).decode(bytes);
    }
    case 'windows-1252':
      // Windows-1252 is what Windows editors and old pages save, and it maps every byte.
      return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * C0 and C1 controls (but tab and the line ends), bidi embeddings, overrides and isolates, and
 * zero-width spaces and stray byte-order marks: none is visible, and bidi overrides can make
 * text read differently from how it is stored.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Remove invisible control characters, and count them. */
export function removeInvisibles(text: string): { text: string; count: number } {
  let count = 0;
  const cleaned = text.replace(INVISIBLE, () => {
    count += 1;
    return '';
  });
  return { text: cleaned, count };
}

/**
 * Split text into NFC lines numbered from 1. CRLF, CR, LF, vertical tab, form feed and NEL end a
 * line, so numbers match what an editor shows. U+2028 and U+2029 (the separators word processors
 * and web pages put inside a paragraph) end none: each reads as a space, and the paragraph stays whole.
 */
export function splitLines(text: string): SourceLine[] {
  return text
    .normalize('NFC')
    .replace(/[\u2028\u2029]/g, ' ')
    .split(/\r\n|[\n\v\f\r\u0085]/)
    .map((line, index) => ({ line: index + 1, text: line }));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
