import { appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { runIngest } from '../../src/pipeline/run.ts';
import { SAMPLE_SEED } from '../support/seeds.ts';
import { buildFixtureSite, prepareFixtureSite, runAstroBuild } from '../support/site.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const SEEDS = {
  '000_19c9abe1674f8dc9.txt': readFileSync(SAMPLE_SEED),
  'harbour.txt': 'Harbour reopens after storm\nCITY DESK | THE DAILY | Jan 5, 2026, 09:00 GMT\n\nThe harbour reopened on Monday after a week of repairs.\n',
  'council.txt': 'Council meets on budget\nCITY DESK | THE DAILY | Jan 7, 2026, 09:00 GMT\n\nThe council met on Wednesday to talk about the budget.\n',
};
const LATE_PARAGRAPH = '\nA late paragraph says the harbour will close again in March.\n';

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => path.join(entry.parentPath, entry.name)).map((file) => [path.relative(folder, file), readFileSync(file)]));
}

test('after one seed changed, the next build copies the pages it does not touch and gives what a fresh build gives', async () => {
  const site = await buildFixtureSite({ seeds: SEEDS });
  folders.push(site.root);
  appendFileSync(path.join(site.root, 'seeds', 'harbour.txt'), LATE_PARAGRAPH);
  await runIngest({ seedsDir: path.join(site.root, 'seeds'), outDir: path.join(site.root, 'content', 'briefings'), jsonFile: null, now: null }, () => {});
  const again = runAstroBuild(site.root);
  expect(again.ok).toBe(true);
  const log = stripVTControlCharacters(again.log);
  expect(log).toMatch(/\/briefings\/council\/index\.html \(restored\)/);
  expect(log).not.toMatch(/\/briefings\/harbour\/index\.html \(restored\)/);

  const fresh = await prepareFixtureSite({ seeds: { ...SEEDS, 'harbour.txt': `${SEEDS['harbour.txt']}${LATE_PARAGRAPH}` } });
  folders.push(fresh);
  expect(runAstroBuild(fresh).ok).toBe(true);
  const [kept, rebuilt] = [snapshot(site.dist), snapshot(path.join(fresh, 'dist'))];
  expect([...kept.keys()].sort()).toEqual([...rebuilt.keys()].sort());
  expect([...kept].filter(([file, bytes]) => !bytes.equals(rebuilt.get(file) ?? Buffer.alloc(0))).map(([file]) => file)).toEqual([]);
  expect(readFileSync(path.join(site.dist, 'briefings', 'harbour', 'index.html'), 'utf8')).toContain('close again in March');
});
