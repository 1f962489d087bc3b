/**
 * `node bench/entities/score-quotes.ts CORPORA_DIR`: how many of the quotes labelled in
 * `quotes.json` get the right speaker when their seed is ingested whole (the speaker may be
 * named paragraphs before the quote). Prints each wrong one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestSeed } from '../../src/pipeline/ingest-seed.ts';
import { DEFAULT_CONTEXT } from '../../src/pipeline/reference/default-context.ts';
import { slugFromPath } from '../../src/pipeline/stages/slug.ts';
import type { SeedPath } from '../../src/pipeline/types.ts';

const corpora = process.argv[2];
if (!corpora) {
  console.error('Usage: node bench/entities/score-quotes.ts CORPORA_DIR');
  process.exit(2);
}
const labels = (JSON.parse(readFileSync(path.join(import.meta.dirname, 'quotes.json'), 'utf8')) as {
  quotes: { file: string; paragraph: string; begins: string; speaker: string | null }[];
}).quotes;
let right = 0;
for (const label of labels) {
  const seedPath = path.basename(label.file) as SeedPath;
  const briefing = ingestSeed({ path: seedPath, bytes: readFileSync(path.join(corpora, label.file)), sidecar: null }, slugFromPath(seedPath), DEFAULT_CONTEXT).briefing;
  const quote = briefing?.quotes.find((found) => found.paragraph === label.paragraph && found.text.startsWith(label.begins));
  const speaker = quote?.speaker ?? null;
  if (speaker === label.speaker) right += 1;
  else console.log(`wrong: ${label.file} ${label.paragraph} “${label.begins}…”: ${speaker ?? 'no speaker'}, not ${label.speaker ?? 'no speaker'}`);
}
console.log(`speaker right for ${right} of ${labels.length} quotes (${(right / labels.length).toFixed(2)})`);
