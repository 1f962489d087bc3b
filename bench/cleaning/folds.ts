/**
 * `npm run bench:cleaning -- [corpus] [--variant seeds-dup] [--worst N] [--titles] [--bylines] [--held-back] [--keep DIR]`: score the
 * cleaner fold by fold on the cleaning benchmark (default corpus `../shared/corpora/cleaning`,
 * holding `seeds/<id>.txt` and `gold/<id>.json`).
 *
 * The pages are split into four fixed folds by a hash of their ID (`foldOf`), so the split is the
 * same on every run and on any copy of the corpus. Each fold's seeds are ingested on their own,
 * as a new user's folder would be (lines shared across a folder's seeds count for that folder
 * only), and scored with the benchmark's own scorer (`eval.mjs cleaning`): the body's 4-word
 * shingle F1. The briefing's title is compared with the gold `title` hint, case and punctuation
 * folded, a site tail (` | Site`, ` - Site`) allowed to be missing. With `--bylines`, each fold's
 * outlets are compared with the host of the gold `url` (`outlet-agreement.ts`), and the share of
 * briefings with an author and with a date is shown; the development pages' outlets, authors and
 * dates are listed, to be judged by hand against the page.
 *
 * Folds 0 to 2 are for development; fold 3 is held back: weights and rules are fitted on the
 * others only (`HELD_BACK`), and their figures are shown only with `--held-back`. No corpus text is written into the project: the working
 * copies go to a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FOLDS, HELD_BACK, foldOf } from './folds-split.ts';
import { outletAgrees } from './outlet-agreement.ts';
import { titleAgrees } from './title-agreement.ts';

interface FoldResult {
  readonly fold: number;
  readonly pages: number;
  readonly f1: number;
  readonly titles: number;
  readonly perDoc: readonly PageResult[];
}

interface PageResult {
  readonly id: string;
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly title: string;
  readonly gold: string;
  readonly agrees: boolean;
  readonly url: string;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly zone: string | null;
}

interface BriefingFields {
  readonly title: string;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly publishedZone: string | null;
  readonly source: { file: string };
}

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const evalScript = path.resolve(root, '../shared/tools/eval.mjs');

function runFold(corpus: string, variant: string, fold: number, ids: readonly string[], work: string): FoldResult {
  const dir = path.join(work, `fold-${fold}`);
  // A kept folder from an earlier run is emptied: its briefings must not stand in for a failed run.
  rmSync(dir, { recursive: true, force: true });
  const seeds = path.join(dir, 'seeds');
  const gold = path.join(dir, 'gold');
  mkdirSync(seeds, { recursive: true });
  mkdirSync(gold, { recursive: true });
  for (const id of ids) {
    copyFileSync(path.join(corpus, variant, `${id}.txt`), path.join(seeds, `${id}.txt`));
    copyFileSync(path.join(corpus, 'gold', `${id}.json`), path.join(gold, `${id}.json`));
  }
  const keep = path.join(dir, 'run');
  const run = spawnSync('node', [evalScript, 'cleaning', '--seeds', seeds, '--gold', gold, '--keep', keep], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fold ${fold}: eval.mjs failed (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
  const scores = path.join(dir, 'scores.json');
  const score = spawnSync(
    'node',
    [path.resolve(root, '../shared/tools/score-cleaning.mjs'), gold, path.join(keep, 'pred'), `--json=${scores}`, '--bootstrap=0'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (score.status !== 0) throw new Error(`fold ${fold}: scoring failed\n${score.stderr}`);
  const summary = JSON.parse(readFileSync(scores, 'utf8')) as { f1: number; perDoc: { id: string; f1: number; precision: number; recall: number }[] };
  const briefings = JSON.parse(readFileSync(path.join(keep, 'briefings.json'), 'utf8')) as BriefingFields[];
  const byId = new Map(briefings.map((briefing) => [path.basename(briefing.source.file, '.txt'), briefing]));
  const perDoc = summary.perDoc.map((doc): PageResult => {
    const page = JSON.parse(readFileSync(path.join(gold, `${doc.id}.json`), 'utf8')) as { title?: string; url?: string };
    const goldTitle = String(page.title ?? '');
    const briefing = byId.get(doc.id);
    const title = briefing?.title ?? '';
    return {
      ...doc,
      title,
      gold: goldTitle,
      agrees: titleAgrees(title, goldTitle),
      url: String(page.url ?? ''),
      outlet: briefing?.outlet ?? null,
      byline: briefing?.byline ?? null,
      published: briefing?.published ?? null,
      zone: briefing?.publishedZone ?? null,
    };
  });
  return { fold, pages: ids.length, f1: summary.f1, titles: perDoc.filter((doc) => doc.agrees).length / Math.max(1, perDoc.length), perDoc };
}

/**
 * Per fold: the share of briefings whose outlet agrees with the page's host, has another outlet
 * (a wire story on a paper's site, or a wrong one), or has none; and the shares with an author and
 * with a date. The development pages are then listed for judging by hand.
 */
