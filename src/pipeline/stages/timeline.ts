/**
 * Build the timeline of a briefing from its dated phrases: each date on the calendar becomes an
 * event told by the clause that carries it. The summary retells the body, so a summary event
 * that the body also tells is one event; when the two give dates that cannot both be true
 * (no day in common), the body's date stands and the summary's is kept as a conflict. A later
 * paragraph that retells an event of an earlier one with such a date is a conflict too.
 *
 * A date more than a year after the publication is an event only when its clause looks ahead
 * (`will`, `plans`, `is scheduled`, `by 2030`): otherwise it is a number that reads as a year
 * (`a 2072 score`), or a date that names a thing (`the 2030 bonds`), not something that happens.
 */
import { formatDay, fromDayNumber, parseDay, toDayNumber } from '../dates/calendar.ts';
import { splitSentences, type SentenceRange } from '../dates/sentences.ts';
import type { DateMention, Paragraph, PublishedInstant, TimelineEvent } from '../types.ts';
import { readingOrder } from './dates.ts';

/** The parts of an article events are told in, and when it was published (null when undated). */
export interface TimelineText {
  readonly summary: string | null;
  readonly body: readonly Paragraph[];
  readonly published: PublishedInstant | null;
}

/** Words that make a clause look ahead, so that a date years away can be an event of it. */
const FUTURE_CUES = new Set(
  (
    'will shall would plan plans planned planning scheduled schedule due expect expects expected aim aims aiming target targets targeted ' +
    'forecast forecasts projected projects intend intends intended deadline pledge pledged pledges promise promised promises vow vowed ' +
    'propose proposed proposes goal until upcoming next coming future hope hopes hoping sometime likely possible feasible whether'
  ).split(' '),
);

/** How alike two body clauses must be to tell the same event: stricter than a summary's, which is known to retell the body. */
const SAME_BODY_EVENT_WORDS = 4;
const SAME_BODY_EVENT_SHARE = 0.6;

/** Words too common to tell two events apart. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of in on at to for from by with without into onto over under about after before as per than that this these those ' +
    'which who whom whose what when where while is are was were be been being has have had do does did will would shall should can could may might ' +
    'must it its he she they them his her their there here we our you your i not no so also said says say according out up along very more most ' +
    'other some such only just then now first'
  ).split(' '),
);

/** How alike two clauses must be to tell the same event: shared words, and their share of the shorter clause. */
const SAME_EVENT_WORDS = 3;
const SAME_EVENT_SHARE = 0.3;

/** An event, and the words and numbers it is told with, to find it again when it is retold. */
interface Told {
  event: TimelineEvent;
  readonly words: ReadonlySet<string>;
  /** Numbers of the clause other than its dates: `$5 million` and `$7 million` are two facts, not one told twice. */
  readonly numbers: string;
}

