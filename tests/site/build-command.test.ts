import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PLAIN_ARTICLE } from '../support/seeds.ts';
import { copyProject, siteEnv } from '../support/site.ts';

let root: string;

beforeEach(() => {
  root = copyProject('dossier-build-command-');
  mkdirSync(path.join(root, 'seeds'));
  writeFileSync(path.join(root, 'seeds', 'harbour.txt'), PLAIN_ARTICLE);
  writeFileSync(path.join(root, 'seeds', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Run the build command; its output without the colour codes Astro prints when CI is set. */
const npmRunBuild = (...args: string[]) => {
  const result = spawnSync(process.execPath, [path.join(root, 'src', 'cli', 'build.ts'), ...args], { cwd: root, encoding: 'utf8', env: siteEnv('/') });
  return { status: result.status, stdout: stripVTControlCharacters(result.stdout), stderr: stripVTControlCharacters(result.stderr) };
};

describe('npm run build', () => {
  test('builds the site from every seed that worked, lists the failures last, and exits 1', () => {
    const result = npmRunBuild();
    expect(existsSync(path.join(root, 'dist', 'briefings', 'harbour', 'index.html'))).toBe(true);
    expect(result.stdout).toContain('[dossier:pagefind] Indexed 1 of 1 pages');
    expect(result.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      'Ingest reported 1 error; the site was built from every briefing that worked:',
      expect.stringMatching(/^seeds\/broken\.txt: error: binary-seed: /),
    ]);
    expect(result.status).toBe(1);
  });

  test('with --strict, stops before building the site', () => {
    const result = npmRunBuild('--strict');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Ingest reported 1 error; built no site (--strict).');
    expect(result.status).toBe(1);
  });
});
