/**
 * `npm run bench -- [--seeds N] [--rounds R] [--warm] [--no-bare] [--no-cleaning] [--source DIR] [--keep]`:
 * measure the whole Dossier pipeline on N generated seeds (default 1,000) against a bare Astro +
 * `@astrojs/mdx` site of the same N pages indexed by Pagefind's command line, in the same run.
 *
 * Each round builds both from cold (fresh copies, no caches), in turn, the order swapped every
 * round, so a machine that slows down or speeds up weighs on both alike; the ratio is taken
 * round by round. Social cards (when `features.socialCards` is on) are drawn in the cold build
 * from an empty cache, which is what a first deploy pays; a deploy keeps them between runs, so
 * each round builds again with only the cards cached, and that ratio is printed too. `--warm` also times, after the first cold round, an ingest with nothing
 * changed, an ingest + build after one seed changed, and `npm run dev` until it has served its
 * first page and one briefing page, once after that build and once with no caches. `--source DIR` benches another
 * checkout of Dossier (such as an older commit, `git archive`d into DIR) with this benchmark.
 *
 * Dossier's `astro build` gets the heap `npm run build` would give it (sized by its briefings), so
 * its peak is the one a user sees; the bare site runs with Node's own limit.
 *
 * CPU seconds (user + system, the process and all it waited for) and peak memory (the largest
 * single process) come from `/usr/bin/time`; phase times from what Astro and the Pagefind
 * integration print. Figures go to the terminal; no test asserts on them.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { siteHeapLimitMiB } from '../src/cli/build.ts';
import { PRECACHED } from '../src/integrations/service-worker.ts';
import { ingestSeed } from '../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../src/pipeline/reference/default-context.ts';
import { cleanSeed } from '../src/pipeline/stages/clean.ts';
import { decodeSeed } from '../src/pipeline/stages/decode.ts';
import { slugFromPath } from '../src/pipeline/stages/slug.ts';
import type { SeedPath } from '../src/pipeline/types.ts';
import { ROOT, SAMPLE_SEED } from '../tests/support/seeds.ts';
import { ASTRO, copyProject, startAstroServer } from '../tests/support/site.ts';
import { makeBareSite } from './bare-site.ts';
import { generateSeeds } from './seed-generator.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
    'no-bare': { type: 'boolean', default: false },
    'no-cleaning': { type: 'boolean', default: false },
    source: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.seeds);
const rounds = Number(values.rounds);
const source = path.resolve(values.source ?? ROOT);
const PEAK = path.join(ROOT, 'bench', 'report-peak-memory.ts');
const PAGEFIND = path.join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** One process, measured. */
interface Run {
  readonly ok: boolean;
  readonly wall: number;
  readonly cpu: number;
  /** The largest single process's peak resident memory, in bytes. */
  readonly peak: number;
  readonly log: string;
}

