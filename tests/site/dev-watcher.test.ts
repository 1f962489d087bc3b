import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isSeedFile } from '../../src/integrations/seed-watcher.ts';
import { devEnv, prepareFixtureSite, startAstroServer, type AstroServer } from '../support/site.ts';

const SEED = (title: string) => `${title}\nCITY DESK | THE DAILY | Jan 5, 2026, 09:00 GMT\n\nThe harbour reopened on Monday after a week of repairs.\n`;

let root: string;
let dev: AstroServer | undefined;

beforeAll(async () => {
  root = await prepareFixtureSite({ seeds: { 'harbour.txt': SEED('Harbour reopens after storm') } });
  dev = await startAstroServer(root, 'dev', devEnv());
});

afterAll(async () => {
  await dev?.stop();
});

/** Poll until `probe` gives a value; fail, with the dev server's output, when it never does. */
async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, tries = 240): Promise<T> {
  for (let i = 0; i < tries; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Gave up waiting for ${what}. Dev server said:\n${dev?.output() ?? ''}`);
}

async function pageTitle(): Promise<string | undefined> {
  try {
    const html = await (await fetch(new URL('briefings/harbour/', dev?.url))).text();
    return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
  } catch {
    return undefined;
  }
}

test('the dev server ingests a seed again when it changes, says so, and serves the new text', async () => {
  expect(await waitFor(pageTitle, 'the first page')).toBe('Harbour reopens after storm');
  writeFileSync(path.join(root, 'seeds', 'harbour.txt'), SEED('Harbour reopens a week early'));
  await waitFor(() => (dev?.output().includes('seeds/harbour.txt changed; ingesting the seeds again') ? true : undefined), 'the change to be noticed');
  expect(await waitFor(async () => ((await pageTitle()) === 'Harbour reopens a week early' ? true : undefined), 'the new title')).toBe(true);
});

test('only seeds and sidecars trigger ingest', () => {
  const seeds = path.join(path.sep, 'site', 'seeds');
  expect(isSeedFile(path.join(seeds, 'world', 'a.txt'), seeds)).toBe(true);
  expect(isSeedFile(path.join(seeds, 'a.yaml'), seeds)).toBe(true);
  expect(isSeedFile(path.join(seeds, '.a.txt.swp'), seeds)).toBe(false);
  expect(isSeedFile(path.join(seeds, '.hidden', 'a.txt'), seeds)).toBe(false);
  expect(isSeedFile(path.join(path.sep, 'site', 'content', 'a.txt'), seeds)).toBe(false);
});
