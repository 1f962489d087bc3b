/**
 * `node bench/entities/sample-entities.ts CORPORA_DIR [N]`: ingest the real pages of
 * `cleaning/seeds/` in the corpora folder and draw N entities (100 by default) at random with a
 * fixed seed, each with its kind and the first sentence that names it, to be judged by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestSeed } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';

const [corpora, count = '100'] = process.argv.slice(2);
if (!corpora) {
  console.error('Usage: node bench/entities/sample-entities.ts CORPORA_DIR [N]');
  process.exit(2);
}
const folder = path.join(corpora, 'cleaning', 'seeds');
const drawn: { file: string; kind: string; name: string; context: string }[] = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
  const seedPath = file as SeedPath;
  const briefing = ingestSeed({ path: seedPath, bytes: readFileSync(path.join(folder, file)), sidecar: null }, slugFromPath(seedPath), DEFAULT_CONTEXT).briefing;
  if (!briefing) continue;
  const texts = new Map([['title', briefing.title], ['dek', briefing.dek ?? ''], ['summary', briefing.summary ?? ''], ...briefing.body.map((paragraph) => [paragraph.id, paragraph.text] as const)]);
  for (const [kind, list] of Object.entries(briefing.entities)) {
    for (const entity of list) {
      const text = texts.get(entity.mentions[0] ?? '') ?? '';
      const at = Math.max(0, text.indexOf(entity.aliases.find((alias) => text.includes(alias)) ?? entity.name));
      drawn.push({ file: file.slice(0, 12), kind, name: entity.name, context: text.slice(Math.max(0, at - 60), at + 80).replace(/\s+/g, ' ') });
    }
  }
}
let state = 20251201;
const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const picked = new Set<number>();
while (picked.size < Math.min(Number(count), drawn.length)) picked.add(Math.floor(random() * drawn.length));
console.log(`${drawn.length} entities in all; ${picked.size} drawn`);
for (const [number, index] of [...picked].sort((a, b) => a - b).entries()) {
  const entity = drawn[index];
  if (entity) console.log(`${String(number + 1).padStart(3)}. ${entity.kind.padEnd(13)} ${entity.name}  [${entity.file}] …${entity.context}…`);
}
