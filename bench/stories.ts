/**
 * `npm run bench:stories -- [--families N]`: how well and how fast ingest groups briefings into
 * stories. It writes story families of its own (two to four outlets' versions of one invented
 * event, worded differently, with some dates and counts that differ), where some people are in
 * many families (a head of state every story names), ingests them in process, and reports
 * pairwise precision and recall of "same story" against the known families. Then it times the
 * story step alone on 1,000, 4,000 and 10,000 briefings (copies of the ingested ones under other
 * names), which must grow near-linearly. Figures go to the terminal; no test asserts on them.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Briefing } from '../src/pipeline/types.ts';
import { groupStories } from '../src/pipeline/whole-set/stories.ts';
import type { WeighInput } from '../src/pipeline/whole-set/weigh-topics.ts';
import { ingestText } from '../tests/support/seeds.ts';

const { values } = parseArgs({ options: { families: { type: 'string', default: '300' } } });
const familyCount = Number(values.families);

/** A small deterministic generator (mulberry32), so every run writes the same seeds. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
/** An index drawn with a Zipf spread: the first items are drawn far more often. */
const zipf = (size: number): number => Math.min(size - 1, Math.floor(size ** random()) - 1);

const SYLLABLES = ['mar', 'low', 'kes', 'sel', 'dun', 'bar', 'ton', 'vel', 'ra', 'lin', 'cor', 'ash', 'brook', 'fen', 'hal', 'mir', 'os', 'tal', 'ven', 'wick'];
const word = (parts: number) => {
  const text = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const places = Array.from({ length: 400 }, () => word(2));
const people = Array.from({ length: 1500 }, () => `${word(2)} ${word(2)}`);
const outlets = ['Harbor Gazette', 'Northern Ledger', 'Valley Wire', 'Coast Herald', 'Daily Courier', 'Metro Times', 'Evening Post', 'River Chronicle'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What can happen in a family's story: each event with two wordings and what it counts. */
const KINDS = [
  { what: 'dam', headline: ['{place} dam gives way, flooding the valley', 'Floodwater sweeps {place} after dam breach'], events: ['The {place} dam gave way on {day}, flooding {count} villages downstream.', 'Floodwater from the {place} dam swept through {count} villages on {day}.'], counted: 'At least {count} people were killed in the flood, officials said.' },
  { what: 'fire', headline: ['Wildfire forces evacuation of {place}', 'Fire near {place} burns through forest and homes'], events: ['A wildfire broke out in the hills above {place} on {day} and spread towards the town.', 'The fire above {place} started on {day} and moved quickly through dry forest.'], counted: '{count} homes were destroyed by the blaze, firefighters said.' },
  { what: 'strike', headline: ['Port workers in {place} walk out over pay', '{place} dockers strike, halting shipping'], events: ['Dock workers at the port of {place} walked out on {day} after pay talks collapsed.', 'Talks on pay collapsed and port workers in {place} stopped work on {day}.'], counted: 'Union leaders said {count} ships were stranded at anchor.' },
  { what: 'trial', headline: ['{person} goes on trial in {place}', 'Trial of {person} opens in {place} court'], events: ['The trial of {person} opened at the {place} court on {day} with the reading of the charges.', 'On {day} the court in {place} began hearing the case against {person}.'], counted: 'Prosecutors said {count} witnesses were called to testify.' },
  { what: 'quake', headline: ['Earthquake shakes {place}', 'Strong quake hits {place}, damaging buildings'], events: ['A strong earthquake struck near {place} on {day}, damaging old buildings in the centre.', 'Buildings in the centre of {place} were damaged when an earthquake struck on {day}.'], counted: '{count} people were injured, the health ministry said.' },
];

interface Generated {
  readonly name: string;
  readonly family: number;
  readonly text: string;
}

/** Write `count` families of two to four versions each. */
function generateFamilies(count: number): Generated[] {
  const seeds: Generated[] = [];
  for (let family = 0; family < count; family += 1) {
    const kind = pick(KINDS);
    // Many stories happen in the same few cities, as in real news.
    const place = places[zipf(places.length)] as string;
    const person = people[zipf(people.length)] as string;
    const official = people[zipf(people.length)] as string;
    const start = Date.UTC(2024, 0, 1) + Math.floor(random() * 700) * 86_400_000;
    const dayOf = (time: number) => WEEKDAYS[new Date(time).getUTCDay()] as string;
    const count = 3 + Math.floor(random() * 40);
    const versions = 2 + Math.floor(random() * 3);
    const chosen = [...outlets].sort(() => random() - 0.5).slice(0, versions);
    for (const [index, outlet] of chosen.entries()) {
      const published = new Date(start + 86_400_000 * (0.3 + index * 0.4 + random() * 0.5));
      // Most versions agree on the day; one in four is a day off, and one in four gives another count.
      const happened = start - (random() < 0.25 ? 86_400_000 : 0);
      const given = random() < 0.25 ? count + 1 + Math.floor(random() * 5) : count;
      const fill = (template: string) =>
        template.replaceAll('{place}', place).replaceAll('{person}', person).replaceAll('{count}', String(given)).replaceAll('{day}', dayOf(happened));
      const stamp = `${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}, 10:00 GMT`;
      const lines = [
        fill(pick(kind.headline)),
        `NEWS DESK | ${outlet.toUpperCase()} | ${stamp}`,
        '',
        fill(pick(kind.events)),
        '',
        fill(kind.counted),
        '',
        `${official}, who leads the regional council, said an inquiry would begin soon.`,
        '',
        `Residents of ${place} said they had been warned for years, and ${person} was expected to speak on ${dayOf(start + 2 * 86_400_000)}.`,
      ];
      seeds.push({ name: `f${family}-${index}.txt`, family, text: `${lines.join('\n')}\n` });
    }
  }
  return seeds;
}

const seeds = generateFamilies(familyCount);
const ingestStart = performance.now();
const items: (WeighInput & { family: number })[] = seeds.flatMap((seed) => {
  const outcome = ingestText(seed.name, seed.text);
  return outcome.briefing ? [{ briefing: outcome.briefing, keyphrases: outcome.keyphrases, family: seed.family }] : [];
});
console.log(`Ingested ${items.length} of ${seeds.length} generated seeds in ${familyCount} families (${((performance.now() - ingestStart) / 1000).toFixed(1)} s)`);

const grouped = groupStories(items);
let [truePairs, foundPairs, rightPairs] = [0, 0, 0];
for (let a = 0; a < items.length; a += 1) {
  for (let b = a + 1; b < items.length; b += 1) {
    const same = items[a]?.family === items[b]?.family;
    const [sa, sb] = [grouped[a]?.story?.id, grouped[b]?.story?.id];
    const found = sa !== undefined && sa === sb;
    truePairs += same ? 1 : 0;
    foundPairs += found ? 1 : 0;
    rightPairs += same && found ? 1 : 0;
  }
}
const precision = rightPairs / Math.max(1, foundPairs);
const recall = rightPairs / Math.max(1, truePairs);
console.log(`same story, pairwise: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall || 1)).toFixed(3)} (${truePairs} true pairs)`);
const disputed = grouped.filter((briefing) => briefing.storyEvents.some((event) => event.disputed)).length;
const counts = grouped.filter((briefing) => briefing.storyCounts.length > 0).length;
console.log(`briefings with a disputed date: ${disputed}; with a count other outlets give differently: ${counts}`);

/** `size` briefings: copies of the ingested ones, each copy with names of its own, so copies are other stories. */
function scaled(size: number): WeighInput[] {
  return Array.from({ length: size }, (_, index) => {
    const item = items[index % items.length] as WeighInput;
    const copy = Math.floor(index / items.length);
    if (copy === 0) return item;
    const rename = (name: string) => `${name} ${copy}`;
    const entities = Object.fromEntries(
      Object.entries(item.briefing.entities).map(([kind, list]) => [kind, list.map((entity) => ({ ...entity, name: rename(entity.name) }))]),
    ) as Briefing['entities'];
    const briefing: Briefing = { ...item.briefing, slug: `${item.briefing.slug}-${copy}` as Briefing['slug'], title: `${item.briefing.title} ${copy}`, entities };
    return { briefing, keyphrases: item.keyphrases.map((phrase) => ({ ...phrase, key: rename(phrase.key) })) };
  });
}

for (const size of [1000, 4000, 10000]) {
  const input = scaled(size);
  groupStories(input.slice(0, 200));
  const start = performance.now();
  groupStories(input);
  const ms = performance.now() - start;
  console.log(`story step on ${size} briefings: ${ms.toFixed(0)} ms, ${((ms / size) * 1000).toFixed(0)} µs per briefing`);
}
