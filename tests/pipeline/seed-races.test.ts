/**
 * A seed that changes, or stops being readable, while ingest reads it. Such races cannot be
 * timed from outside, so the file system is wrapped: the named seeds' file handles report a new
 * modification time on their second look (a writer saved meanwhile) or fail to read (a disk
 * error); every other file is the real one.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runIngest, type IngestEvent } from '../../src/pipeline/run.ts';
import { makeIngestFolders, PLAIN_ARTICLE } from '../support/seeds.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const handle = await real.open(...args);
    const name = path.basename(String(args[0]));
    if (name.startsWith('changing')) {
      let looks = 0;
      const stat = handle.stat.bind(handle);
      return Object.assign(handle, {
        stat: async () => {
          const stats = await stat();
          looks += 1;
          return looks % 2 === 0 ? Object.assign(stats, { mtimeMs: stats.mtimeMs + 1000 }) : stats;
        },
      });
    }
    if (name.startsWith('failing')) {
      return Object.assign(handle, {
        read: () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })),
      });
    }
    return handle;
  };
  return { ...real, open, default: { ...real, open } };
});

const ARTICLE = (title: string) => PLAIN_ARTICLE.replace('A quiet headline', title);

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  ({ work, seeds, out } = makeIngestFolders('dossier-races-'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

async function ingest() {
  const events: IngestEvent[] = [];
  const summary = await runIngest({ seedsDir: seeds, outDir: out, jsonFile: null, now: null, cacheDir: null }, (event) => events.push(event));
  const errors = events.flatMap((event) => (event.type === 'diagnostic' && event.diagnostic.severity === 'error' ? [{ file: event.file, ...event.diagnostic }] : []));
  return { summary, errors };
}

describe('a seed that changes or fails while ingest reads it', () => {
  test('is named in an error, its briefing left as it was, and the other seeds are written', async () => {
    writeFileSync(path.join(seeds, 'changing.txt'), ARTICLE('The first version'));
    writeFileSync(path.join(seeds, 'steady.txt'), ARTICLE('A steady headline'));
    mkdirSync(out);
    const earlier = '---\ntitle: An earlier briefing\n---\n\nWritten by an earlier run.\n';
    writeFileSync(path.join(out, 'changing.mdx'), earlier);

    const { summary, errors } = await ingest();

    expect(errors).toEqual([expect.objectContaining({ file: 'changing.txt', rule: 'seed-changed', message: expect.stringContaining('changed while it was being read') })]);
    expect(readFileSync(path.join(out, 'changing.mdx'), 'utf8')).toBe(earlier);
    expect(readFileSync(path.join(out, 'steady.mdx'), 'utf8')).toContain('A steady headline');
    expect(readdirSync(out).sort()).toEqual(['changing.mdx', 'steady.mdx']);
    expect(summary).toMatchObject({ written: 1, errors: 1 });
  });

  test('that cannot be read is named with the reason, and nothing is half-written', async () => {
    writeFileSync(path.join(seeds, 'failing.txt'), ARTICLE('Never read'));
    writeFileSync(path.join(seeds, 'steady.txt'), ARTICLE('A steady headline'));

    const { summary, errors } = await ingest();

    expect(errors).toEqual([expect.objectContaining({ file: 'failing.txt', rule: 'seed-unreadable', message: expect.stringMatching(/^Cannot read .*failing\.txt \(EIO: i\/o error, read\)$/) })]);
    expect(readdirSync(out)).toEqual(['steady.mdx']);
    expect(summary).toMatchObject({ written: 1, errors: 1 });
  });
});
