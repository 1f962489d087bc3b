/**
 * Stories: the briefings of several outlets about the same thing, found over the whole set.
 * Each briefing is a weighted bag of what it names (people, organisations, places, key phrases,
 * headline words, days its events fall on), weighed by tf-idf over the set; two briefings
 * published close together whose bags are near (cosine) tell one story. Only features a few
 * briefings share are looked up, so the step stays near-linear in the number of briefings.
 * A curator's `story:` in a sidecar joins a story by id, or (`null`) keeps a briefing alone.
 */
import { createHash } from 'node:crypto';
import { isFiner } from '../dates/calendar.ts';
import { foldName } from '../stages/metadata/fold.ts';
import type { Briefing, DateMention, Slug, StoryCount, StoryEvent, Telling } from '../types.ts';
import type { WeighInput } from './weigh-topics.ts';

/** Briefings this alike (cosine of their weighted bags) tell the same story. */
const SAME_STORY = 0.3;
/** Briefings of one story are published within this many days of each other. */
const WINDOW_DAYS = 10;
/** A feature more briefings than this share says too little to look pairs up by (`Donald Trump`). */
const MAX_SHARED = 200;
const DAY_MS = 86_400_000;
/** A name is rare enough to tie two briefings when at most this share of the set uses it (or this many, in small sets). */
const RARE_NAME_SHARE = 0.02;
const RARE_NAME_MIN = 5;
/**
 * Weights are tf-idf with a prior: the set counts as if it had this many more briefings that
 * share none of the features, so a set of four briefings (one story from a few outlets) still
 * tells a story's names from those every briefing names.
 */
const PRIOR_BRIEFINGS = 100;

/** Whether a feature is a name (an entity, or a word of the headline) rather than a phrase or a day. */
function isName(key: string): boolean {
  return !key.startsWith('phrase:') && !key.startsWith('day:');
}

/** What a curator said of a briefing's story: an id to join, or null to stand alone. */
export type CuratorStories = ReadonlyMap<string, string | null>;

/**
 * Group the briefings into stories and give each member its story, the events it tells with
 * the other members, and the counts it gives differently from them.
 *
 * @example groupStories([cnn, reuters, weather]).map((b) => b.story?.id) // ['cnn-strike', 'cnn-strike', undefined]
 */
export function groupStories(items: readonly WeighInput[], curatorStories: CuratorStories = new Map()): Briefing[] {
  const briefings = items.map((item) => item.briefing);
  const vectors = weighFeatures(items);
  const groups = findGroups(briefings, vectors, curatorStories);
  const result = [...briefings];
  for (const { members, id } of groups) {
    if (members.length < 2) continue;
    const ordered = [...members].sort((a, b) => compareBriefings(briefings[a] as Briefing, briefings[b] as Briefing));
    const story = { id: (id ?? (briefings[ordered[0] as number] as Briefing).slug) as Slug, title: centralTitle(ordered, briefings, vectors) };
    const memberBriefings = ordered.map((index) => briefings[index] as Briefing);
    const events = mergeEvents(memberBriefings);
    const counts = findCountDisagreements(memberBriefings);
    for (const index of ordered) {
      const briefing = briefings[index] as Briefing;
      result[index] = {
        ...briefing,
        story,
        storyEvents: events.filter((event) => event.tellings.some((telling) => telling.briefing === briefing.slug)),
        storyCounts: counts.filter((count) => count.claims.some((claim) => claim.briefing === briefing.slug)),
      };
    }
  }
  return result;
}

type Vector = Map<string, number>;

/** Each briefing's features with their tf-idf weights, scaled to unit length. */
function weighFeatures(items: readonly WeighInput[]): Vector[] {
  const raw = items.map(rawFeatures);
  const shared = new Map<string, number>();
  for (const features of raw) for (const key of features.keys()) shared.set(key, (shared.get(key) ?? 0) + 1);
  return raw.map((features) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [key, weight] of features) {
      const df = shared.get(key) ?? 1;
      const value = weight * Math.log((items.length + PRIOR_BRIEFINGS) / (df + 1));
      norm += value * value;
      // A feature no other briefing has cannot join two briefings: it counts in the length, but
      // leaving it out of the vector keeps the vectors small.
      if (df > 1) vector.set(key, value);
    }
    norm = Math.sqrt(norm);
    for (const [key, value] of vector) vector.set(key, norm === 0 ? 0 : value / norm);
    return vector;
  });
}