const work = mkdtempSync(path.join(tmpdir(), 'dossier-bench-'));
const seedsDir = path.join(work, 'seeds');
const folders: string[] = [];
try {
  const bytes = generateSeeds(seedsDir, count);
  console.log(`Generated ${count} seeds, ${formatBytes(bytes / count)} each on average, in ${seedsDir}; benching ${source}`);
  console.log(`load average at the start: ${readLoad()}`);
  if (!values['no-cleaning']) reportCleaning(bytes);

  const dossierRows: string[][] = [];
  const devRows: string[][] = [];
  const bareRows: string[][] = [];
  // Round by round: the cold pipeline, then the same with the social cards kept from the cold build.
  const ratios: [number, number][] = [];
  // What the service worker would precache on a reader's first visit, measured after each cold Dossier build.
  const precacheReports: { files: number; bytes: number; gzip: number; searchGzip: number }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ['dossier', 'bare'] : ['bare', 'dossier'];
    let dossierCpu = 0;
    let cardsKeptCpu = 0;
    let bareCpu = 0;
    for (const which of order) {
      if (which === 'dossier') {
        const result = await benchDossier(round === 0 && values.warm, precacheReports);
        dossierCpu = result.cpu;
        cardsKeptCpu = result.cardsKeptCpu;
        dossierRows.push(...result.rows);
        devRows.push(...result.devRows);
        for (const row of result.rows) console.log(`round ${round + 1}, Dossier ${row[0]}: ${row[7]} CPU s, ${row[8]} s (load ${readLoad()})`);
      } else if (!values['no-bare']) {
        const result = benchBare();
        bareCpu = result.cpu;
        bareRows.push(result.row);
        console.log(`round ${round + 1}, bare: ${result.row[6]} CPU s, ${result.row[7]} s (load ${readLoad()})`);
      }
    }
    if (bareCpu > 0) ratios.push([dossierCpu / bareCpu, cardsKeptCpu / bareCpu]);
  }

  for (const precache of precacheReports) {
    console.log(
      `service worker precache (a reader's first visit): ${precache.files} files, ${formatBytes(precache.bytes)}, ` +
        `${formatBytes(precache.gzip)} gzip; of it Pagefind's ${formatBytes(precache.searchGzip)} gzip`,
    );
  }
  console.log(`\nload average at the end: ${readLoad()}`);
  console.log(`\nDossier, ${count} seeds (CPU s / wall s; peak is the largest single process):`);
  printTable(['run', 'ingest', 'content sync', 'bundle', 'render', 'Pagefind', 'build', 'total CPU', 'total wall', 'build peak', 'pages', 'site'], dossierRows);
  if (devRows.length > 0) {
    console.log(`\n\`npm run dev\`, ${count} briefings (wall s from the start; CPU s and peak of the server by then):`);
    printTable(['run', 'listening', 'first page (/)', 'then a briefing page', 'CPU', 'peak'], devRows);
  }
  if (bareRows.length > 0) {
    console.log(`\nBare Astro + @astrojs/mdx + Pagefind CLI, ${count} pages:`);
    printTable(['run', 'content sync', 'bundle', 'render', 'build', 'Pagefind CLI', 'total CPU', 'total wall', 'build peak', 'pages', 'site'], bareRows);
    console.log(`\nratio Dossier / bare, CPU, round by round: ${ratios.map(([cold]) => `${cold.toFixed(2)}x`).join(', ')}`);
    console.log(`the same, social cards kept: ${ratios.map(([, cardsKept]) => `${cardsKept.toFixed(2)}x`).join(', ')}`);
  }
} finally {
  if (values.keep) console.log(`Kept ${[work, ...folders].join(', ')}`);
  else for (const folder of [work, ...folders]) rmSync(folder, { recursive: true, force: true });
}

/** A cold Dossier run (ingest, then build with Pagefind) in a fresh copy; with `warm`, then the runs that find caches. */
/** The files the service worker precaches (its own globs over the build), their size and their gzip size. */
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

async function benchDossier(
  warm: boolean,
  precacheReports: Awaited<ReturnType<typeof measurePrecache>>[],
): Promise<{ cpu: number; cardsKeptCpu: number; rows: string[][]; devRows: string[][] }> {
  const root = copyProject('dossier-bench-site-', source);
  folders.push(root);
  cpSync(seedsDir, path.join(root, 'seeds'), { recursive: true });
  const runIngest = () => measure(process.execPath, ['--import', PEAK, path.join(root, 'src/cli/ingest.ts')], root);
  const ingest = runIngest();
  // `npm run build` sizes the heap by the briefings the ingest wrote; the same here, so the peak is the user's.
  const runBuild = () => measure(process.execPath, [`--max-old-space-size=${siteHeapLimitMiB(root)}`, '--import', PEAK, ASTRO, 'build'], root);
  const build = runBuild();
  if (!ingest.ok || !build.ok) console.log(`Dossier failed:\n${ingest.log.slice(-2000)}\n${build.log.slice(-4000)}`);
  const rows = [dossierRow('cold', ingest, build, root)];
  const devRows: string[][] = [];
  // Measured before the runs below rebuild dist/ (Pagefind's files get new names).
  if (build.ok) precacheReports.push(await measurePrecache(path.join(root, 'dist')));
  // A deploy keeps the social cards between builds (the bare site draws none): the same cold
  // build again with every cache gone but theirs, after the cold ingest.
  clearBuildCaches(root);
  const cardsKept = runBuild();
  rows.push(dossierRow('cold, social cards kept', ingest, cardsKept, root));
  if (warm) {
    const again = runIngest();
    rows.push(['ingest, nothing changed', seconds(again), '', '', '', '', '', `${again.cpu.toFixed(1)}`, `${again.wall.toFixed(1)}`, formatBytes(again.peak), '', '']);
    const [first = ''] = readdirSync(path.join(root, 'seeds')).sort();
    appendFileSync(path.join(root, 'seeds', first), 'A late paragraph added to one seed changes its briefing.\n');
    const changedIngest = runIngest();
    const changedBuild = runBuild();
    rows.push(dossierRow('one seed changed', changedIngest, changedBuild, root));
    // A curator's usual start, after a build, then the first start of a fresh checkout.
    devRows.push(await measureDev(root, 'after a build', first.replace(/\.txt$/, '')));
    clearBuildCaches(root);
    devRows.push(await measureDev(root, 'no caches', first.replace(/\.txt$/, '')));
  }
  return { cpu: ingest.cpu + build.cpu, cardsKeptCpu: ingest.cpu + cardsKept.cpu, rows, devRows };
}

