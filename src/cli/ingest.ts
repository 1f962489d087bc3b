/**
 * `npm run ingest -- [--seeds DIR] [--out DIR] [--json FILE]`: turn every seed into a briefing.
 *
 * Prints diagnostics as `file:line:col: severity: rule: message`, a progress line on a
 * terminal, and a summary. Exits 1 when any seed failed (after all others were written),
 * 2 on bad arguments or a broken setup. The arguments are checked before the pipeline (the
 * language model, the tables) is loaded, so a mistyped option is answered at once.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, quoteFileName } from '../pipeline/diagnostics.ts';
import type { IngestEvent, IngestSummary } from '../pipeline/run.ts';

const USAGE = `Usage: npm run ingest -- [--seeds DIR] [--out DIR] [--json FILE] [--max-seed-size SIZE] [--threads N] [--force] [--no-cache]

  --seeds DIR             folder of seed text files (default: seeds)
  --out DIR               folder the MDX briefings are written to (default: content/briefings)
  --json FILE             also write all briefings as one JSON array to FILE
  --max-seed-size SIZE    skip seeds larger than SIZE, such as 5MB or 800KB (default: 5MB)
  --threads N             transform seeds on N threads (default: one per core, up to four)
  --force                 regenerate briefings edited by hand, replacing the edits
  --no-cache              ingest every seed, even those unchanged since the last run`;

/** Where a command runs and what it prints to: the process's own, or a test's. */
export interface CommandIo {
  /** The folder relative paths are read from. */
  readonly cwd: string;
  /** Print a line of results (standard output). */
  out(line: string): void;
  /** Print a line of diagnostics (standard error). */
  err(line: string): void;
  /** Where a progress line may rewrite itself, when that is a terminal; null for none. */
  readonly progress: NodeJS.WriteStream | null;
}

/** The process's own folder and streams. */
export function processIo(): CommandIo {
  return { cwd: process.cwd(), out: (line) => console.log(line), err: (line) => console.error(line), progress: process.stderr.isTTY ? process.stderr : null };
}

/** How an ingest command ended: its exit status, and the lines of the errors it printed. */
export interface IngestCommandResult {
  /** 0: every seed worked; 1: some seed failed, the others were written; 2: bad arguments or a broken setup. */
  readonly status: 0 | 1 | 2;
  readonly failures: readonly string[];
}

/** Run `npm run ingest` with `argv` (the arguments after the command). */
export async function ingestCommand(argv: readonly string[], io: CommandIo): Promise<IngestCommandResult> {
  const refuse = (message: string): IngestCommandResult => {
    io.err(`${message}\n\n${USAGE}`);
    return { status: 2, failures: [message] };
  };
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
        threads: { type: 'string' },
        force: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (cause) {
    return refuse(cause instanceof Error ? cause.message : String(cause));
  }
  const maxSeedBytes = parseSize(values['max-seed-size']);
  if (maxSeedBytes === null) {
    return refuse(`Cannot read the size "${values['max-seed-size']}", expected a number of bytes or one such as 5MB or 800KB`);
  }
  const threads = values.threads === undefined ? null : Number(values.threads);
  if (threads !== null && (!Number.isInteger(threads) || threads < 1)) {
    return refuse(`Cannot use "${values.threads}" threads, expected a whole number of at least 1`);
  }
  if (values.help) {
    io.out(USAGE);
    return { status: 0, failures: [] };
  }

  // Loaded only now: the pipeline takes a second of CPU to load, and bad arguments need none of it.
  const [{ runIngest }, { defaultThreads }, { pruneCacheFolders }] = await Promise.all([
    import('../pipeline/run.ts'),
    import('../pipeline/stage-runner.ts'),
    import('../io/seed-cache.ts'),
  ]);
  const failures: string[] = [];
  const progress = new ProgressLine(io.progress);
  const at = (file: string) => path.resolve(io.cwd, file);
  const onEvent = (event: IngestEvent) => {
    if (event.type === 'progress') {
      progress.show(`Ingesting [${event.done}/${event.total}] ${quoteFileName(event.file)}`);
    } else {
      progress.clear();
      const folder = event.folder === 'seeds' ? values.seeds : values.out;
      const line = formatDiagnostic(display(path.join(folder, event.file), io.cwd), event.diagnostic);
      if (event.diagnostic.severity === 'error') failures.push(line);
      io.err(line);
    }
  };
  const cacheDir = values.cache ? cacheFolder(io.cwd, values.out) : null;
  try {
    const summary = await runIngest(
      {
        seedsDir: at(values.seeds),
        outDir: at(values.out),
        jsonFile: values.json === undefined ? null : at(values.json),
        // The clock is read here, once: a seed dated after it gets a warning, not a future date.
        now: new Date(),
        maxSeedBytes,
        threads: threads ?? defaultThreads(),
        force: values.force,
        cacheDir,
      },
      onEvent,
    );
    if (cacheDir !== null) await pruneCacheFolders(path.dirname(cacheDir), cacheDir, RECENT_CACHES);
    progress.clear();
    io.out(describeSummary(summary, display(values.seeds, io.cwd), display(values.out, io.cwd)));
    return { status: summary.errors > 0 ? 1 : 0, failures };
  } catch (cause) {
    progress.clear();
    const stopped = `ingest stopped: ${cause instanceof Error ? cause.message : String(cause)}`;
    io.err(stopped);
    if (cause instanceof Error && cause.cause instanceof Error) io.err(`  because: ${cause.cause.message}`);
    return { status: 2, failures: [...failures, stopped] };
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
    `Read ${plural(summary.seedsRead, 'seed')} from ${seedsDir}/; ` +
      `${plural(summary.written, 'briefing')} written, ${summary.unchanged} unchanged` +
      `${summary.cached === 0 ? '' : ` (${plural(summary.cached, 'seed')} unchanged since the last run)`}, ` +
      `${summary.removed.length} removed, ${summary.skipped} skipped, ` +
      `${summary.keptEdits === 0 ? '' : `${summary.keptEdits} edited by hand and kept, `}into ${outDir}/.`,
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
function cacheFolder(cwd: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(cwd, outDir)).digest('hex').slice(0, 12);
  return path.join(cwd, 'node_modules', '.cache', 'dossier', key);
}

/** A path as the user would type it: relative to where they are, when it is inside. */
function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(cwd, file) : relative.split(path.sep).join('/');
}

/** One status line that rewrites itself on a terminal, and stays silent elsewhere. */
class ProgressLine {
  readonly #stream: NodeJS.WriteStream | null;
  #shown = false;

  constructor(stream: NodeJS.WriteStream | null) {
    this.#stream = stream;
  }

  show(text: string): void {
    if (this.#stream === null) return;
    this.#stream.write(`\r\x1b[2K${text.slice(0, (this.#stream.columns || 80) - 1)}`);
    this.#shown = true;
  }

  clear(): void {
    if (!this.#shown) return;
    this.#stream?.write('\r\x1b[2K');
    this.#shown = false;
  }
}

if (import.meta.main) process.exitCode = (await ingestCommand(process.argv.slice(2), processIo())).status;
