/**
 * Repair mojibake: UTF-8 text that was once read as Windows-1252 and saved again, so that `’`
 * became `â€™` and `é` became `Ã©`.
 *
 * A sequence is only repaired when it is certain: its characters map back to bytes that form
 * exactly one valid UTF-8 character each (a lead byte and the continuation bytes it asks for).
 * `Ã©` in real text would need a capital A-tilde followed by a copyright sign, which no language
 * writes.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F; the five holes decode to C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Byte of each character Windows-1252 decodes 0x80–0xFF to. */
const BYTE_OF = new Map<string, number>([
  ...[...CP1252_HIGH].map((char, index): [string, number] => [char, 0x80 + index]),
  ...Array.from({ length: 0x60 }, (_, index): [string, number] => [String.fromCharCode(0xa0 + index), 0xa0 + index]),
]);

const CONTINUATION = `${CP1252_HIGH}\u00a0-\u00bf`;

/**
 * A lead byte read as Windows-1252 (`Â`–`ô`, 0xC2–0xF4) followed by continuation bytes read the
 * same way (0x80–0xBF). Two plain character classes: linear on any input.
 */
const SUSPECT = new RegExp(`[\u00c2-\u00f4][${CONTINUATION}]+`, 'g');

/** The repaired text, how many sequences were repaired, and the first one as found. */
export interface MojibakeRepair {
  readonly text: string;
  readonly count: number;
  readonly example: string | null;
}

/**
 * Repair the mojibake sequences of `text` whose repair is certain; leave everything else.
 *
 * @example repairMojibake('It didnâ€™t rain in SÃ£o Paulo').text // 'It didn’t rain in São Paulo'
 */
export function repairMojibake(text: string): MojibakeRepair {
  let count = 0;
  let example: string | null = null;
  // Text mis-decoded twice (`Ã¢â‚¬â„¢`) comes back one round at a time; a decomposed `Â` is
  // the same character as a composed one.
  let repaired = text.normalize('NFC');
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const before = count;
    repaired = repaired.replace(SUSPECT, (found) => {
      const fixed = decodeSequence(found);
      if (fixed === null) return found;
      count += 1;
      example ??= found;
      return fixed;
    });
    if (count === before) break;
  }
  return { text: repaired, count, example };
}

/** Rounds of repair: text is seldom mis-decoded more than twice. */
const MAX_ROUNDS = 3;

/** The UTF-8 characters `found` stands for, or null unless every byte is used exactly. */
function decodeSequence(found: string): string | null {
  const bytes: number[] = [];
  for (const char of found) {
    const byte = BYTE_OF.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  let decoded = '';
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (length === 0 || index + length > bytes.length) return null;
    try {
      decoded += new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes.slice(index, index + length)));
    } catch {
      return null;
    }
    index += length;
  }
  // Text never held a control character: `Â‘` read back as U+0091 is not a repair.
  return /\p{Cc}/u.test(decoded) ? null : decoded;
}
