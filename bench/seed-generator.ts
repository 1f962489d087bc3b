/**
 * Generated seeds for the benchmark: news-shaped text with people, places, organisations,
 * outlets, topics, lengths and dates drawn from large pools with a Zipf spread, as real sets of
 * articles have them (a few names in many briefings, most names in one or two). Every word comes
 * from the lists below, written for the benchmark; no article text is copied.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OUTLETS } from '../src/pipeline/reference/outlets.ts';

const FIRST_NAMES = (
  'Amara Bastian Celia Dmitri Elena Farid Greta Hamid Ines Jonas Kavya Lucas Mireille Nikhil Olga Pablo Quentin Rosa Samir Tamsin ' +
  'Ulrich Vera Wendell Ximena Yusuf Zofia Anika Bruno Chiara Dario Esther Felix Gideon Hana Ivo Jalen Keiko Leandro Marta Noor ' +
  'Oskar Priya Rafael Sofia Tobias Ursula Viktor Wanjiru Yara Zeno Adaeze Bogdan Carmen Desmond Elif Fatima Gustavo Helga Idris Jun'
).split(' ');
const SURNAMES = (
  'Abara Brennan Castellano Dufresne Eriksen Fontaine Garaud Halvorsen Ibekwe Jankowski Kowalczyk Lindqvist Moreau Nakashima Okonjo ' +
  'Petrakis Quintero Rasmussen Salgado Takeda Uribe Valdivia Whitcombe Xiong Yilmaz Zamora Achterberg Bellamy Cardenas Delacroix ' +
  'Esposito Falkenrath Gallardo Haddad Iversen Jovanovic Kessler Laurent Mbeki Novak Oduya Pellegrini Quarshie Rinaldi Santangelo ' +
  'Thorsen Ulloa Varga Wojcik Yamamoto Zielinski Amundsen Brandt Costa Draper Ekwueme Ferreira Grimaldi Hartmann Ivanova Jensen ' +
  'Kuznetsov Lombardi Marchetti Nyberg Orlov Paredes Ramos Sorensen Tanaka Vasquez Weller Ziegler Adeyemi Bergstrom Calloway'
).split(' ');
const PLACE_STARTS = 'Mar Bel Tor Ash Kel Vor San Lin Gal Ost Riv Dun Hal Pen Cor Tam Ves Bra Nor Eld Far Gor Hel Ist Jor'.split(' ');
const PLACE_ENDS = 'ford ovia ana stad mouth bury grad ville port heim esh ara ino akh well'.split(' ');
const PLACE_FORMS = ['* Province', '* Valley', 'Port *', '* County', 'Lake *', '* District', '* Island'];
const ORG_KINDS = ['Port Authority', 'Water Board', 'Teachers Union', 'Chamber of Commerce', 'Energy Company', 'Rail Corporation', 'Health Service', 'Electoral Commission', 'Farmers Association', 'Police Department'];
const ROLES = ['spokesperson', 'chair', 'director', 'minister', 'mayor', 'chief executive', 'deputy', 'lawyer', 'analyst', 'organiser'];
const TOPICS = (
  'budget harbour drought tariff election strike pipeline vaccine ceasefire flood subsidy bridge railway fishery wildfire pension ' +
  'curfew refinery census referendum merger audit heatwave landslide shipyard mine dam airport wage housing'
).split(' ');
const DESKS = ['WORLD DESK', 'NEWS DESK', 'POLITICS DESK', 'BUSINESS DESK', 'METRO DESK', 'REGIONAL DESK'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ZONES = ['GMT', 'UTC', 'IST', 'EST', 'CET'];

/** Something to draw items from. */
interface Draw<T> {
  draw(random: () => number): T;
}

/** Draws from `pool` with a Zipf spread: the k-th item is chosen in proportion to 1/k^exponent. */
function zipf<T>(pool: readonly T[], exponent = 1.05): Draw<T> {
  let sum = 0;
  const cumulative = pool.map((_, rank) => (sum += 1 / (rank + 1) ** exponent));
  return {
    draw(random) {
      const target = random() * sum;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((cumulative[middle] ?? 0) < target) low = middle + 1;
        else high = middle;
      }
      return pool[low] as T;
    },
  };
}

