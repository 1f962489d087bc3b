import { describe, expect, test } from 'vitest';
import { error, formatDiagnostic, quoteFileName, warning } from '../../src/pipeline/diagnostics.ts';

describe('formatDiagnostic', () => {
  test('writes a plain file name as it is, with its place', () => {
    expect(formatDiagnostic('seeds/x.txt', warning('byline-zone', 'Unknown zone "XST"; kept the day', { line: 2, column: 38 }))).toBe(
      'seeds/x.txt:2:38: warning: byline-zone: Unknown zone "XST"; kept the day',
    );
  });

  test('quotes and escapes a file name with a line end, so it cannot forge a second diagnostic', () => {
    const name = 'seeds/a.txt\nseeds/forged.txt:1:1: error: forged: this line is not real\nseeds/b.txt';
    const line = formatDiagnostic(name, warning('no-byline', 'Found no byline'));
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('"seeds/a.txt\\nseeds/forged.txt:1:1: error: forged: this line is not real\\nseeds/b.txt": warning: no-byline: Found no byline');
  });

  test('escapes the Unicode line separators, bidi overrides and quotes of a name, and line ends in a message', () => {
    const line = formatDiagnostic('seeds/"x"\u2028\u202e.txt', error('sidecar-entity-unmatched', 'Found no person named "A\nB"\u2029'));
    expect(line).toBe('"seeds/\\"x\\"\\u2028\\u202e.txt": error: sidecar-entity-unmatched: Found no person named "A\\nB"\\u2029');
  });

  test('quotes a file name with a terminal escape sequence, wherever a name is shown', () => {
    expect(quoteFileName('seeds/a\u001b[2Jb.txt')).toBe('"seeds/a\\u001b[2Jb.txt"');
    expect(quoteFileName('seeds/Ünïcode Ñame.txt')).toBe('seeds/Ünïcode Ñame.txt');
  });
});
