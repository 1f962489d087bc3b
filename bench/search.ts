/**
 * `npm run bench:search -- SITE_FOLDER [--runs N] [--open-first MS] [--no-service-worker]`: search
 * in Chromium on a built site, such as the copy `npm run bench -- --keep` leaves. Serves it with
 * `astro preview` and, N times in a fresh browser context (empty cache, no service worker yet),
 * opens the search dialog on the home page with `/` and types a first query at once (or MS
 * milliseconds later, as a reader who starts typing once the dialog is open), then four follow-ups. For each query: the time
 * from the query to five results shown, and where it went (the search UI's own phases, as its
 * `search:*` User Timing measures, and the time some search file was on the wire); for the first
 * query, the search files it fetched, as sent and gzipped. Figures go to the terminal; no test
 * asserts on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { previewFixtureSite } from '../tests/support/site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    'no-service-worker': { type: 'boolean', default: false },
    'open-first': { type: 'string', default: '0' },
  },
});
const root = positionals[0];
if (root === undefined) throw new Error('Usage: npm run bench:search -- SITE_FOLDER [--runs N] (a built copy, as `npm run bench -- --keep` leaves)');
const runs = Number(values.runs);
/** Milliseconds between opening the dialog and the first query, as a reader takes to start typing. */
const openFirst = Number(values['open-first']);
const dist = path.join(root, 'dist');
const FOLLOW_UPS = ['harbour', 'minister', 'port', 'talks'];
/** The search UI's phases, in the order they run. */
const PHASES = ['load', 'query', 'fragments', 'render'] as const;

/** One query, timed. */
interface Timed {
  /** Milliseconds from the query to five results shown. */
  readonly total: number;
  /** Milliseconds of each phase of the search UI (a phase that ran twice counts twice). */
  readonly phases: Record<string, number>;
  /** Milliseconds in which at least one search file was being fetched. */
  readonly network: number;
}

/** A request for a search file: its path and when it was on the wire (epoch milliseconds). */
interface Fetched {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** Milliseconds covered by the union of the intervals. */
function covered(intervals: readonly { start: number; end: number }[]): number {
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of [...intervals].sort((a, b) => a.start - b.start)) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** Time one query typed into the open dialog; `fetched` is filled as requests finish. */
async function timeQuery(page: Page, fetched: readonly Fetched[], query: string): Promise<Timed> {
  const { started, origin, total, measures } = await page.evaluate(
    (text) =>
      new Promise<{ started: number; origin: number; total: number; measures: { name: string; duration: number }[] }>((resolve, reject) => {
        const dialog = document.querySelector('dialog[data-search-dialog]');
        const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
        const list = dialog?.querySelector('.search-results');
        if (!input || !list) throw new Error('No search dialog on the home page');
        const started = performance.now();
        // A query that never shows five results fails with what the dialog says, not a hang.
        setTimeout(() => reject(new Error(`No five results for "${text}" in 30 s: ${dialog?.querySelector('.search-status')?.textContent ?? ''}`)), 30_000);
        const observer = new MutationObserver(() => {
          if (input.value === text && list.children.length >= 5) {
            observer.disconnect();
            const total = performance.now() - started;
            const measures = performance
              .getEntriesByType('measure')
              .filter((entry) => entry.name.startsWith('search:') && entry.startTime >= started)
              .map(({ name, duration }) => ({ name, duration }));
            resolve({ started, origin: performance.timeOrigin, total, measures });
          }
        });
        observer.observe(list, { childList: true });
        input.value = text;
        input.dispatchEvent(new Event('input'));
      }),
    query,
  );
  // Requests finish a moment after the page has used them: give the last events time to arrive.
  await page.waitForTimeout(50);
  const from = origin + started;
  const to = from + total;
  const phases: Record<string, number> = {};
  for (const { name, duration } of measures) phases[name.slice('search:'.length)] = (phases[name.slice('search:'.length)] ?? 0) + duration;
  const during = fetched.filter(({ start }) => start >= from && start < to).map(({ start, end }) => ({ start, end: Math.min(end, to) }));
  return { total, phases, network: covered(during) };
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const breakdown = ({ phases, network }: Timed) => `${PHASES.map((phase) => `${phase} ${ms(phases[phase] ?? 0)}`).join(', ')}; fetching ${ms(network)}`;

/** The bytes a search file costs on the wire: Pagefind's index files come gzipped already. */
function wireBytes(content: Buffer): { raw: number; gzip: number } {
  return { raw: content.length, gzip: Math.min(content.length, gzipSync(content).length) };
}

const server = await previewFixtureSite({ root, dist, base: '/', buildLog: '', page: () => ({ type: 'root', children: [] }), remove: () => {} });
const browser = await launchBrowser();
try {
  const firsts: Timed[] = [];
  const followUps: Timed[] = [];
  let files: string[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const context = await browser.newContext({ serviceWorkers: values['no-service-worker'] ? 'block' : 'allow' });
    const page = await context.newPage();
    const fetched: Fetched[] = [];
    page.on('requestfinished', (request) => {
      const url = new URL(request.url());
      const timing = request.timing();
      if (url.pathname.startsWith('/pagefind/')) fetched.push({ file: url.pathname, start: timing.startTime, end: timing.startTime + timing.responseEnd });
    });
    await page.goto(server.url);
    await page.keyboard.press('/');
    if (openFirst > 0) await page.waitForTimeout(openFirst);
    const first = await timeQuery(page, fetched, 'strike');
    files = [...new Set(fetched.map(({ file }) => file))];
    const later: Timed[] = [];
    for (const query of FOLLOW_UPS) later.push(await timeQuery(page, fetched, query));
    console.log(`run ${run}: first ${ms(first.total)} (${breakdown(first)}); follow-ups ${later.map(({ total }) => ms(total)).join(', ')}`);
    firsts.push(first);
    followUps.push(...later);
    await context.close();
  }
  const sizes = files.map((file) => ({ file, ...wireBytes(readFileSync(path.join(dist, file.replace(/^\/+/, '')))) }));
  const raw = sizes.reduce((sum, { raw }) => sum + raw, 0);
  const gzip = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const firstTotals = firsts.map(({ total }) => total);
  const laterTotals = followUps.map(({ total }) => total);
  const medianOf = (timed: readonly Timed[], pick: (one: Timed) => number) => ms(median(timed.map(pick)));
  const medianBreakdown = (timed: readonly Timed[]) =>
    `${PHASES.map((phase) => `${phase} ${medianOf(timed, ({ phases }) => phases[phase] ?? 0)}`).join(', ')}; fetching ${medianOf(timed, ({ network }) => network)}`;
  console.log(`first query: ${files.length} search files, ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`);
  for (const { file, gzip: bytes } of sizes) console.log(`  ${file}: ${(bytes / 1024).toFixed(1)} KiB gzip`);
  console.log(`first query, ${runs} runs: min ${ms(Math.min(...firstTotals))}, median ${ms(median(firstTotals))} (median ${medianBreakdown(firsts)})`);
  console.log(
    `follow-ups, ${laterTotals.length} queries: min ${ms(Math.min(...laterTotals))}, median ${ms(median(laterTotals))}, max ${ms(Math.max(...laterTotals))} (median ${medianBreakdown(followUps)})`,
  );
} finally {
  await browser.close();
  await server.stop();
}