/** The features of one briefing before weighing: names count most, then phrases, headline words and event days. */
function rawFeatures({ briefing, keyphrases }: WeighInput): Vector {
  const features: Vector = new Map();
  const add = (key: string, weight: number) => features.set(key, Math.max(features.get(key) ?? 0, weight));
  for (const kind of ['people', 'organizations', 'places'] as const) {
    for (const entity of briefing.entities[kind]) {
      const prominent = entity.mentions.some((id) => id === 'title' || id === 'dek' || id === 'summary');
      add(`${kind}:${foldName(entity.name)}`, (1 + Math.log(entity.mentions.length || 1)) * (prominent ? 2 : 1));
    }
  }
  for (const phrase of keyphrases) add(`phrase:${phrase.key}`, Math.log(1 + phrase.count) * (phrase.key.includes(' ') ? 1 : 0.5));
  for (const word of contentWords(briefing.title)) add(`title:${word}`, 1);
  // Capitalised words inside sentences, whatever the entity stage made of them: a name it left
  // out as unsure (`Kessel`, `Marlow`) still ties the outlets that write it.
  for (const [word, count] of capitalisedWords(briefing)) add(`name:${word}`, 0.5 * (1 + Math.log(count)));
  for (const event of briefing.timeline) {
    if (event.date.start !== null && event.date.start === event.date.end) add(`day:${event.date.start}`, 0.5);
  }
  return features;
}

/** Capitalised words of four letters or more that do not open a sentence, folded, with their counts. */
function capitalisedWords(briefing: Briefing): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of briefing.body) for (const [word, count] of capitalisedIn(text)) counts.set(word, (counts.get(word) ?? 0) + count);
  return counts;
}

function capitalisedIn(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{Ll}\p{M}'’-]{3,}/gu)) {
    const word = foldName(match[0]);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Words of four letters or more, lower-case: enough to tell what a headline or clause is about in most scripts. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]{3,}/gu) ?? []).map((word) => word.replace(/['’]s$/u, '')));
}

/**
 * Join briefings into groups: those alike enough and close enough in time, and those a curator
 * put in one story. Two stories a curator named apart are never joined.
 */
function findGroups(
  briefings: readonly Briefing[],
  vectors: readonly Vector[],
  curatorStories: CuratorStories,
): { members: number[]; id: string | undefined }[] {
  const parent = briefings.map((_, index) => index);
  // A story's id is the slug of its first briefing, so a curator joins a story by naming it:
  // the briefing of that slug carries the id as if its curator had set it.
  const named = new Set([...curatorStories.values()].filter((id) => typeof id === 'string'));
  const label: (string | undefined)[] = briefings.map((briefing) => {
    const id = curatorStories.get(briefing.slug);
    if (id === undefined && named.has(briefing.slug)) return briefing.slug;
    return typeof id === 'string' ? id : undefined;
  });
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at] as number] as number;
      at = parent[at] as number;
    }
    return at;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) return;
    const [la, lb] = [label[ra], label[rb]];
    if (la !== undefined && lb !== undefined && la !== lb) return;
    parent[rb] = ra;
    label[ra] = la ?? lb;
  };
  const alone = (index: number) => curatorStories.get((briefings[index] as Briefing).slug) === null;

  const byCuratorId = new Map<string, number>();
  for (const [index, id] of label.entries()) {
    if (id === undefined) continue;
    const first = byCuratorId.get(id);
    if (first === undefined) byCuratorId.set(id, index);
    else join(first, index);
  }

  // Each feature's briefings in order, with the feature's weight in each.
  const postings = new Map<string, { members: number[]; weights: number[] }>();
  for (const [index, vector] of vectors.entries()) {
    if (alone(index)) continue;
    for (const [key, value] of vector) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, { members: [index], weights: [value] });
      else {
        list.members.push(index);
        list.weights.push(value);
      }
    }
  }
  // Two briefings of one story share a name few others use: the place, the person, the
  // headline's own word. A name every tenth briefing uses (a head of state) is not enough.
  const rareEnough = Math.max(RARE_NAME_MIN, briefings.length * RARE_NAME_SHARE);
  const times = briefings.map((briefing) => (briefing.published === null ? Number.NaN : Date.parse(briefing.published)));
  // Dot products with the briefings after this one, in the order they were first met; an
  // undated briefing is near every other in time.
  const dots = new Float64Array(briefings.length);
  const namesShared = new Uint8Array(briefings.length);
  const isMet = new Uint8Array(briefings.length);
  const met: number[] = [];
  for (const [index, vector] of vectors.entries()) {
    if (alone(index)) continue;
    const time = times[index] as number;
    for (const [key, value] of vector) {
      const { members, weights } = postings.get(key) as { members: number[]; weights: number[] };
      if (members.length > MAX_SHARED) continue;
      const telling = members.length <= rareEnough && isName(key);
      for (let at = firstAfter(members, index); at < members.length; at += 1) {
        const other = members[at] as number;
        // A pair further apart in time is never joined, so its product is not worth taking.
        if (Math.abs(time - (times[other] as number)) > WINDOW_DAYS * DAY_MS) continue;
        if (isMet[other] === 0) {
          isMet[other] = 1;
          met.push(other);
        }
        dots[other] = (dots[other] as number) + value * (weights[at] as number);
        if (telling) namesShared[other] = 1;
      }
    }
    for (const other of met) {
      if (namesShared[other] === 1 && (dots[other] as number) >= SAME_STORY) join(index, other);
      dots[other] = 0;
      namesShared[other] = 0;
      isMet[other] = 0;
    }
    met.length = 0;
  }
  const groups = new Map<number, number[]>();
  for (const index of briefings.keys()) {
    const at = root(index);
    const group = groups.get(at);
    if (group === undefined) groups.set(at, [index]);
    else group.push(index);
  }
  return [...groups].map(([at, members]) => ({ members, id: label[at] }));
}

