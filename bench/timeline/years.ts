/**
 * `node bench/timeline/years.ts SEEDS_DIR [--json FILE] [--refused]`: ingest a folder of real
 * pages and list every timeline event dated more than two years after its page's publication or
 * before 1900, the years a reader is most likely to call wrong, with the clause that carries each.
 * `--json` reads a `briefings.json` written before instead of ingesting; `--refused` also lists
 * the numbers refused as years, with their rules.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Briefing } from '../../src/pipeline/types.ts';

/** How far ahead of its publication an event may be before it is listed, in years. */
const YEARS_AHEAD = 2;
/** The earliest year listed without a second look. */
const EARLIEST = 1900;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' }, refused: { type: 'boolean', default: false } } });
const seeds = positionals[0];
if (seeds === undefined && values.json === undefined) {
  console.error('Usage: node bench/timeline/years.ts SEEDS_DIR [--json FILE] [--refused]');
  process.exit(2);
}

const briefings = values.json === undefined ? ingest(seeds ?? '') : (JSON.parse(readFileSync(values.json, 'utf8')) as Briefing[]);
let events = 0;
let listed = 0;
const refusedByRule = new Map<string, number>();
for (const briefing of briefings) {
  const published = briefing.published === null ? null : Number(briefing.published.slice(0, 4));
  for (const event of briefing.timeline) {
    events += 1;
    const year = Number((event.date.start ?? '').slice(0, 4));
    const ahead = published !== null && year > published + YEARS_AHEAD;
    if (!ahead && year >= EARLIEST) continue;
    listed += 1;
    const why = ahead ? `${year - (published ?? 0)} years after ${briefing.published?.slice(0, 10)}` : `before ${EARLIEST}`;
    console.log(`${briefing.source.file} ${event.paragraph}: ${event.date.value} ("${event.date.phrase}", ${why}): ${event.text.slice(0, 160)}`);
  }
  // A JSON written before numbers refused as years were listed has none.
  for (const refused of briefing.refusedYears ?? []) {
    refusedByRule.set(refused.rule, (refusedByRule.get(refused.rule) ?? 0) + 1);
    if (values.refused) {
      const paragraph = refused.paragraph === 'summary' ? briefing.summary ?? '' : briefing.body.find((item) => item.id === refused.paragraph)?.text ?? '';
      console.log(`  refused ${refused.rule} ${briefing.source.file} ${refused.paragraph}: …${paragraph.slice(Math.max(0, refused.offset - 50), refused.offset + 30)}…`);
    }
  }
}
console.log(`${briefings.length} briefings, ${events} timeline events; ${listed} more than ${YEARS_AHEAD} years after publication or before ${EARLIEST}.`);
console.log(`numbers refused as years: ${[...refusedByRule].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none'}`);

/** Run the project's ingest over a folder of seeds, into a temporary folder, and read its JSON. */
function ingest(folder: string): Briefing[] {
  const work = mkdtempSync(path.join(tmpdir(), 'dossier-years-'));
  try {
    const json = path.join(work, 'briefings.json');
    const cli = path.join(import.meta.dirname, '..', '..', 'src', 'cli', 'ingest.ts');
    const run = spawnSync(process.execPath, [cli, '--seeds', folder, '--out', path.join(work, 'briefings'), '--json', json, '--no-cache'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0 && run.status !== 1) throw new Error(`Ingest of ${folder} failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
    return JSON.parse(readFileSync(json, 'utf8')) as Briefing[];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