/**
 * Start `astro dev` (what `npm run dev` runs) in `root` and time, from the start, when it
 * listens, when it has served the home page, and then the page of the briefing `slug`; with the
 * server's CPU seconds and peak memory at that point. Stops the server.
 */
async function measureDev(root: string, name: string, slug: string): Promise<string[]> {
  const start = performance.now();
  const sinceStart = () => ((performance.now() - start) / 1000).toFixed(1);
  const server = await startAstroServer(root, 'dev', { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, true);
  try {
    const listening = sinceStart();
    const home = await fetchPage(server.url);
    const homeTime = sinceStart();
    const briefing = await fetchPage(new URL(`briefings/${slug}/`, server.url).href);
    const briefingTime = sinceStart();
    const usage = readProcessUsage(server.process.pid ?? 0);
    return [name, listening, `${homeTime} (${home})`, `${briefingTime} (${briefing})`, usage.cpu.toFixed(1), formatBytes(usage.peak)];
  } finally {
    await server.stop();
  }
}

/** Fetch a page to its last byte: its status. */
async function fetchPage(url: string): Promise<number> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status;
}

/** A running process's CPU seconds (user + system) and peak resident memory so far, from `/proc`. */
function readProcessUsage(pid: number): { cpu: number; peak: number } {
  // Fields 14 and 15 of `stat` (after the command name in brackets) are user and system time in clock ticks, 100 a second.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  const peakKilobytes = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpu: ticks / 100, peak: peakKilobytes * 1024 };
}

/**
 * Remove what a build leaves for the next one (output, data store, incremental and Vite caches),
 * all but the social cards: in `.astro/`, Astro's `cacheDir`, or `node_modules/.astro/` in checkouts before it moved.
 */
function clearBuildCaches(root: string): void {
  for (const astroCache of [path.join(root, '.astro'), path.join(root, 'node_modules', '.astro')]) {
    for (const entry of existsSync(astroCache) ? readdirSync(astroCache) : []) {
      if (entry !== 'social-cards') rmSync(path.join(astroCache, entry), { recursive: true, force: true });
    }
  }
  for (const folder of ['dist', path.join('node_modules', '.vite')]) rmSync(path.join(root, folder), { recursive: true, force: true });
}

/** A cold bare run: `astro build`, then Pagefind's command line over `dist/`. */
function benchBare(): { cpu: number; row: string[] } {
  const root = makeBareSite(seedsDir);
  folders.push(root);
  const build = measure(process.execPath, ['--import', PEAK, ASTRO, 'build'], root);
  const index = measure(process.execPath, [PAGEFIND, '--site', 'dist'], root);
  if (!build.ok || !index.ok) console.log(`The bare site failed:\n${build.log.slice(-4000)}\n${index.log.slice(-2000)}`);
  const phases = readPhases(build.log);
  const dist = path.join(root, 'dist');
  const row = [
    'cold',
    phases.sync,
    phases.bundle,
    phases.render,
    seconds(build),
    seconds(index),
    (build.cpu + index.cpu).toFixed(1),
    (build.wall + index.wall).toFixed(1),
    formatBytes(build.peak),
    String(countPages(dist)),
    formatBytes(folderSize(dist)),
  ];
  return { cpu: build.cpu + index.cpu, row };
}

