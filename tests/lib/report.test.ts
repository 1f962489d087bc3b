import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readReportDetails, topLevelEntries } from '../../src/lib/report.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'dossier-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function briefing(frontMatter: string): string {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.mdx`);
  writeFileSync(file, `---\n${frontMatter}\n---\n\nA paragraph of the body.\n`);
  return file;
}

const DROPPED = 'dropped:\n- rule: repeated-title\n  line: 3\n  text: "A title: said twice"';
const DIAGNOSTICS = 'diagnostics:\n  - severity: warning\n    rule: byline-zone\n    line: null\n    column: null\n    message: |\n      No zone.\n      Kept as written.';

test('cuts the entries of the keys asked for, with the lines under them', () => {
  expect(topLevelEntries(`slug: a\n${DROPPED}\ntimeline:\n  - text: x\n${DIAGNOSTICS}\ndigest: d`, new Set(['dropped', 'diagnostics']))).toBe(`${DROPPED}\n${DIAGNOSTICS}`);
});

test('does not cut a front matter whose top level is not only plain keys', () => {
  expect(topLevelEntries(`"slug": a\n${DROPPED}`, new Set(['dropped']))).toBeNull();
  expect(topLevelEntries(`? slug\n: a\n${DROPPED}`, new Set(['dropped']))).toBeNull();
});

test('reads the same details as a parse of the whole front matter', () => {
  const file = briefing(`slug: a\ntitle: "A title: said twice"\n${DROPPED}\ntimeline:\n  - text: x\n${DIAGNOSTICS}`);
  expect(readReportDetails(file)).toEqual({
    dropped: [{ rule: 'repeated-title', line: 3, text: 'A title: said twice' }],
    diagnostics: [{ severity: 'warning', rule: 'byline-zone', line: null, column: null, message: 'No zone.\nKept as written.\n' }],
  });
});

test('falls back to the whole front matter when the cut cannot be read alone', () => {
  // An alias to an anchor set under another key.
  const file = briefing(`notes: &none []\ndropped: *none\ndiagnostics: []`);
  expect(readReportDetails(file)).toEqual({ dropped: [], diagnostics: [] });
  const quoted = briefing(`"dropped": []\n"diagnostics": []`);
  expect(readReportDetails(quoted)).toEqual({ dropped: [], diagnostics: [] });
});
