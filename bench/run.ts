/**
 * `npm run bench -- [--seeds N] [--no-build] [--keep]`: measure ingest and the site build on N
 * generated seeds of about 5 KB (default 4,000), in a temporary copy of the project (`--keep`
 * leaves it there, to look at).
 *
 * Reports cleaning throughput (decode and clean, in process), ingest time, throughput and peak
 * memory, then build time, page sizes and the search index size. Figures go to the terminal; no
 * test asserts on them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { PRECACHED } from '../src/integrations/service-worker.ts';
import { DEFAULT_CONTEXT } from '../src/pipeline/reference/default-context.ts';
import { cleanSeed } from '../src/pipeline/stages/clean.ts';
import { decodeSeed } from '../src/pipeline/stages/decode.ts';
import type { SeedPath } from '../src/pipeline/types.ts';
import { ROOT, SAMPLE_SEED } from '../tests/support/seeds.ts';
import { ASTRO, copyProject } from '../tests/support/site.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '4000' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.seeds);

const root = copyProject('dossier-bench-');
const seedsDir = path.join(root, 'seeds');
try {
  const bytes = generateSeeds(seedsDir, count);
  console.log(`Generated ${count} seeds, ${formatBytes(bytes / count)} each on average, in ${seedsDir}`);

  const cleaning = measureCleaning(seedsDir);
  console.log(
    `cleaning (decode + clean, in process): ${cleaning.seconds.toFixed(2)} s, ${(count / cleaning.seconds).toFixed(0)} seeds/s, ` +
      `${formatBytes(bytes / cleaning.seconds)}/s`,
  );
  // One very long line must cost time in proportion to its length: twice the line, twice the time.
  const lines = [1, 2].map((megabytes) => measureLongLine(megabytes * 1024 * 1024));
  console.log(`cleaning one long line: 1 MiB in ${lines[0]?.toFixed(0)} ms, 2 MiB in ${lines[1]?.toFixed(0)} ms`);

  const ingest = timed(process.execPath, ['--import', path.join(ROOT, 'bench', 'report-peak-memory.ts'), path.join(ROOT, 'src/cli/ingest.ts')], root);
  const peak = /peak-rss-bytes (\d+)/.exec(ingest.stderr)?.[1];
  console.log(
    `ingest: ${ingest.seconds.toFixed(1)} s, ${(count / ingest.seconds).toFixed(0)} seeds/s, ` +
      `${formatBytes(bytes / ingest.seconds)}/s, peak memory ${peak ? formatBytes(Number(peak)) : '?'} (exit ${ingest.status})`,
  );

  if (!values['no-build']) {
    const build = timed(process.execPath, [ASTRO, 'build'], root);
    const indexed = /Indexed (\d+) of (\d+) pages: (\d+) files, ([\d.]+ \w+)/.exec(build.stdout);
    console.log(`astro build (with Pagefind): ${build.seconds.toFixed(1)} s (exit ${build.status})`);
    console.log(`  where it goes: ${readPhases(build.stdout)}`);
    if (indexed) console.log(`pagefind: ${indexed[1]} of ${indexed[2]} pages indexed, ${indexed[3]} files, ${indexed[4]}`);
    const precache = await measurePrecache(path.join(root, 'dist'));
    console.log(
      `service worker precache (a reader's first visit): ${precache.files} files, ${formatBytes(precache.bytes)}, ` +
        `${formatBytes(precache.gzip)} gzip; of it Pagefind's ${formatBytes(precache.searchGzip)} gzip`,
    );
    const pages = htmlSizes(path.join(root, 'dist', 'briefings'));
    const total = folderSize(path.join(root, 'dist'));
    console.log(
      `briefing pages: ${pages.length}, ${formatBytes(average(pages))} on average, largest ${formatBytes(Math.max(...pages))}; ` +
        `whole site ${formatBytes(total)}`,
    );
    // The build's own size report: the largest files and folders.
    for (const line of build.stdout.split('\n').filter((text) => /^(Largest files|By folder):/.test(text))) console.log(line);
  }
} finally {
  if (values.keep) console.log(`Kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

/** What the service worker precaches (`PRECACHED`), in bytes as stored and as sent gzipped. */
async function measurePrecache(dist: string): Promise<{ files: number; bytes: number; gzip: number; searchGzip: number }> {
  const { manifestEntries } = await getManifest({ globDirectory: dist, globPatterns: PRECACHED, maximumFileSizeToCacheInBytes: 64 * 1024 * 1024 });
  let [bytes, gzip, searchGzip] = [0, 0, 0];
  for (const { url } of manifestEntries ?? []) {
    const content = readFileSync(path.join(dist, url));
    const packed = gzipSync(content).length;
    bytes += content.length;
    gzip += packed;
    if (url.startsWith('pagefind/')) searchGzip += packed;
  }
  return { files: manifestEntries?.length ?? 0, bytes, gzip, searchGzip };
}