function dossierRow(name: string, ingest: Run, build: Run, root: string): string[] {
  const phases = readPhases(build.log);
  const dist = path.join(root, 'dist');
  return [
    name,
    seconds(ingest),
    phases.sync,
    phases.bundle,
    phases.render,
    phases.pagefind,
    seconds(build),
    (ingest.cpu + build.cpu).toFixed(1),
    (ingest.wall + build.wall).toFixed(1),
    formatBytes(build.peak),
    existsSync(dist) ? `${countPages(dist)} (${pagesByKind(dist, build.log)})` : '?',
    existsSync(dist) ? formatBytes(folderSize(dist)) : '?',
  ];
}

/** Run a command under `/usr/bin/time`: its wall and CPU seconds and its largest process's peak memory. */
function measure(command: string, args: string[], cwd: string): Run {
  const report = path.join(work, 'time.txt');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1024 ** 3, env });
  const wall = (performance.now() - start) / 1000;
  const [, user = 0, system = 0, kilobytes = 0] = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  // The Node processes report their own peak as well (report-peak-memory.ts); the larger one counts.
  const own = Number(/peak-rss-bytes (\d+)/.exec(log)?.[1] ?? 0);
  return { ok: result.status === 0, wall, cpu: user + system, peak: Math.max(kilobytes * 1024, own), log };
}

function seconds(run: Run): string {
  return `${run.cpu.toFixed(1)} / ${run.wall.toFixed(1)}`;
}

/**
 * The build's phases, from the times Astro and the Pagefind integration print (wall seconds):
 * content sync (with type generation), bundling (modules compiled, MDX included), page
 * rendering, Pagefind.
 */
function readPhases(log: string): { sync: string; bundle: string; render: string; pagefind: string } {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  // Astro prints `28.22s`, `312ms` or, past a minute, `1m 3s`.
  const time = '((?:\\d+m )?[\\d.]+m?s)';
  const find = (pattern: string) => {
    const match = new RegExp(pattern).exec(plain)?.[1];
    return match === undefined ? '?' : readSeconds(match).toFixed(1);
  };
  return {
    sync: find(`\\[types\\] Generated ${time}`),
    bundle: find(`\\[vite\\] ✓ built in ${time}`),
    render: find(`generating static routes[\\s\\S]*?✓ Completed in ${time}`),
    pagefind: find(`\\[dossier:pagefind\\] Indexed .*\\(${time.replace('m?s', ' s')}\\)`),
  };
}

