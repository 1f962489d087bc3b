/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--json FILE]`: turn every seed into a briefing.
 *
 * Prints diagnostics as `file:line:col: severity: rule: message`, a progress line on a
 * terminal, and a summary. Exits 1 when any seed failed (after all others were written),
 * 2 on bad arguments or a broken setup.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pruneCacheFolders } from '../io/seed-cache.ts';
import { formatDiagnostic } from '../pipeline/diagnostics.ts';
import { runIngest, type IngestEvent, type IngestSummary } from '../pipeline/run.ts';
import { defaultThreads } from '../pipeline/stage-runner.ts';

const USAGE = `Usage: npm run ingest -- [--seeds DIR] [--out DIR] [--json FILE] [--max-seed-size SIZE] [--threads N] [--force] [--no-cache]

  --seeds DIR             folder of seed text files (default: seeds)
  --out DIR               folder the MDX briefings are written to (default: content/briefings)
  --json FILE             also write all briefings as one JSON array to FILE
  --max-seed-size SIZE    skip seeds larger than SIZE, such as 5MB or 800KB (default: 5MB)
  --threads N             transform seeds on N threads (default: one per core, up to ${defaultThreads()} here)
  --force                 regenerate briefings edited by hand, replacing the edits
  --no-cache              ingest every seed, even those unchanged since the last run`;

async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowNegative: true,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: 'content/briefings' },
        json: { type: 'string' },
        'max-seed-size': { type: 'string', default: '5MB' },
        threads: { type: 'string', default: String(defaultThreads()) },
        force: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (cause) {
    console.error(`${cause instanceof Error ? cause.message : String(cause)}\n\n${USAGE}`);
    return 2;
  }
  const maxSeedBytes = parseSize(values['max-seed-size']);
  if (maxSeedBytes === null) {
    console.error(`Cannot read the size "${values['max-seed-size']}", expected a number of bytes or one such as 5MB or 800KB\n\n${USAGE}`);
    return 2;
  }
  const threads = Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) {
    console.error(`Cannot use "${values.threads}" threads, expected a whole number of at least 1\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const progress = new ProgressLine(process.stderr);
  const onEvent = (event: IngestEvent) => {
    if (event.type === 'progress') {
      progress.show(`Ingesting [${event.done}/${event.total}] ${event.file}`);
    } else {
      progress.clear();
      const folder = event.folder === 'seeds' ? values.seeds : values.out;
      console.error(formatDiagnostic(display(path.join(folder, event.file)), event.diagnostic));
    }
  };
  const cacheDir = values.cache ? cacheFolder(values.out) : null;
  try {
    const summary = await runIngest(
      {
        seedsDir: values.seeds,
        outDir: values.out,
        jsonFile: values.json ?? null,
        // The clock is read here, once: a seed dated after it gets a warning, not a future date.
        now: new Date(),
        maxSeedBytes,
        threads,
        force: values.force,
        cacheDir,
      },
      onEvent,
    );
    if (cacheDir !== null) await pruneCacheFolders(path.dirname(cacheDir), cacheDir, RECENT_CACHES);
    progress.clear();
    console.log(describeSummary(summary, values.seeds, values.out));
    return summary.errors > 0 ? 1 : 0;
  } catch (cause) {
    progress.clear();
    console.error(`ingest stopped: ${cause instanceof Error ? cause.message : String(cause)}`);
    if (cause instanceof Error && cause.cause instanceof Error) console.error(`  because: ${cause.cause.message}`);
    return 2;
  }
}

/** `5MB`, `800KB`, `1.5 MiB` or a plain byte count, in bytes; null when it is none of those. */
function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(text);
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase().charAt(0);
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(match[1]) * factor);
  return bytes > 0 ? bytes : null;
}

/** The closing summary: what was read, written and said. */
function describeSummary(summary: IngestSummary, seedsDir: string, outDir: string): string {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const rules = Object.entries(summary.byRule)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  return [
    `Read ${plural(summary.seedsRead, 'seed')} from ${display(seedsDir)}/; ` +
      `${plural(summary.written, 'briefing')} written, ${summary.unchanged} unchanged` +
      `${summary.cached === 0 ? '' : ` (${plural(summary.cached, 'seed')} unchanged since the last run)`}, ` +
      `${summary.removed.length} removed, ${summary.skipped} skipped, ` +
      `${summary.keptEdits === 0 ? '' : `${summary.keptEdits} edited by hand and kept, `}into ${display(outDir)}/.`,
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${rules === '' ? '' : ` (${rules})`}.`,
  ].join('\n');
}

/** How many output folders keep their cache: the project's own, and a few ingested into beside it. */
const RECENT_CACHES = 8;

/**
 * Where the cache of an output folder lives: with other tools' caches under `node_modules/.cache`,
 * one folder per output folder, so ingesting elsewhere (a test, an evaluation) does not replace
 * the project's own; the folders used last are kept (`RECENT_CACHES`).
 */
function cacheFolder(outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12);
  return path.join('node_modules', '.cache', 'dossier', key);
}

/** A path as the user would type it: relative to where they are, when it is inside. */
function display(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join('/');
}

/** One status line that rewrites itself on a terminal, and stays silent elsewhere. */
class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  #shown = false;

  constructor(stream: NodeJS.WriteStream) {
    this.#stream = stream;
  }

  show(text: string): void {
    if (!this.#stream.isTTY) return;
    this.#stream.write(`\r\x1b[2K${text.slice(0, (this.#stream.columns || 80) - 1)}`);
    this.#shown = true;
  }

  clear(): void {
    if (!this.#shown) return;
    this.#stream.write('\r\x1b[2K');
    this.#shown = false;
  }
}

process.exitCode = await main(process.argv.slice(2));