/** The position of the first member after `index` in an ascending list. */
function firstAfter(members: readonly number[], index: number): number {
  let [low, high] = [0, members.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((members[middle] as number) <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Earliest published first, undated last, then by slug: the order that makes a story's id stable. */
function compareBriefings(a: Briefing, b: Briefing): number {
  const [ta, tb] = [a.published === null ? Infinity : Date.parse(a.published), b.published === null ? Infinity : Date.parse(b.published)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The headline of the member most like the others: the story as most of its outlets tell it. */
function centralTitle(members: readonly number[], briefings: readonly Briefing[], vectors: readonly Vector[]): string {
  let best = members[0] as number;
  let bestScore = -1;
  for (const index of members) {
    let score = 0;
    for (const other of members) if (other !== index) score += dot(vectors[index] as Vector, vectors[other] as Vector);
    if (score > bestScore + 1e-9) [best, bestScore] = [index, score];
  }
  return (briefings[best] as Briefing).title;
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (const [key, value] of a) sum += value * (b.get(key) ?? 0);
  return sum;
}

/** Clauses this alike (shared words over the shorter clause's words) tell the same event. */
const SAME_EVENT = 0.5;
/** With a name in common, clauses need share less. */
const SAME_EVENT_SAME_NAME = 0.34;
/**
 * Clauses that give dates with no day in common are the same event (and the outlets disagree)
 * only when they are told nearly alike (shared words over both clauses' words), each with a
 * single date: otherwise they are two events.
 */
const SAME_EVENT_OTHER_DATE = 0.6;
const SHARED_WORDS_OTHER_DATE = 3;


interface Told extends Telling {
  readonly about: readonly string[];
  readonly words: ReadonlySet<string>;
}

/**
 * The events several members tell, each once: clauses of different briefings that share most of
 * their words (words most of the story's clauses use, like its main name, do not count), dated
 * by the most precise date all tellings agree with; `disputed` when some cannot all be true.
 */
export function mergeEvents(members: readonly Briefing[]): StoryEvent[] {
  const told: Told[] = members.flatMap((briefing) =>
    briefing.timeline
      .filter((event) => event.date.start !== null)
      .map((event) => ({
        briefing: briefing.slug,
        outlet: briefing.outlet,
        paragraph: event.paragraph,
        text: event.text,
        date: event.date,
        // The names the clause is about: those the entity stage found, and its capitalised words.
        about: [...event.about.map(foldName), ...capitalisedIn(event.text).keys()],
        words: stems(contentWords(event.text.replace(event.date.phrase, ' '))),
      })),
  );
  const clauseCounts = new Map<string, number>();
  const clauseKey = (telling: Told) => `${telling.briefing}\n${telling.paragraph}\n${telling.text}`;
  for (const telling of told) clauseCounts.set(clauseKey(telling), (clauseCounts.get(clauseKey(telling)) ?? 0) + 1);
  const datesInClause = (telling: Told) => clauseCounts.get(clauseKey(telling)) ?? 1;
  const common = wordsMostUse(told);
  const words = told.map((telling) => new Set([...telling.words].filter((word) => !common.has(word))));
  // Each event holds at most one telling per briefing: a briefing's two clauses are two events.
  const groups = told.map((telling) => [telling]);
  const groupOf = told.map((_, index) => index);
  const pairs: { a: number; b: number; overlap: number }[] = [];
  for (let a = 0; a < told.length; a += 1) {
    for (let b = a + 1; b < told.length; b += 1) {
      const [ta, tb] = [told[a] as Told, told[b] as Told];
      if (ta.briefing === tb.briefing) continue;
      const [wa, wb] = [words[a] as Set<string>, words[b] as Set<string>];
      const shared = [...wa].filter((word) => wb.has(word)).length;
      const overlap = shared / Math.max(1, Math.min(wa.size, wb.size));
      const sameName = ta.about.some((name) => tb.about.includes(name));
      const alike = shared >= 2 && (overlap >= SAME_EVENT || (sameName && overlap >= SAME_EVENT_SAME_NAME));
      const disputed = !daysMeet(ta.date, tb.date);
      const dice = (2 * shared) / Math.max(1, wa.size + wb.size);
      const toldAlike = dice >= SAME_EVENT_OTHER_DATE && shared >= SHARED_WORDS_OTHER_DATE && sameName && datesInClause(ta) === 1 && datesInClause(tb) === 1;
      if (alike && (!disputed || toldAlike)) pairs.push({ a, b, overlap });
    }
  }
  // The closest pairs join first, so a clause joins the event it tells best.
  for (const { a, b } of pairs.sort((x, y) => y.overlap - x.overlap || x.a - y.a || x.b - y.b)) {
    const [ga, gb] = [groupOf[a] as number, groupOf[b] as number];
    const [into, from] = [groups[ga] as Told[], groups[gb] as Told[]];
    if (ga === gb || from.some((telling) => into.some((other) => other.briefing === telling.briefing))) continue;
    into.push(...from);
    for (const [index, group] of groupOf.entries()) if (group === gb) groupOf[index] = ga;
    groups[gb] = [];
  }
  const events: StoryEvent[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const { date, disputed } = agreedDate(group.map((telling) => telling.date));
    const tellings = group.map(({ briefing, outlet, paragraph, text, date: given }) => ({ briefing, outlet, paragraph, text, date: given }));
    events.push({ id: eventId(tellings[0] as Telling), date, tellings, disputed });
  }
  return events.sort((a, b) => ((a.date.start ?? '') < (b.date.start ?? '') ? -1 : (a.date.start ?? '') > (b.date.start ?? '') ? 1 : 0));
}

/** Words cut to their first five letters: `cracked` and `cracks` are one word, in most languages that inflect at the end. */
function stems(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].map((word) => word.slice(0, 5)));
}

/** Words more than half the story's clauses use (and at least three of them): the story's own name, not an event's. */
function wordsMostUse(told: readonly Told[]): Set<string> {
  const counts = new Map<string, number>();
  for (const telling of told) for (const word of telling.words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= 3 && count > told.length / 2).map(([word]) => word));
}

/**
 * The date of an event from the dates its tellings give: the most precise one that shares a day
 * with every other; when there is none, the most precise of those that agree with most.
 */
export function agreedDate(dates: readonly DateMention[]): { date: DateMention; disputed: boolean } {
  const scored = dates.map((date) => ({ date, agreeing: dates.filter((other) => daysMeet(date, other)).length }));
  const most = Math.max(...scored.map((entry) => entry.agreeing));
  const best = scored
    .filter((entry) => entry.agreeing === most)
    .sort((a, b) => (isFiner(a.date.precision, b.date.precision) ? -1 : isFiner(b.date.precision, a.date.precision) ? 1 : 0))[0] as (typeof scored)[number];
  return { date: best.date, disputed: most < dates.length };
}

/** Whether two dated mentions share a day. */
function daysMeet(a: DateMention, b: DateMention): boolean {
  return (a.start as string) <= (b.end as string) && (b.start as string) <= (a.end as string);
}

function eventId(first: Telling): string {
  const key = `${first.briefing}\n${first.paragraph}\n${first.date.offset}\n${first.date.phrase}`;
  return `e-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (word, index) => [word, index + 1],
  ),
);
const AMOUNT = `(\\d{1,3}(?:,\\d{3})*|${Object.keys(NUMBER_WORDS).join('|')})`;
const AUXILIARY = '(?:were|was|are|is|have been|has been|had been|been)';
const PARTICIPLE = '(\\p{Ll}{3,}ed)';
/** Words between a number and its participle that are no noun: auxiliaries and the words that join clauses. */
const NOT_A_NOUN = `(?:${AUXILIARY}|and|or|but|nor|the|who|which|that|than)\\b`;
const NOUN = `(?!${NOT_A_NOUN})(\\p{Ll}{3,})`;
/**
 * A count and what it counts: a number, a noun (after at most one other word) and the participle
 * of its clause, after it (`three fishing boats were destroyed`) or before it (`killed 11
 * people`). The shape, not a list of verbs: any count the text ties to a participle can be
 * compared across outlets.
 */
const COUNT_THEN_PARTICIPLE = new RegExp(`\\b${AMOUNT}\\s+(?:(?!${NOT_A_NOUN})\\p{L}+\\s+)?${NOUN}\\s+(?:${AUXILIARY}\\s+)?${PARTICIPLE}\\b`, 'gu');
const PARTICIPLE_THEN_COUNT = new RegExp(`\\b${PARTICIPLE}\\s+(?:(?:at least|about|some|nearly|more than|over|up to)\\s+)?${AMOUNT}\\s+${NOUN}\\b`, 'gu');

interface CountClaim {
  readonly what: string;
  readonly count: number;
  readonly text: string;
  readonly paragraph: string;
}

/** The counts a briefing gives, by what they count (`people killed`); its first claim of each. */
export function findCounts(briefing: Briefing): CountClaim[] {
  const passages = [...(briefing.summary ? [{ id: 'summary', text: briefing.summary }] : []), ...briefing.body];
  const claims = new Map<string, CountClaim>();
  const claim = (amount: string, noun: string, verb: string, text: string, paragraph: string) => {
    const count = /^\d/.test(amount) ? Number(amount.replaceAll(',', '')) : (NUMBER_WORDS[amount] as number);
    const what = `${noun} ${verb}`;
    if (!claims.has(what)) claims.set(what, { what, count, text: text.trim(), paragraph });
  };
  for (const { id, text } of passages) {
    // Matched in lower case (`Three boats were destroyed`), quoted as written.
    const lower = text.toLowerCase();
    const quoted = (match: RegExpMatchArray) => (lower.length === text.length ? text.slice(match.index, (match.index ?? 0) + match[0].length) : match[0]);
    for (const match of lower.matchAll(COUNT_THEN_PARTICIPLE)) claim(match[1] as string, match[2] as string, match[3] as string, quoted(match), id);
    for (const match of lower.matchAll(PARTICIPLE_THEN_COUNT)) claim(match[2] as string, match[3] as string, match[1] as string, quoted(match), id);
  }
  return [...claims.values()];
}

/** Counts are compared between briefings published this close: a toll that rises over a week is news, not a disagreement. */
const COUNT_WINDOW_MS = 2 * DAY_MS;

/**
 * Counts the members of a story give differently at about the same time, with what each member
 * says. Claims of one kind are taken in order of publication; a claim within two days of the one
 * before stays in its run, and a run with two numbers is a disagreement. Undated briefings are
 * not compared.
 */
function findCountDisagreements(members: readonly Briefing[]): StoryCount[] {
  const byWhat = new Map<string, { time: number; claim: StoryCount['claims'][number] }[]>();
  for (const briefing of members) {
    const time = briefing.published === null ? Number.NaN : Date.parse(briefing.published);
    if (Number.isNaN(time)) continue;
    for (const claim of findCounts(briefing)) {
      const list = byWhat.get(claim.what) ?? [];
      list.push({ time, claim: { briefing: briefing.slug, outlet: briefing.outlet, paragraph: claim.paragraph, count: claim.count, text: claim.text } });
      byWhat.set(claim.what, list);
    }
  }
  const disagreements: StoryCount[] = [];
  for (const [what, claims] of byWhat) {
    let run: typeof claims = [];
    const close = () => {
      if (new Set(run.map(({ claim }) => claim.count)).size > 1) disagreements.push({ what, claims: run.map(({ claim }) => claim) });
    };
    for (const entry of [...claims].sort((a, b) => a.time - b.time)) {
      const last = run.at(-1);
      if (last !== undefined && entry.time - last.time > COUNT_WINDOW_MS) {
        close();
        run = [];
      }
      run.push(entry);
    }
    close();
  }
  return disagreements;
}