/** Seconds in a duration as Astro prints it: `28.22s`, `312ms`, `1m 3s`, or ours, `9.6 s`. */
function readSeconds(text: string): number {
  const [, minutes = '0', value = '0', unit] = /^(?:(\d+)m )?([\d.]+) ?(ms|s)$/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** Decode and clean every seed in this process, after one warm-up round: the cleaner's own cost; and one long line. */
function reportCleaning(bytes: number): void {
  const seeds = readdirSync(seedsDir).map((file) => ({ path: file as SeedPath, bytes: readFileSync(path.join(seedsDir, file)), sidecar: null }));
  const cleanAll = () => {
    for (const seed of seeds) {
      const decoded = decodeSeed(seed).value;
      if (decoded !== null) cleanSeed(decoded, DEFAULT_CONTEXT);
    }
  };
  cleanAll();
  const start = performance.now();
  cleanAll();
  const elapsed = (performance.now() - start) / 1000;
  console.log(`cleaning (decode + clean, in process): ${elapsed.toFixed(2)} s, ${(seeds.length / elapsed).toFixed(0)} seeds/s, ${formatBytes(bytes / elapsed)}/s`);
  // One very long line must cost time in proportion to its length: twice the line, twice the time.
  const lines = [1, 2].map((megabytes) => measureLongLine(megabytes * 1024 * 1024));
  console.log(`cleaning one long line: 1 MiB in ${lines[0]?.toFixed(0)} ms, 2 MiB in ${lines[1]?.toFixed(0)} ms`);
  // The whole per-seed pipeline (clean, entities, quotes, topics, dates, timeline) on a seed in
  // one line of sentences, and on a seed that is one word with no space at all.
  for (const shape of ['line', 'word'] as const) {
    const [one, two] = [1, 2].map((megabytes) => measureLongSeed(shape, megabytes * 1024 * 1024));
    console.log(`ingest of a seed in one ${shape}: 1 MiB in ${one?.toFixed(0)} ms, 2 MiB in ${two?.toFixed(0)} ms`);
  }
}

/** Milliseconds to ingest (every per-seed stage) a seed of `length` characters in one line of sentences, or in one word. */
function measureLongSeed(shape: 'line' | 'word', length: number): number {
  const sample = readFileSync(SAMPLE_SEED, 'utf8');
  const unit = shape === 'line' ? sample.replace(/\s+/g, ' ') : 'ab1.c@x9.';
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const seed = { path: `one-${shape}.txt` as SeedPath, bytes: new TextEncoder().encode(text), sidecar: null };
  const start = performance.now();
  ingestSeed(seed, slugFromPath(seed.path), DEFAULT_CONTEXT);
  return performance.now() - start;
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

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

function countPages(folder: string): number {
  return htmlFiles(folder).length;
}

/**
 * Pages of each kind (first folder of their path) with their average size and the average time
 * Astro took to render each it rendered, then the other files it rendered:
 * `briefings 1000 × 18.2 KiB, 2.1 ms, …, briefings .png 1000, 1.3 ms`. When its incremental build
 * kept some from the last build, how many it rendered: `people 1800 × 8.7 KiB, 2.1 ms for 8`.
 */
function pagesByKind(folder: string, log: string): string {
  const kinds = new Map<string, number[]>();
  for (const file of htmlFiles(folder)) {
    pushTo(kinds, outputKind(file.split(path.sep).join('/')), statSync(path.join(folder, file)).size);
  }
  const times = renderTimes(log);
  const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const time = (kind: string, built: number) => {
    const rendered = times.get(kind) ?? [];
    if (rendered.length === 0) return ', none rendered';
    return `, ${average(rendered).toFixed(1)} ms${rendered.length < built ? ` for ${rendered.length}` : ''}`;
  };
  const pages = [...kinds]
    .filter(([, sizes]) => sizes.length > 1)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, sizes]) => `${kind} ${sizes.length} × ${formatBytes(average(sizes))}${time(kind, sizes.length)}`);
  const others = [...times]
    .filter(([kind, rendered]) => !kinds.has(kind) && rendered.length > 1)
    .map(([kind, rendered]) => `${kind} ${rendered.length}${time(kind, rendered.length)}`);
  return [...pages, ...others].join(', ');
}

/** The kind of a built file, by its path with `/`: its first folder (`/` at the top), and its extension when it is not a page. */
function outputKind(file: string): string {
  const folder = file.includes('/') ? (file.split('/')[0] ?? '') : '/';
  return file.endsWith('.html') ? folder : `${folder} ${path.extname(file)}`;
}

/** Milliseconds of each file Astro rendered, by kind, from the `├─ /people/x/index.html (+2ms)` lines it prints. */
function renderTimes(log: string): Map<string, number[]> {
  const times = new Map<string, number[]>();
  for (const [, file = '', value = '0', unit] of stripVTControlCharacters(log).matchAll(/[├└]─ \/(\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    pushTo(times, outputKind(file), Number(value) * (unit === 's' ? 1000 : 1));
  }
  return times;
}

/** Add `value` to the list under `key`, in place (copying the list for each of thousands of pages would not be). */
function pushTo(lists: Map<string, number[]>, key: string, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

function folderSize(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stats = statSync(path.join(folder, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

function readLoad(): string {
  return existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
}

function printTable(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes.toFixed(0)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}
