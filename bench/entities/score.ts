/**
 * `node bench/entities/score.ts CORPORA_DIR [--errors]`: precision and recall of the entity
 * stage on the hand-labelled paragraphs of `labels.json`, read from the corpora folder given.
 * Each paragraph is run alone, as one body paragraph of an undated briefing. An entity counts
 * when its kind is right and its name or one of its aliases is a gold name (compared folded);
 * names in a paragraph's `ignore` list count neither way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { findEntities } from '../../src/pipeline/stages/metadata/entities.ts';
import { foldName } from '../../src/pipeline/stages/metadata/fold.ts';

type Kind = 'people' | 'organizations' | 'places';
const KINDS: readonly Kind[] = ['people', 'organizations', 'places'];
interface Label extends Record<Kind, (string | string[])[]> {
  file: string;
  paragraph: number;
  ignore: string[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { errors: { type: 'boolean', default: false } } });
const corpora = positionals[0];
if (!corpora) {
  console.error('Usage: node bench/entities/score.ts CORPORA_DIR [--errors]');
  process.exit(2);
}
const labels = (JSON.parse(readFileSync(path.join(import.meta.dirname, 'labels.json'), 'utf8')) as { paragraphs: Label[] }).paragraphs;

const totals = Object.fromEntries(KINDS.map((kind) => [kind, { found: 0, right: 0, gold: 0, recalled: 0 }])) as Record<Kind, Record<'found' | 'right' | 'gold' | 'recalled', number>>;
let seconds = 0;
for (const label of labels) {
  const body = (JSON.parse(readFileSync(path.join(corpora, label.file), 'utf8')) as { articleBody: string }).articleBody;
  const text = body.split('\n').map((line) => line.trim()).filter((line) => line !== '')[label.paragraph] ?? '';
  const start = performance.now();
  const found = findEntities(DEFAULT_CONTEXT.analyze([{ id: 'p-1', text }]), DEFAULT_CONTEXT.knownEntities, null);
  seconds += (performance.now() - start) / 1000;
  const ignored = new Set(label.ignore.map(foldName));
  for (const kind of KINDS) {
    const gold = label[kind].map((item) => new Set((Array.isArray(item) ? item : [item]).map(foldName)));
    const matched = new Set<number>();
    for (const entity of found[kind]) {
      const names = [entity.name, ...entity.aliases].map(foldName);
      const index = gold.findIndex((accepted, at) => !matched.has(at) && names.some((name) => accepted.has(name)));
      if (index >= 0) {
        matched.add(index);
        totals[kind].right += 1;
        totals[kind].found += 1;
      } else if (!names.some((name) => ignored.has(name))) {
        totals[kind].found += 1;
        if (values.errors) console.log(`${label.file}#${label.paragraph}: extra ${kind}: ${entity.name}`);
      }
    }
    totals[kind].gold += gold.length;
    totals[kind].recalled += matched.size;
    if (values.errors) {
      for (const [at, accepted] of gold.entries()) if (!matched.has(at)) console.log(`${label.file}#${label.paragraph}: missed ${kind}: ${[...accepted][0]}`);
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const all = KINDS.reduce((sum, kind) => ({ found: sum.found + totals[kind].found, right: sum.right + totals[kind].right, gold: sum.gold + totals[kind].gold, recalled: sum.recalled + totals[kind].recalled }), { found: 0, right: 0, gold: 0, recalled: 0 });
console.log(`${labels.length} paragraphs, ${all.gold} gold entities`);
for (const [name, t] of [...KINDS.map((kind) => [kind, totals[kind]] as const), ['all', all] as const]) {
  const precision = ratio(t.right, t.found);
  const recall = ratio(t.recalled, t.gold);
  console.log(`${name.padEnd(14)} precision ${precision.toFixed(3)} (${t.right}/${t.found})  recall ${recall.toFixed(3)} (${t.recalled}/${t.gold})  F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)}`);
}
console.log(`entity extraction: ${(seconds * 1000).toFixed(1)} ms for ${labels.length} paragraphs`);