function reportBylines(results: readonly FoldResult[], showHeldBack: boolean): void {
  console.log('\noutlet against the page host, author and date, per fold:');
  for (const result of results) {
    if (HELD_BACK.has(result.fold) && !showHeldBack) continue;
    const docs = result.perDoc;
    const share = (test: (doc: PageResult) => boolean) => `${docs.filter(test).length}/${docs.length}`;
    console.log(
      `fold ${result.fold}  outlet agrees ${share((doc) => doc.outlet !== null && outletAgrees(doc.outlet, doc.url))}` +
        `  other ${share((doc) => doc.outlet !== null && !outletAgrees(doc.outlet, doc.url))}  none ${share((doc) => doc.outlet === null)}` +
        `  author ${share((doc) => doc.byline !== null)}  dated ${share((doc) => doc.published !== null)}`,
    );
  }
  console.log('\ndevelopment pages (host | outlet | author | published):');
  for (const result of results.filter((entry) => !HELD_BACK.has(entry.fold))) {
    for (const doc of result.perDoc) {
      const mark = doc.outlet === null ? ' ' : outletAgrees(doc.outlet, doc.url) ? '=' : '≠';
      console.log(
        `  fold ${result.fold} ${doc.id.slice(0, 8)} ${mark} ${new URL(doc.url).hostname} | ${doc.outlet ?? '-'} | ${doc.byline ?? '-'} | ${doc.published ?? '-'}${doc.zone === null ? '' : ` ${doc.zone}`}`,
      );
    }
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      variant: { type: 'string', default: 'seeds' },
      worst: { type: 'string', default: '0' },
      titles: { type: 'boolean', default: false },
      bylines: { type: 'boolean', default: false },
      'held-back': { type: 'boolean', default: false },
      keep: { type: 'string' },
    },
  });
  const corpus = path.resolve(positionals[0] ?? path.join(root, '../shared/corpora/cleaning'));
  if (!existsSync(path.join(corpus, 'gold'))) throw new Error(`${corpus}: no gold/ folder; give the cleaning corpus's path`);
  const ids = readdirSync(path.join(corpus, 'gold'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5))
    .sort();
  const work = values.keep ? path.resolve(values.keep) : mkdtempSync(path.join(tmpdir(), 'dossier-folds-'));
  const results: FoldResult[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    results.push(
      runFold(
        corpus,
        values.variant,
        fold,
        ids.filter((id) => foldOf(id) === fold),
        work,
      ),
    );
  }
  console.log(`corpus ${corpus} (${values.variant}), ${ids.length} pages in ${FOLDS} folds`);
  for (const result of results) {
    if (HELD_BACK.has(result.fold) && !values['held-back']) continue;
    const mark = HELD_BACK.has(result.fold) ? ' (held back)' : '';
    console.log(
      `fold ${result.fold}${mark.padEnd(12)} pages ${String(result.pages).padStart(3)}  body F1 ${result.f1.toFixed(3)}  titles ${result.titles.toFixed(3)}`,
    );
  }
  const mean = (picked: readonly FoldResult[], key: 'f1' | 'titles') =>
    picked.reduce((sum, result) => sum + result[key] * result.pages, 0) /
    Math.max(
      1,
      picked.reduce((sum, result) => sum + result.pages, 0),
    );
  const dev = results.filter((result) => !HELD_BACK.has(result.fold));
  const held = results.filter((result) => HELD_BACK.has(result.fold));
  console.log(`development folds  body F1 ${mean(dev, 'f1').toFixed(3)}  titles ${mean(dev, 'titles').toFixed(3)}`);
  if (values['held-back']) console.log(`held-back folds    body F1 ${mean(held, 'f1').toFixed(3)}  titles ${mean(held, 'titles').toFixed(3)}`);
  else console.log('held-back folds    not shown (--held-back shows them, once the rules and weights are fixed)');
  const worst = Number(values.worst);
  // Only development pages are listed: the held-back ones are not to be looked at.
  const devDocs = dev.flatMap((result) => result.perDoc.map((doc) => ({ ...doc, fold: result.fold })));
  if (worst > 0) {
    console.log(`\nworst development pages by body F1:`);
    for (const doc of [...devDocs].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`  fold ${doc.fold} ${doc.id.slice(0, 12)}  F1 ${doc.f1.toFixed(3)}  P ${doc.precision.toFixed(3)}  R ${doc.recall.toFixed(3)}`);
    }
  }
  if (values.titles) {
    console.log(`\ndevelopment titles that disagree:`);
    for (const doc of devDocs.filter((entry) => !entry.agrees))
      console.log(`  fold ${doc.fold} ${doc.id.slice(0, 12)}  found "${doc.title}"  gold "${doc.gold}"`);
  }
  if (values.bylines) reportBylines(results, values['held-back']);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

main();
