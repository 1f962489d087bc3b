/**
 * `node bench/social-cards.ts [--cards N]`: what a briefing's social card costs the build. Draws
 * N cards (default 200) of titles from 3 to 25 words into an empty cache folder (cold), then, in
 * a new process as the next build would, looks up the same N cards in that folder (warm).
 * Prints CPU milliseconds per card and bytes per card; no test asserts on them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { socialCardFile } from '../src/io/social-card-cache.ts';
import { readTokenColours, toSocialCard } from '../src/lib/social-card.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' }, dir: { type: 'string' } } });
const count = Number(values.cards);
const colours = readTokenColours(readFileSync(fileURLToPath(new URL('../src/styles/tokens.css', import.meta.url)), 'utf8'));
const WORDS =
  'port strike ends after nine days as dockers accept pay offer while the central bank holds rates and ministers meet unions over budget plans for the harbour'.split(
    ' ',
  );

/** The Nth card: a title of 3 to 25 words, an outlet and a date, the same in every process. */
function nthCard(n: number) {
  const length = 3 + ((n * 7) % 23);
  const title = Array.from({ length }, (_, i) => WORDS[(n + i * 5) % WORDS.length]).join(' ');
  const day = String(1 + (n % 28)).padStart(2, '0');
  return toSocialCard({ title: `${n} ${title}`, outlet: 'The Daily Courier', published: `2026-01-${day}T10:00:00+00:00`, publishedZone: null }, 'Dossier');
}

/** Make or look up every card in `dir`; the CPU milliseconds spent. */
async function passOver(dir: string): Promise<number> {
  const start = process.cpuUsage();
  for (let n = 0; n < count; n += 1) await socialCardFile(nthCard(n), colours, dir);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

if (values.dir) {
  // The warm pass, in its own process: print the milliseconds for the parent.
  console.log(await passOver(values.dir));
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-cards-bench-'));
  try {
    // The first card pays for loading the fonts and the renderers once: draw one more first.
    await socialCardFile(nthCard(count), colours, dir);
    rmSync(path.join(dir, readdirSync(dir)[0] ?? ''));
    const cold = await passOver(dir);
    const warm = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cards', String(count), '--dir', dir], { encoding: 'utf8' });
    if (warm.status !== 0) throw new Error(`The warm pass failed:\n${warm.stderr}`);
    const bytes = readdirSync(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
    console.log(
      `${count} cards: cold ${(cold / count).toFixed(1)} CPU ms a card, warm ${(Number(warm.stdout) / count).toFixed(2)} CPU ms a card, ${(bytes / count / 1024).toFixed(1)} KiB a card`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