/** The pools, shuffled once so the most frequent names are not alphabetical. */
function makePools(random: () => number) {
  const people = shuffle(FIRST_NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`)), random);
  const stems = shuffle(PLACE_STARTS.flatMap((start) => PLACE_ENDS.map((end) => `${start}${end}`)), random);
  // Written the way news names a place (`Tamino Province`, `Lake Kelport`), so ingest reads it as one.
  const places = stems.map((stem, index) => PLACE_FORMS[index % PLACE_FORMS.length]?.replace('*', stem) ?? stem);
  const organizations = shuffle(stems.slice(0, 60).flatMap((stem) => ORG_KINDS.map((kind) => `${stem} ${kind}`)), random);
  return {
    people: zipf(people),
    places: zipf(places),
    organizations: zipf(organizations),
    outlets: zipf(shuffle(DEFAULT_OUTLETS.map((outlet) => outlet.name), random)),
    topics: zipf(shuffle(TOPICS, random), 0.8),
    // Publication days: most recent ones most often, back to the start of 2016.
    daysBack: zipf(Array.from({ length: 3650 }, (_, day) => day), 0.6),
  };
}

type Pools = ReturnType<typeof makePools>;

/** One sentence, from a template, naming what the pools give. */
function makeSentence(pools: Pools, random: () => number, published: Date): string {
  const person = pools.people.draw(random);
  const other = pools.people.draw(random);
  const place = pools.places.draw(random);
  const organization = pools.organizations.draw(random);
  const topic = pools.topics.draw(random);
  const role = pick(ROLES, random);
  const weekday = pick(WEEKDAYS, random);
  const number = Math.floor(random() * 900) + 12;
  const earlier = new Date(published.getTime() - Math.floor(random() * 400) * 86_400_000);
  const dated = `${earlier.getUTCDate()} ${MONTHS[earlier.getUTCMonth()]} ${earlier.getUTCFullYear()}`;
  const templates = [
    `${person}, the ${role} of the ${organization}, said on ${weekday} that talks on the ${topic} in ${place} would resume next week.`,
    `Officials in ${place} said ${number} people had been affected by the ${topic} since ${dated}.`,
    `“We will not accept a deal on the ${topic} that leaves ${place} behind,” ${person} told reporters.`,
    `The ${organization} had warned in ${MONTHS[earlier.getUTCMonth()]} that the ${topic} would cost about ${number} million.`,
    `${person} met ${other} in ${place} on ${weekday}, according to two people familiar with the meeting.`,
    `Critics, among them ${other}, say the ${topic} plan was rushed through without a vote.`,
    `A report by the ${organization} published on ${dated} found that the ${topic} had doubled in three years.`,
    `Residents of ${place} gathered outside the offices of the ${organization} last week to protest against the ${topic}.`,
    `${person} declined to comment when asked about the ${topic}, a spokesperson said.`,
    `The ${role}, ${person}, is expected to visit ${place} before the end of the year.`,
  ];
  return pick(templates, random);
}

/** The text of one seed: headline, byline, dek, sometimes a TL;DR, a body of varied length, sometimes a repeat. */
function makeSeed(pools: Pools, random: () => number): string {
  const published = new Date(Date.UTC(2025, 11, 31) - pools.daysBack.draw(random) * 86_400_000 - Math.floor(random() * 86_400_000));
  const month = published.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const time = `${String(published.getUTCHours()).padStart(2, '0')}:${String(published.getUTCMinutes()).padStart(2, '0')}`;
  const byline = `${pick(DESKS, random)} | ${pools.outlets.draw(random)} | ${month} ${published.getUTCDate()}, ${published.getUTCFullYear()}, ${time} ${pick(ZONES, random)}`;
  const topic = pools.topics.draw(random);
  const place = pools.places.draw(random);
  const headline = `${capitalise(topic)} row in ${place} deepens as ${pools.people.draw(random)} faces questions`;
  // Lengths spread like real articles: most 5 to 15 paragraphs, a few past 40.
  const paragraphCount = Math.min(60, Math.max(2, Math.round(Math.exp(2.5 + 0.55 * gaussian(random)))));
  const body = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => makeSentence(pools, random, published)).join(' '),
  );
  const lines = [headline, byline, headline, makeSentence(pools, random, published)];
  if (random() < 0.3) lines.push('TL;DR', makeSentence(pools, random, published));
  lines.push(...body);
  if (random() < 0.2) lines.push(...body.slice(0, 2));
  return `${lines.join('\n')}\n`;
}

/** Write `count` seeds into `folder`; the same `count` always gives the same seeds. Returns their bytes in all. */
export function generateSeeds(folder: string, count: number): number {
  mkdirSync(folder, { recursive: true });
  const random = lcg(20251230);
  const pools = makePools(random);
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const text = makeSeed(pools, random);
    writeFileSync(path.join(folder, `seed-${String(index).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A seeded generator, so every run benches the same seeds. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
