import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildCommand, heapLimitMiB, runNode } from '../../src/cli/build.ts';
import type { CommandIo } from '../../src/cli/ingest.ts';
import { makeIngestFolders, PLAIN_ARTICLE } from '../support/seeds.ts';

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  ({ work, seeds, out } = makeIngestFolders('dossier-build-'));
  writeFileSync(path.join(seeds, 'a.txt'), PLAIN_ARTICLE);
  writeFileSync(path.join(seeds, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Run the build command in this process, with a site builder that notes when it ran. */
async function build(...args: string[]) {
  const printed: string[] = [];
  const io: CommandIo = { cwd: work, out: (line) => printed.push(line), err: (line) => printed.push(line), progress: null };
  const status = await buildCommand(['--threads', '1', '--seeds', 'seeds', '--out', 'briefings', ...args], io, (cwd) => {
    printed.push(`[site built in ${path.relative(work, cwd) || '.'} from ${existsSync(path.join(out, 'a.mdx')) ? 'a.mdx' : 'nothing'}]`);
    return Promise.resolve(0);
  });
  return { status, printed };
}

// The first test loads the pipeline, seconds on a busy machine.
describe('npm run build', { timeout: 60_000 }, () => {
  test('builds the site from the seeds that worked, then lists the failures and exits 1', async () => {
    const { status, printed } = await build();
    expect(status).toBe(1);
    const built = printed.indexOf('[site built in . from a.mdx]');
    expect(built).toBeGreaterThan(0);
    expect(printed.slice(built + 1)).toEqual([
      '\nIngest reported 1 error; the site was built from every briefing that worked:',
      expect.stringMatching(/^seeds\/b\.txt: error: binary-seed: Found 3 NUL bytes/),
    ]);
  });

  test('with --strict, builds no site when a seed failed', async () => {
    const { status, printed } = await build('--strict');
    expect(status).toBe(1);
    expect(printed.some((line) => line.startsWith('[site built'))).toBe(false);
    expect(printed.at(-1)).toBe('\nIngest reported 1 error; built no site (--strict).');
  });

  test('builds the site and exits 0 when every seed worked, and 2 without a site on bad arguments', async () => {
    rmSync(path.join(seeds, 'b.txt'));
    expect((await build()).status).toBe(0);
    const wrong = await build('--sedes', 'x');
    expect(wrong.status).toBe(2);
    expect(wrong.printed.some((line) => line.startsWith('[site built'))).toBe(false);
  });
});

describe('the site build', () => {
  test('sizes its heap to the briefings, from a floor', () => {
    expect(heapLimitMiB(0)).toBe(1024);
    expect(heapLimitMiB(100 * 1024 ** 2)).toBe(1624);
  });

  test('tells a child that ran out of heap from one that failed, so it can be built again', async () => {
    const allocate = ['-e', 'const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length));'];
    expect(await runNode(allocate, work, 16)).toBe('out-of-heap');
    expect(await runNode(['-e', 'process.exit(3)'], work, 16)).toBe(3);
  });
});
