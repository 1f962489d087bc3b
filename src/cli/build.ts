/**
 * `npm run build -- [--strict] [ingest options]`: ingest the seeds, then build the site with
 * `astro build` from every briefing that worked. A seed that failed does not cost the curator
 * the site: its error is printed again at the end, and the command exits 1 so CI and the
 * deploy see it. With `--strict`, a failed seed stops the build before the site is built.
 * Exits 2, with no site built, on bad arguments or a broken setup.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ingestCommand, processIo, type CommandIo } from './ingest.ts';

const USAGE = `Usage: npm run build -- [--strict] [ingest options]

  --strict                build no site when a seed failed (default: build it from the seeds that worked)

Any other option goes to ingest (npm run ingest -- --help lists them).`;

/** Astro's command-line entry point, in the project's own dependencies. */
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Runs `astro build` in a folder and gives its exit status. */
export type SiteBuilder = (cwd: string) => Promise<number>;

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
  const built = await buildSite(io.cwd);
  if (ingest.failures.length > 0) {
    io.err(`\n${describeFailures(ingest.failures)}; the site was built from every briefing that worked:`);
    for (const line of ingest.failures) io.err(line);
  }
  return built !== 0 ? built : ingest.status;
}

function describeFailures(failures: readonly string[]): string {
  return `Ingest reported ${failures.length} error${failures.length === 1 ? '' : 's'}`;
}

/** `astro build` as a child process, printing to this one's streams. */
function runAstroBuild(cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build'], { cwd, stdio: 'inherit' });
    child.once('error', (cause) => reject(new Error(`Cannot start astro build (${ASTRO})`, { cause })));
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

if (import.meta.main) process.exitCode = await buildCommand(process.argv.slice(2), processIo());
