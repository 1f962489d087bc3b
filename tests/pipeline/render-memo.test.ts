/**
 * Ingest with nothing changed skips rendering the briefings whose files still hold what it
 * wrote; these tests check it still notices every change a skipped file could hide.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runIngest, type IngestEvent } from '../../src/pipeline/run.ts';
import { makeIngestFolders, PLAIN_ARTICLE } from '../support/seeds.ts';

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  ({ work, seeds, out } = makeIngestFolders('dossier-memo-'));
  writeFileSync(path.join(seeds, 'a.txt'), PLAIN_ARTICLE);
  writeFileSync(path.join(seeds, 'b.txt'), PLAIN_ARTICLE.replace('quiet', 'loud'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function ingest() {
  const events: IngestEvent[] = [];
  const summary = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: null, now: null, cacheDir: path.join(work, 'cache') }, (event) =>
    events.push(event),
  );
  const rules = events.flatMap((event) => (event.type === 'diagnostic' ? [`${event.file}: ${event.diagnostic.rule}`] : []));
  return { summary, rules };
}

test('a run with nothing changed leaves every file as it was and reports the same', async () => {
  const first = await ingest();
  const times = ['a', 'b'].map((name) => statSync(path.join(out, `${name}.mdx`)).mtimeMs);
  const second = await ingest();
  expect(second.summary).toMatchObject({ written: 0, unchanged: 2, cached: 2 });
  expect(second.rules).toEqual(first.rules);
  expect(['a', 'b'].map((name) => statSync(path.join(out, `${name}.mdx`)).mtimeMs)).toEqual(times);
});

test('a file edited by hand since the last run is noticed and kept', async () => {
  await ingest();
  const file = path.join(out, 'a.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('The first paragraph', 'The edited paragraph'));
  const { summary, rules } = await ingest();
  expect(summary).toMatchObject({ written: 0, unchanged: 1, keptEdits: 1 });
  expect(rules).toContain('a.mdx: hand-edited');
  expect(readFileSync(file, 'utf8')).toContain('The edited paragraph');
});

test('a file deleted since the last run is written again', async () => {
  await ingest();
  rmSync(path.join(out, 'b.mdx'));
  const { summary } = await ingest();
  expect(summary).toMatchObject({ written: 1, unchanged: 1 });
  expect(readFileSync(path.join(out, 'b.mdx'), 'utf8')).toContain('A loud headline');
});

test('a changed seed is rendered again', async () => {
  await ingest();
  writeFileSync(path.join(seeds, 'b.txt'), PLAIN_ARTICLE.replace('quiet', 'louder'));
  const { summary } = await ingest();
  expect(summary).toMatchObject({ written: 1, unchanged: 1, cached: 1 });
  expect(readFileSync(path.join(out, 'b.mdx'), 'utf8')).toContain('A louder headline');
});
