/**
 * Build the timeline of a briefing from its dated phrases: each date on the calendar becomes an
 * event told by the clause that carries it. The summary retells the body, so a summary event
 * that the body also tells is one event; when the two give dates that cannot both be true
 * (no day in common), the body's date stands and the summary's is kept as a conflict.
 */
import { splitSentences, type SentenceRange } from '../dates/sentences.ts';
import type { DateMention, Paragraph, TimelineEvent } from '../types.ts';
import { readingOrder } from './dates.ts';

/** The parts of an article events are told in. */
export interface TimelineText {
  readonly summary: string | null;
  readonly body: readonly Paragraph[];
}

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

/** An event, and the words it is told with, to find it again when it is retold. */
interface Told {
  event: TimelineEvent;
  readonly words: ReadonlySet<string>;
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
 * @example buildTimeline({ summary: null, body: [{ id: 'p-1', text: 'Trump spoke Monday.' }] }, dates, [{ name: 'Donald Trump', aliases: ['Trump'] }])
 *   // [{ text: 'Trump spoke Monday.', paragraph: 'p-1', about: ['Donald Trump'], date: { phrase: 'Monday', … }, conflicts: [] }]
 */
export function buildTimeline(text: TimelineText, dates: readonly DateMention[], entities: readonly NamedEntity[]): TimelineEvent[] {
  const told: Told[] = [];
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
      const placed = inClause.filter((date) => (date.type === 'DATE' || date.type === 'TIME') && date.start !== null && date.precision !== 'reference');
      if (placed.length === 0) continue;
      const eventText = paragraph.text.slice(clause.start, clause.end);
      const words = contentWords(eventText, clause.start, inClause);
      const about = entities.filter((entity) => [entity.name, ...entity.aliases].some((name) => isNamedIn(eventText, name))).map((entity) => entity.name);
      // The same clause may carry the same date twice (`Monday … on Monday`): one event.
      const values = new Set<string>();
      for (const date of placed) {
        if (values.has(date.value)) continue;
        values.add(date.value);
        told.push({ event: { text: eventText, paragraph: paragraph.id, about, date, conflicts: [] }, words });
      }
    }
  }
  return mergeRetold(told)
    .map(({ event }) => event)
    .sort((a, b) => compare(a.date.start ?? '', b.date.start ?? '') || compare(a.date.end ?? '', b.date.end ?? ''));
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
  return [...kept, ...body];
}

function findRetelling(item: Told, candidates: readonly Told[]): Told | null {
  let best: Told | null = null;
  let bestShare = SAME_EVENT_SHARE;
  for (const candidate of candidates) {
    let shared = 0;
    for (const word of item.words) if (candidate.words.has(word)) shared += 1;
    const share = shared / Math.max(1, Math.min(item.words.size, candidate.words.size));
    if (shared >= SAME_EVENT_WORDS && share >= bestShare) {
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

/** The names that stand in a text as whole words, in the order given, each once. */
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
