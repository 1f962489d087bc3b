/**
 * An Astro integration for `astro dev`: when a seed or its sidecar in `seeds/` changes, is
 * added or removed, run ingest again (the CLI, in its own process, as `npm run ingest` would) and
 * say so; the content layer then sees the changed MDX and the page reloads. Builds are not
 * affected: `npm run build` ingests before it builds.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Wait this long after a change before ingesting, so a save that writes several files runs ingest once. */
const SETTLE_MS = 150;

/** Whether a changed file is one ingest reads: a seed or a sidecar, not a hidden or editor file. */
export function isSeedFile(file: string, seedsDir: string): boolean {
  const relative = path.relative(seedsDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  if (relative.split(path.sep).some((part) => part.startsWith('.'))) return false;
  return /\.(?:txt|ya?ml)$/i.test(relative);
}

/** Re-ingest the seeds whenever one changes while `astro dev` runs. */
export function seedWatcher(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'dossier:seed-watcher',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const seedsDir = path.join(root, 'seeds');
        server.watcher.add(seedsDir);
        const run = ingestQueue(root, logger);
        const onChange = (file: string) => {
          if (isSeedFile(file, seedsDir)) run(path.relative(root, file));
        };
        server.watcher.on('add', onChange);
        server.watcher.on('change', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}

/** A function that schedules one ingest run for a changed file; runs never overlap, and changes during a run cause one more. */
function ingestQueue(root: string, logger: AstroIntegrationLogger): (file: string) => void {
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const changed = new Set<string>();
  const start = () => {
    timer = null;
    if (running) return;
    running = true;
    const files = [...changed].sort();
    changed.clear();
    logger.info(`${files.join(', ')} changed; ingesting the seeds again`);
    const child = spawn(process.execPath, [path.join(root, 'src', 'cli', 'ingest.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running = false;
      const lines = output
        .trim()
        .split('\n')
        .filter((line) => line.length > 0);
      for (const line of lines) {
        if (code === 0) logger.info(line);
        else logger.warn(line);
      }
      if (code !== 0) logger.warn(`Ingest exited with ${code}; the briefings of the seeds that failed were left as they were`);
      if (changed.size > 0) schedule();
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, SETTLE_MS);
  };
  return (file) => {
    changed.add(file);
    schedule();
  };
}
