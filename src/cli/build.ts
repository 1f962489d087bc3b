/**
 * `npm run build -- [--strict] [ingest options]`: ingest the seeds, then build the site with
 * `astro build` from every briefing that worked. A seed that failed does not cost the curator
 * the site: its error is printed again at the end, and the command exits 1 so CI and the
 * deploy see it. With `--strict`, a failed seed stops the build before the site is built.
 * Exits 2, with no site built, on bad arguments or a broken setup.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCommand, processIo, type CommandIo } from './ingest.ts';

const USAGE = `Usage: npm run build -- [--strict] [ingest options]

  --strict                build no site when a seed failed (default: build it from the seeds that worked)

Any other option goes to ingest (npm run ingest -- --help lists them).`;

/** Astro's command-line entry point, in the project's own dependencies. */
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Runs `astro build` in a folder and gives its exit status. */
export type SiteBuilder = (cwd: string, io: CommandIo) => Promise<number>;

/** The folder the site's briefings are read from, as `src/content.config.ts` reads it. */
const BRIEFINGS = path.join('content', 'briefings');

/** The heap a build is given at the least, and for each MiB of briefings besides (MiB). */
const BASE_HEAP_MIB = 1024;
const HEAP_MIB_PER_BRIEFING_MIB = 6;

/**
 * The JavaScript heap `astro build` is given for briefings of `bytes` bytes in all. V8's own
 * limit (a quarter of the machine's memory, up to 4 GiB) lets the garbage of bundling the
 * content store pile up to three times what the build holds; a limit about twice what it holds
 * makes V8 collect it sooner (4,000 generated briefings, 117 MB: peak 3.2 GiB without, 2.3 GiB
 * with 1.7 GiB).
 */
export function heapLimitMiB(bytes: number): number {
  return BASE_HEAP_MIB + Math.ceil((bytes / 1024 ** 2) * HEAP_MIB_PER_BRIEFING_MIB);
}

/** The heap `astro build` is given for the site in `cwd`, by the size of its briefings (MiB). */
export function siteHeapLimitMiB(cwd: string): number {
  return heapLimitMiB(folderBytes(path.join(cwd, BRIEFINGS)));
}

/** The bytes of the briefings in `folder` and its sub-folders (none when it is missing). */
function folderBytes(folder: string): number {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
  } catch {
    return 0;
  }
}

/** What a child process that V8 stopped for want of heap ends with: `abort()`. */
const OUT_OF_HEAP = 'out-of-heap';

/** Run `npm run build` with `argv`, building the site with `buildSite`. Returns the exit status. */
export async function buildCommand(argv: readonly string[], io: CommandIo, buildSite: SiteBuilder = runAstroBuild): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const strict = argv.includes('--strict');
  const ingest = await ingestCommand(
    argv.filter((arg) => arg !== '--strict'),
    io,
  );
  if (ingest.status === 2) return 2;
  if (ingest.status !== 0 && strict) {
    io.err(`\n${describeFailures(ingest.failures)}; built no site (--strict).`);
    return ingest.status;
  }
  const built = await buildSite(io.cwd, io);
  if (ingest.failures.length > 0) {
    io.err(`\n${describeFailures(ingest.failures)}; the site was built from every briefing that worked:`);
    for (const line of ingest.failures) io.err(line);
  }
  return built !== 0 ? built : ingest.status;
}

function describeFailures(failures: readonly string[]): string {
  return `Ingest reported ${failures.length} error${failures.length === 1 ? '' : 's'}`;
}

/**
 * `astro build` as a child process, printing to this one's streams, with a heap sized to the
 * site (unless `NODE_OPTIONS` sets one). A site that needs more than that estimate is built
 * again with V8's own limit: a slower build, never a lost one.
 */
async function runAstroBuild(cwd: string, io: CommandIo): Promise<number> {
  const ownLimit = /--max-old-space-size\b/.test(process.env['NODE_OPTIONS'] ?? '');
  const limit = ownLimit ? null : siteHeapLimitMiB(cwd);
  const first = await runNode([ASTRO, 'build'], cwd, limit);
  if (first !== OUT_OF_HEAP) return first;
  io.err(`\nThe build ran out of its ${limit} MiB heap; building again with Node's default limit.`);
  const second = await runNode([ASTRO, 'build'], cwd, null);
  return second === OUT_OF_HEAP ? 134 : second;
}

/**
 * Run Node with `args` in `cwd`, printing to this one's streams, its heap limited to `heapMiB`
 * (null: V8's own limit). Gives the exit status, or `out-of-heap` when V8 stopped it for want of heap.
 */
export function runNode(args: readonly string[], cwd: string, heapMiB: number | null): Promise<number | typeof OUT_OF_HEAP> {
  const flags = heapMiB === null ? [] : [`--max-old-space-size=${heapMiB}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, ...args], { cwd, stdio: 'inherit' });
    child.once('error', (cause) => reject(new Error(`Cannot start ${args.join(' ')}`, { cause })));
    child.once('exit', (code, signal) => resolve(signal === 'SIGABRT' || code === 134 ? OUT_OF_HEAP : (code ?? (signal === null ? 1 : 128))));
  });
}

if (import.meta.main) process.exitCode = await buildCommand(process.argv.slice(2), processIo());
