import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { runIngest, type IngestEvent } from '../../src/pipeline/run.ts';
import { ROOT, SAMPLE_SEED } from '../support/seeds.ts';

const ARTICLE = 'A quiet headline\n\nThe first paragraph of a plain article.\n\nThe second paragraph of it.\n';

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'dossier-run-'));
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'briefings');
  mkdirSync(seeds);
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

async function ingest(jsonFile: string | null = null) {
  const events: IngestEvent[] = [];
  const summary = await runIngest({ seedsDir: seeds, outDir: out, jsonFile, context: DEFAULT_CONTEXT }, (event) => events.push(event));
  const diagnostics = events.flatMap((event) => (event.type === 'diagnostic' ? [`${event.file}: ${event.diagnostic.rule}`] : []));
  return { summary, diagnostics };
}

describe('runIngest', () => {
  test('writes one MDX file per seed and the JSON array of all briefings', async () => {
    copyFileSync(SAMPLE_SEED, path.join(seeds, 'venezuela.txt'));
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    const { summary } = await ingest(path.join(work, 'all.json'));

    expect(readdirSync(out).sort()).toEqual(['plain.mdx', 'venezuela.mdx']);
    expect(summary).toMatchObject({ seedsRead: 2, written: 2, unchanged: 0, skipped: 0, errors: 0 });
    const json = JSON.parse(readFileSync(path.join(work, 'all.json'), 'utf8'));
    expect(json.map((briefing: { slug: string }) => briefing.slug)).toEqual(['plain', 'venezuela']);
    expect(json[1].title).toBe('CIA drone strike on Venezuelan port marks first known US attack inside the Country');
    expect(Object.keys(json[1])).toEqual([
      'slug', 'title', 'dek', 'summary', 'outlet', 'byline', 'published', 'publishedZone', 'source',
      'body', 'dates', 'timeline', 'entities', 'quotes', 'sources', 'topics', 'dropped', 'diagnostics',
    ]);
  });

  test('touches no file when run again on the same seeds', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    await ingest();
    const before = statSync(path.join(out, 'plain.mdx')).mtimeMs;
    const { summary } = await ingest();
    expect(summary).toMatchObject({ written: 0, unchanged: 1 });
    expect(statSync(path.join(out, 'plain.mdx')).mtimeMs).toBe(before);
  });

  test('deletes the files it generated for seeds that are gone, and nothing else', async () => {
    writeFileSync(path.join(seeds, 'kept.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'gone.txt'), ARTICLE.replace('quiet', 'loud'));
    await ingest();
    writeFileSync(path.join(out, 'hand-written.mdx'), '---\ntitle: Mine\n---\n\nWritten by a curator.\n');
    rmSync(path.join(seeds, 'gone.txt'));

    const { summary } = await ingest();
    expect(summary.removed).toEqual(['gone.mdx']);
    expect(readdirSync(out).sort()).toEqual(['hand-written.mdx', 'kept.mdx']);
  });

  test('skips what is not a seed with a warning, and hidden files silently', async () => {
    writeFileSync(path.join(seeds, 'plain.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(path.join(seeds, '.DS_Store'), 'x');
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual(['notes.pdf: not-a-seed', 'plain.txt: no-byline']);
    expect(summary).toMatchObject({ seedsRead: 1, written: 1 });
  });

  test('skips an empty seed and a second copy of a seed, with warnings, and goes on', async () => {
    writeFileSync(path.join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'b-copy.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'c-empty.txt'), '  \n\n\t\n');
    const { summary, diagnostics } = await ingest();
    expect(diagnostics).toEqual(['a.txt: no-byline', 'b-copy.txt: duplicate-seed', 'c-empty.txt: empty-seed']);
    expect(summary).toMatchObject({ seedsRead: 3, written: 1, skipped: 2, errors: 0, warnings: 3 });
    expect(readdirSync(out)).toEqual(['a.mdx']);
  });

  test('walks sub-folders in sorted order and keeps them in the slug', async () => {
    mkdirSync(path.join(seeds, 'world'));
    writeFileSync(path.join(seeds, 'world', 'Late Story.txt'), ARTICLE);
    writeFileSync(path.join(seeds, 'early.txt'), ARTICLE.replace('quiet', 'early'));
    const { summary } = await ingest();
    expect(summary.briefings.map((briefing) => [briefing.slug, briefing.source.file])).toEqual([
      ['early', 'early.txt'],
      ['world/late-story', 'world/Late Story.txt'],
    ]);
  });
});

describe('npm run ingest', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'src/cli/ingest.ts'), ...args], { cwd: work, encoding: 'utf8' });

  test('prints diagnostics with file and line, then a summary, and exits 0', () => {
    writeFileSync(path.join(seeds, 'odd.txt'), 'Headline\nWORLD DESK | THE DAILY | Dec 30, 2025, 23:15 XYZ\n\nBody text here.\n');
    const result = cli('--seeds', 'seeds', '--out', 'briefings');
    expect(result.stderr).toBe('seeds/odd.txt:2:26: warning: byline-zone: Found the unknown time zone "XYZ"; kept the date, dropped the time\n');
    expect(result.stdout).toBe(
      'Read 1 seed from seeds/; 1 briefing written, 0 unchanged, 0 removed, 0 skipped, into briefings/.\n' +
        '0 errors, 1 warning (byline-zone 1).\n',
    );
    expect(result.status).toBe(0);
  });

  test('explains bad arguments and exits 2', () => {
    const result = cli('--sedes', 'x');
    expect(result.stderr).toMatch(/Unknown option '--sedes'[\s\S]*Usage: npm run ingest/);
    expect(result.status).toBe(2);
  });

  test('says which folder it cannot read and exits 2', () => {
    const result = cli('--seeds', 'missing');
    expect(result.stderr).toMatch(/^ingest stopped: Cannot read the seeds folder missing\n  because: ENOENT/);
    expect(result.status).toBe(2);
  });
});