/** A person, organisation or place an event may be about: its canonical name and other names. */
export interface NamedEntity {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * Build the timeline events of a briefing, in calendar order. `entities` are the people,
 * organisations and places the briefing speaks of; an event is about those its clause names,
 * by their name or an alias, and lists their canonical names.
 *
 * @example buildTimeline({ summary: null, body: [{ id: 'p-1', text: 'Trump spoke Monday.' }], published: null }, dates, [{ name: 'Donald Trump', aliases: ['Trump'] }])
 *   // [{ text: 'Trump spoke Monday.', paragraph: 'p-1', about: ['Donald Trump'], date: { phrase: 'Monday', … }, conflicts: [] }]
 */
export function buildTimeline(text: TimelineText, dates: readonly DateMention[], entities: readonly NamedEntity[]): TimelineEvent[] {
  const told: Told[] = [];
  const horizon = yearAfter(text.published);
  for (const paragraph of readingOrder(text)) {
    const inParagraph = dates.filter((date) => date.paragraph === paragraph.id).sort((a, b) => a.offset - b.offset);
    if (inParagraph.length === 0) continue;
    const clauses = splitClauses(paragraph.text);
    let next = 0;
    for (const clause of clauses) {
      const inClause: DateMention[] = [];
      while (next < inParagraph.length && (inParagraph[next]?.offset ?? 0) < clause.end) {
        const date = inParagraph[next];
        if (date !== undefined && date.offset >= clause.start) inClause.push(date);
        next += 1;
      }
      // Lengths and recurrences (`five years`, `every Monday`) have no place on the calendar.
      const eventText = paragraph.text.slice(clause.start, clause.end);
      const placed = inClause.filter(
        (date) =>
          (date.type === 'DATE' || date.type === 'TIME') &&
          date.start !== null &&
          date.precision !== 'reference' &&
          !isPresentState(paragraph.text, clause, date) &&
          (horizon === null || date.start <= horizon || looksAhead(paragraph.text, clause, date)),
      );
      if (placed.length === 0) continue;
      const words = contentWords(eventText, clause.start, inClause);
      const numbers = numbersOf(eventText, clause.start, inClause);
      const about = entities.filter((entity) => [entity.name, ...entity.aliases].some((name) => isNamedIn(eventText, name))).map((entity) => entity.name);
      // The same clause may carry the same date twice (`Monday … on Monday`): one event.
      const values = new Set<string>();
      for (const date of placed) {
        if (values.has(date.value)) continue;
        values.add(date.value);
        told.push({ event: { text: eventText, paragraph: paragraph.id, about, date, conflicts: [] }, words, numbers });
      }
    }
  }
  return flagSplitWeekdays(mergeRetold(told).map(({ event }) => event))
    .sort((a, b) => compare(a.date.start ?? '', b.date.start ?? '') || compare(a.date.end ?? '', b.date.end ?? ''));
}

/** A weekday named alone, without `last`, `next` or a date beside it. */
const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * A news story names a weekday alone for one day near its dateline, so the same bare weekday
 * resolved to two days (one read back by a past tense, one ahead by a future) means one of the
 * two is wrong: each event lists the other days as conflicts, for a curator to settle.
 */
function flagSplitWeekdays(events: readonly TimelineEvent[]): TimelineEvent[] {
  const byName = new Map<string, DateMention[]>();
  for (const { date } of events) {
    if (!BARE_WEEKDAY.test(date.phrase)) continue;
    const name = date.phrase.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), date]);
  }
  return events.map((event) => {
    const others = BARE_WEEKDAY.test(event.date.phrase) ? (byName.get(event.date.phrase.toLowerCase()) ?? []) : [];
    const disagreeing = others.filter((date) => date.value !== event.date.value && !event.conflicts.some((known) => known.value === date.value));
    const unique = disagreeing.filter((date, index) => disagreeing.findIndex((other) => other.value === date.value) === index);
    return unique.length === 0 ? event : { ...event, conflicts: [...event.conflicts, ...unique] };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fold each summary event into the body event that tells the same thing. Compatible dates keep
 * the finer one; dates with no day in common keep the body's and list the summary's as a conflict.
 */
function mergeRetold(told: readonly Told[]): Told[] {
  const body = told.filter(({ event }) => event.paragraph !== 'summary').map((item) => ({ ...item, event: { ...item.event } }));
  const kept: Told[] = [];
  for (const item of told) {
    if (item.event.paragraph !== 'summary') continue;
    const match = findRetelling(item, body);
    if (match === null) {
      kept.push(item);
      continue;
    }
    const summaryDate = item.event.date;
    const bodyDate = match.event.date;
    if (!overlaps(summaryDate, bodyDate)) {
      match.event = { ...match.event, conflicts: [...match.event.conflicts, summaryDate] };
    } else if (isNarrower(summaryDate, bodyDate)) {
      match.event = { ...match.event, date: summaryDate };
    }
  }
  return [...kept, ...foldRetoldInBody(body)];
}

/**
 * Fold each body event that a later paragraph retells with a date that cannot be true with its
 * own: the first telling stands, the later date is its conflict. Retellings whose dates agree
 * stay as they are, two clauses of the text.
 */
function foldRetoldInBody(body: readonly Told[]): Told[] {
  const kept: Told[] = [];
  for (const item of body) {
    const earlier = kept.filter((candidate) => candidate.event.paragraph !== item.event.paragraph && candidate.numbers === item.numbers);
    const match = findRetelling(item, earlier, SAME_BODY_EVENT_WORDS, SAME_BODY_EVENT_SHARE);
    if (match === null || overlaps(match.event.date, item.event.date) || match.event.conflicts.some((date) => overlaps(date, item.event.date))) {
      kept.push(item);
      continue;
    }
    match.event = { ...match.event, conflicts: [...match.event.conflicts, item.event.date] };
  }
  return kept;
}

function findRetelling(item: Told, candidates: readonly Told[], least = SAME_EVENT_WORDS, leastShare = SAME_EVENT_SHARE): Told | null {
  let best: Told | null = null;
  let bestShare = leastShare;
  for (const candidate of candidates) {
    let shared = 0;
    for (const word of item.words) if (candidate.words.has(word)) shared += 1;
    const share = shared / Math.max(1, Math.min(item.words.size, candidate.words.size));
    if (shared >= least && share >= bestShare) {
      best = candidate;
      bestShare = share;
    }
  }
  return best;
}

function overlaps(a: DateMention, b: DateMention): boolean {
  return a.start !== null && a.end !== null && b.start !== null && b.end !== null && a.start <= b.end && b.start <= a.end;
}

function isNarrower(a: DateMention, b: DateMention): boolean {
  return a.start !== null && a.end !== null && b.start !== null && b.end !== null && a.start >= b.start && a.end <= b.end && (a.start > b.start || a.end < b.end);
}

/**
 * A paragraph's clauses: its sentences, cut at semicolons, which join clauses that could stand
 * alone (`Trump recognised the attack last week; however, his words drew little notice`).
 */
function splitClauses(text: string): SentenceRange[] {
  const clauses: SentenceRange[] = [];
  for (const sentence of splitSentences(text)) {
    let start = sentence.start;
    for (let index = sentence.start; index <= sentence.end; index += 1) {
      if (index < sentence.end && text[index] !== ';') continue;
      let from = start;
      while (from < index && /\s/.test(text[from] ?? '')) from += 1;
      if (from < index) clauses.push({ start: from, end: index });
      start = index + 1;
    }
  }
  return clauses;
}

/** The stems of a clause's words that can tell its event apart, leaving out its date phrases (given in order). */
function contentWords(clause: string, clauseStart: number, dates: readonly DateMention[]): Set<string> {
  const words = new Set<string>();
  let next = 0;
  for (const match of clause.matchAll(/\p{L}+/gu)) {
    const at = clauseStart + match.index;
    while (next < dates.length && (dates[next]?.offset ?? 0) + (dates[next]?.phrase.length ?? 0) <= at) next += 1;
    const date = dates[next];
    if (date !== undefined && at >= date.offset) continue;
    const word = match[0].toLowerCase();
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    // A crude stem, enough to match `coast` and `coastline`, `Venezuela` and `Venezuelan`.
    words.add(word.slice(0, 5));
  }
  return words;
}

/** The numbers of a clause outside its date phrases (given in order), as one key: `5|7.2`. */
function numbersOf(clause: string, clauseStart: number, dates: readonly DateMention[]): string {
  const numbers: string[] = [];
  for (const match of clause.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const at = clauseStart + match.index;
    if (dates.some((date) => at >= date.offset && at < date.offset + date.phrase.length)) continue;
    numbers.push(match[0]);
  }
  return numbers.join('|');
}

/** The last day a date may start on without a clause that looks ahead: a year after the publication, or null when undated. */
function yearAfter(published: PublishedInstant | null): string | null {
  const day = published === null ? null : parseDay(published.iso);
  if (day === null) return null;
  const { year, month, day: date } = fromDayNumber(day);
  return formatDay(toDayNumber(year + 1, month, date));
}

/** Whether the clause of a date looks ahead: a word such as `will` or `scheduled`, or `by` just before the date (`by 2030`). */
function looksAhead(text: string, clause: SentenceRange, date: DateMention): boolean {
  if (/\b(?:by|until|through)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$/i.test(text.slice(clause.start, date.offset))) return true;
  for (const match of text.slice(clause.start, clause.end).matchAll(/\p{L}+(?:['’]ll)?/gu)) {
    const word = match[0].toLowerCase();
    if (FUTURE_CUES.has(word) || /['’]ll$/.test(word)) return true;
  }
  return false;
}

/** A verb of being in the present before a bare `today`: `may only be a concept today`, `is rare today`. */
const PRESENT_STATE = /\b(?:is|are|remains?|(?:may|might|can|could|would)\s+(?:\w+\s+)?be)\b[^,;:]*$/i;

/**
 * Whether a bare `today` says only how things stand now (`the car may only be a concept today`),
 * a vague present like `now` rather than something that happened on the day.
 */
function isPresentState(text: string, clause: SentenceRange, date: DateMention): boolean {
  return date.phrase.toLowerCase() === 'today' && PRESENT_STATE.test(text.slice(clause.start, date.offset));
}

/** Whether `name` stands in `text` as whole words. */
function isNamedIn(text: string, name: string): boolean {
  if (name === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
