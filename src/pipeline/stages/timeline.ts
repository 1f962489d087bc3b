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

/**
 * Build the timeline events of a briefing, in calendar order. `entityNames` are the names of the
 * people, organisations and places the briefing speaks of; an event is about those its clause names.
 *
 * @example buildTimeline({ summary: null, body: [{ id: 'p-1', text: 'Trump spoke Monday.' }] }, dates, ['Trump'])
 *   // [{ text: 'Trump spoke Monday.', paragraph: 'p-1', about: ['Trump'], date: { phrase: 'Monday', … }, conflicts: [] }]
 */
export function buildTimeline(text: TimelineText, dates: readonly DateMention[], entityNames: readonly string[]): TimelineEvent[] {
  const paragraphs = new Map(readingOrder(text).map((paragraph) => [paragraph.id, paragraph.text]));
  const sentences = new Map<string, SentenceRange[]>();
  const told: Told[] = [];
  for (const date of dates) {
    if (date.start === null || date.precision === 'reference') continue;
    const paragraph = paragraphs.get(date.paragraph);
    if (paragraph === undefined) continue;
    let ranges = sentences.get(date.paragraph);
    if (ranges === undefined) {
      ranges = splitSentences(paragraph);
      sentences.set(date.paragraph, ranges);
    }
    const clause = clauseAround(paragraph, ranges, date.offset);
    const eventText = paragraph.slice(clause.start, clause.end);
    // The same clause may carry the same date twice (`Monday … on Monday`): one event.
    if (told.some(({ event }) => event.paragraph === date.paragraph && event.text === eventText && event.date.value === date.value)) continue;
    const otherDates = dates.filter((other) => other.paragraph === date.paragraph && other.offset >= clause.start && other.offset < clause.end);
    told.push({
      event: { text: eventText, paragraph: date.paragraph, about: namesIn(eventText, entityNames), date, conflicts: [] },
      words: contentWords(eventText, clause.start, otherDates),
    });
  }
  return mergeRetold(told)
    .map(({ event }) => event)
    .sort((a, b) => (a.date.start ?? '').localeCompare(b.date.start ?? '') || (a.date.end ?? '').localeCompare(b.date.end ?? ''));
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
 * The clause around an offset: its sentence, cut at semicolons, which join clauses that could
 * stand alone (`Trump recognised the attack last week; however, his words drew little notice`).
 */
function clauseAround(text: string, sentences: readonly SentenceRange[], offset: number): SentenceRange {
  const sentence = sentences.find((range) => offset < range.end) ?? { start: 0, end: text.length };
  let start = sentence.start;
  let end = sentence.end;
  for (let index = sentence.start; index < sentence.end; index += 1) {
    if (text[index] !== ';') continue;
    if (index < offset) start = index + 1;
    else {
      end = index;
      break;
    }
  }
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  return { start, end };
}

/** The stems of a clause's words that can tell its event apart, leaving out its date phrases. */
function contentWords(clause: string, clauseStart: number, dates: readonly DateMention[]): Set<string> {
  const words = new Set<string>();
  for (const match of clause.matchAll(/\p{L}+/gu)) {
    const at = clauseStart + match.index;
    if (dates.some((date) => at >= date.offset && at < date.offset + date.phrase.length)) continue;
    const word = match[0].toLowerCase();
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    // A crude stem, enough to match `coast` and `coastline`, `Venezuela` and `Venezuelan`.
    words.add(word.slice(0, 5));
  }
  return words;
}

/** The names that stand in a text as whole words, in the order given, each once. */
function namesIn(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    if (name === '' || found.includes(name)) continue;
    let at = text.indexOf(name);
    while (at >= 0) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + name.length);
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        found.push(name);
        break;
      }
      at = text.indexOf(name, at + 1);
    }
  }
  return found;
}