/**
 * The build's phases, from the times Astro and the Pagefind integration print: content sync
 * (with type generation), bundling (MDX compiled to modules), page rendering, Pagefind.
 */
function readPhases(log: string): string {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  // Astro prints `28.22s`, `312ms` or, past a minute, `1m 3s`.
  const time = '((?:\\d+m )?[\\d.]+m?s)';
  const phases = [
    ['content sync', `\\[types\\] Generated ${time}`],
    ['bundling and MDX compile', `\\[vite\\] ✓ built in ${time}`],
    ['rendering pages', `generating static routes[\\s\\S]*?✓ Completed in ${time}`],
    ['Pagefind', `\\[dossier:pagefind\\] Indexed .*\\(${time.replace('m?s', ' s')}\\)`],
  ] as const;
  return phases
    .map(([name, pattern]) => {
      const match = new RegExp(pattern).exec(plain)?.[1];
      return match === undefined ? `${name} ?` : `${name} ${readSeconds(match).toFixed(1)} s`;
    })
    .join(', ');
}

/** Seconds in a duration as Astro prints it: `28.22s`, `312ms`, `1m 3s`, or ours, `9.6 s`. */
function readSeconds(text: string): number {
  const [, minutes = '0', value = '0', unit] = /^(?:(\d+)m )?([\d.]+) ?(ms|s)$/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** Write `count` seeds shaped like real ones: headline, byline, repeated headline, summary, body, some paragraphs pasted twice. */
function generateSeeds(folder: string, total: number): number {
  mkdirSync(folder, { recursive: true });
  const sample = readFileSync(SAMPLE_SEED, 'utf8').split('\n');
  const paragraphs = sample.slice(6, 17);
  const random = lcg(20251230);
  let bytes = 0;
  for (let index = 0; index < total; index += 1) {
    // Three hours apart from the start of 2024: 4,000 seeds reach into mid-2025, all in the past.
    const day = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000 * 3);
    const stamp = `${day.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${day.getUTCDate()}, ${day.getUTCFullYear()}, ${String(day.getUTCHours()).padStart(2, '0')}:15 IST`;
    const body = shuffle(paragraphs, random).map((text) => text.replace(/\b(\d+)\b/g, () => String(Math.floor(random() * 90) + 10)));
    const title = `Briefing ${index}: ${sample[0]}`;
    const text = [title, `TOI GLOBAL DESK | TOI GLOBAL | ${stamp}`, title, sample[3], 'TL;DR', sample[5], ...body, ...body.slice(0, 2)].join('\n');
    writeFileSync(path.join(folder, `seed-${String(index).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** Decode and clean every seed of `folder` in this process, after one warm-up round: the cleaner's own cost. */
function measureCleaning(folder: string): { seconds: number } {
  const seeds = readdirSync(folder).map((file) => ({ path: file as SeedPath, bytes: readFileSync(path.join(folder, file)), sidecar: null }));
  const cleanAll = () => {
    for (const seed of seeds) {
      const decoded = decodeSeed(seed).value;
      if (decoded !== null) cleanSeed(decoded, DEFAULT_CONTEXT);
    }
  };
  cleanAll();
  const start = performance.now();
  cleanAll();
  return { seconds: (performance.now() - start) / 1000 };
}

/** Milliseconds to decode and clean a seed that is a headline and one line of `length` characters. */
function measureLongLine(length: number): number {
  const sentence = 'The council met again and talked about the budget. ';
  const text = `A long line\n\n${sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length)}`;
  const seed = { path: 'long-line.txt' as SeedPath, bytes: new TextEncoder().encode(text), sidecar: null };
  const start = performance.now();
  const decoded = decodeSeed(seed).value;
  if (decoded !== null) cleanSeed(decoded, DEFAULT_CONTEXT);
  return performance.now() - start;
}

function timed(command: string, args: string[], cwd: string) {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { seconds: (performance.now() - start) / 1000, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function htmlSizes(folder: string): number[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => statSync(path.join(folder, file)).size);
}

function folderSize(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stats = statSync(path.join(folder, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

function average(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A seeded generator, so every run benches the same seeds. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toFixed(0)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
