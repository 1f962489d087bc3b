import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ingestCommand, type CommandIo } from '../../src/cli/ingest.ts';
import { readSeal } from '../../src/pipeline/seal.ts';
import { makeIngestFolders, ROOT, SAMPLE_SEED } from '../support/seeds.ts';

// Records whether the pipeline was loaded: a command that only checks its arguments must not load it.
const loaded = vi.hoisted(() => ({ pipeline: false }));
vi.mock('../../src/pipeline/run.ts', async (importOriginal) => {
  loaded.pipeline = true;
  return importOriginal();
});

let work: string;
let seeds: string;
let out: string;

beforeEach(() => {
  ({ work, seeds, out } = makeIngestFolders('dossier-cli-'));
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/**
 * Run the command in this process, in the work folder, and keep what it printed. On this thread
 * (a test's own `--threads` comes later and wins): the language model is loaded once for every test.
 */
async function cli(...args: string[]) {
  const printed = { stdout: '', stderr: '' };
  const io: CommandIo = { cwd: work, out: (line) => (printed.stdout += `${line}\n`), err: (line) => (printed.stderr += `${line}\n`), progress: null };
  const result = await ingestCommand(['--threads', '1', ...args], io);
  return { ...printed, ...result };
}

/** The command as a shell runs it; on a busy machine Node alone takes seconds to start it. */
const PROCESS_TIMEOUT = 120_000;

// The first test that ingests loads the pipeline, a second of CPU and more on a busy machine.
describe('npm run ingest', { timeout: 60_000 }, () => {
  // First in this file, before any test loads the pipeline.
  test('answers bad arguments without loading the pipeline, and exits 2', async () => {
    const result = await cli('--sedes', 'x');
    expect(result.stderr).toMatch(/^Unknown option '--sedes'[\s\S]*Usage: npm run ingest/);
    expect(result.status).toBe(2);
    expect((await cli('--threads', 'many')).stderr).toMatch(/^Cannot use "many" threads, expected a whole number of at least 1/);
    expect((await cli('--help')).stdout).toMatch(/^Usage: npm run ingest/);
    expect(loaded.pipeline).toBe(false);
  });

  test('prints diagnostics with file and line, then a summary, and exits 0', async () => {
    writeFileSync(path.join(seeds, 'odd.txt'), 'Headline\nWORLD DESK | THE DAILY | Dec 30, 2025, 23:15 XYZ\n\nBody text here.\n');
    const result = await cli('--seeds', 'seeds', '--out', 'briefings');
    expect(result.stderr).toBe('seeds/odd.txt:2:26: warning: byline-zone: Found the unknown time zone "XYZ"; kept the date, dropped the time\n');
    expect(result.stdout).toBe(
      'Read 1 seed from seeds/; 1 briefing written, 0 unchanged, 0 removed, 0 skipped, into briefings/.\n' +
        '0 errors, 1 warning (byline-zone 1).\n',
    );
    expect(result.status).toBe(0);
    expect(loaded.pipeline).toBe(true);
  });

  test('warns about a date after the time of ingest, at its line, and leaves the briefing undated', async () => {
    writeFileSync(path.join(seeds, 'later.txt'), 'Headline\nWORLD DESK | THE DAILY | Jan 5, 2099, 10:00 GMT\n\nBody text here.\n');
    const result = await cli('--seeds', 'seeds', '--out', 'briefings');
    expect(result.stderr).toBe(
      'seeds/later.txt:2:26: warning: future-date: Found the date 2099-01-05T10:00:00+00:00, which is after the time of ingest; left the briefing undated\n',
    );
    expect(result.status).toBe(0);
  });

  test('takes a size limit, exits 1 when a seed is over it, and returns the error lines', async () => {
    writeFileSync(path.join(seeds, 'big.txt'), `Big\n\n${'word '.repeat(400)}\n`);
    const result = await cli('--seeds', 'seeds', '--out', 'briefings', '--max-seed-size', '1KB');
    expect(result.stderr).toMatch(/^seeds\/big\.txt: error: seed-too-large: The seed is 2 KiB, over the limit of 1 KiB/);
    expect(result.failures).toEqual([expect.stringMatching(/^seeds\/big\.txt: error: seed-too-large: /)]);
    expect(result.status).toBe(1);
    expect((await cli('--max-seed-size', 'lots')).status).toBe(2);
  });

  test('prints a file name with a line end in quotes, on one line, so it cannot forge a diagnostic', async () => {
    writeFileSync(path.join(seeds, 'a.txt\nforged.txt:1:1: error: forged: not real.txt'), '');
    const result = await cli('--seeds', 'seeds', '--out', 'briefings');
    expect(result.stderr).toBe('"seeds/a.txt\\nforged.txt:1:1: error: forged: not real.txt": warning: empty-seed: The seed has no text; skipped it\n');
  });

  test('says which folder it cannot read and exits 2', async () => {
    const result = await cli('--seeds', 'missing');
    expect(result.stderr).toMatch(/^ingest stopped: Cannot read the seeds folder .*missing\n {2}because: ENOENT/);
    expect(result.status).toBe(2);
  });

  test(
    'runs from the shell: prints what it found, and exits 1 when a seed failed',
    () => {
      writeFileSync(path.join(seeds, 'a.txt'), 'A quiet headline\n\nThe first paragraph of a plain article.\n');
      writeFileSync(path.join(seeds, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
      const result = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/ingest.ts'), '--seeds', 'seeds', '--out', 'briefings'], { cwd: work, encoding: 'utf8' });
      expect(result.stderr).toMatch(/^seeds\/a\.txt: warning: no-byline: [^\n]*\nseeds\/b\.txt: error: binary-seed: /);
      expect(result.stdout).toMatch(/^Read 2 seeds from seeds\/; 1 briefing written/);
      expect(result.status).toBe(1);
    },
    PROCESS_TIMEOUT,
  );

  test(
    'killed while writing, leaves every briefing whole, old or new; the next run tidies up',
    async () => {
      const sample = readFileSync(SAMPLE_SEED, 'utf8');
      for (let index = 0; index < 300; index += 1) writeFileSync(path.join(seeds, `s${index}.txt`), sample.replace('Venezuelan port', `Venezuelan port ${index}`));
      const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/ingest.ts'), '--seeds', 'seeds', '--out', 'briefings'], { cwd: work, stdio: 'ignore' });
      // Kill it as soon as the first briefings land, in the middle of writing them.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          const landed = readdirSync(work).includes('briefings') && readdirSync(out).some((file) => file.endsWith('.mdx'));
          if (landed || child.exitCode !== null) {
            clearInterval(poll);
            child.kill('SIGKILL');
            resolve();
          }
        }, 2);
      });
      await new Promise((resolve) => child.once('exit', resolve));
      const files = readdirSync(out).filter((file) => file.endsWith('.mdx'));
      // Killed mid-write: some briefings written, not all.
      expect(files.length).toBeGreaterThan(0);
      expect(files.length).toBeLessThan(300);
      for (const file of files) expect(readSeal(readFileSync(path.join(out, file), 'utf8'))).toBe('sealed');

      const rerun = await cli('--seeds', 'seeds', '--out', 'briefings');
      expect(rerun.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual(Array.from({ length: 300 }, (_, index) => `s${index}.mdx`).sort());
    },
    PROCESS_TIMEOUT,
  );
});
