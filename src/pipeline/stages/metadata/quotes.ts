/**
 * Direct quotes and who said them: words in quotation marks, the passage they stand in, and
 * the speaker the sentence names (`“…,” Trump said` → `Donald Trump`).
 */
import { SPEECH_VERBS } from '../../reference/entity-words.ts';
import type { Quote } from '../../types.ts';
import type { Passage } from './analyze.ts';
import type { EntityMention } from './entities.ts';

/** Quoted words shorter than this are scare quotes (`so-called “narco-terrorists”`), not speech. */
const MIN_QUOTE_WORDS = 4;

/** Curly quotes, or straight double quotes in pairs; the closing mark may follow the punctuation. */
const QUOTED = /“([^“”]+)”|"([^"]+)"/g;

const VERBS = [...SPEECH_VERBS].filter((verb) => verb !== 'according').join('|');
/** `, Trump said` / `, said Trump` / ` he added` right after the closing mark. */
const SPEAKER_AFTER = new RegExp(`^[\\s,]*(?:(?:${VERBS})\\s+([^.,;:“”"]{1,80})|([^.;:“”"]{1,80}?)\\s+(?:${VERBS})\\b)`, 'u');
/** `Trump said:` / `Trump told reporters,` right before the opening mark. */
const SPEAKER_BEFORE = new RegExp(`([^.;“”"]{1,80}?)\\s+(?:${VERBS})(?:\\s+[^.;:,“”"]{1,30}?)?\\s*[:,]?\\s*$`, 'u');
/** How far from a quote its attribution is looked for, in characters. */
const SPEAKER_WINDOW = 240;
const PRONOUN = /^(?:he|she|they|it)$/i;
/** A described speaker worth keeping: `a senior official`, `two sources`, `the ministry`. */
const DESCRIBED = /^(?:a|an|the|one|two|three|several|many|some|another)\s+[\p{L}\s-]{3,60}$/iu;

/**
 * Find the quotes of a briefing's passages and their speakers. `mentions` are the entity
 * mentions in reading order; a speaker named by one of them is given by its canonical name, a
 * pronoun by the person last mentioned, a described one (`a senior official`) as written. A
 * quote with no speaker of its own continues the one before it in the same passage.
 *
 * @example findQuotes([{ id: 'p-5', text: '“So we hit all the boats, and now we hit the area,” Trump said Monday.' }], mentions)
 *   // [{ text: 'So we hit all the boats, and now we hit the area', speaker: 'Donald Trump', paragraph: 'p-5' }]
 */
export function findQuotes(passages: readonly Passage[], mentions: readonly EntityMention[]): Quote[] {
  const quotes: Quote[] = [];
  const index = indexMentions(passages, mentions);
  for (const passage of passages) {
    let previous: string | null = null;
    for (const match of passage.text.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? '').trim();
      const start = match.index;
      const end = start + match[0].length;
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const speaker: string | null = findSpeakerAfter(passage, end, start, index) ?? findSpeakerBefore(passage, start, index) ?? previous;
      quotes.push({ text: inner.replace(/[,\s]+$/, ''), speaker, paragraph: passage.id });
      previous = speaker;
    }
  }
  return quotes;
}

/**
 * The mentions of each passage by start, and the people in reading order, looked up by binary
 * search: a quote's speaker is found in time that does not grow with the number of mentions.
 */
interface MentionIndex {
  readonly byPassage: ReadonlyMap<string, readonly EntityMention[]>;
  /** People in reading order, each with its place in it (passage order, then start). */
  readonly people: readonly { readonly at: number; readonly start: number; readonly name: string }[];
  readonly order: ReadonlyMap<string, number>;
}

function indexMentions(passages: readonly Passage[], mentions: readonly EntityMention[]): MentionIndex {
  const order = new Map(passages.map((passage, index) => [passage.id, index]));
  const byPassage = new Map<string, EntityMention[]>();
  for (const mention of mentions) {
    if (mention.kind === 'place') continue;
    const list = byPassage.get(mention.passage) ?? [];
    list.push(mention);
    byPassage.set(mention.passage, list);
  }
  for (const list of byPassage.values()) list.sort((a, b) => a.start - b.start);
  const people = mentions
    .filter((mention) => mention.kind === 'person')
    .map((mention) => ({ at: order.get(mention.passage) ?? 0, start: mention.start, name: mention.name }))
    .sort((a, b) => a.at - b.at || a.start - b.start);
  return { byPassage, people, order };
}

/** How many items of a sorted list come before the point `isBefore` stops holding. */
function countBefore<T>(list: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(list[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function findSpeakerAfter(passage: Passage, end: number, quoteStart: number, index: MentionIndex): string | null {
  const rest = passage.text.slice(end, end + SPEAKER_WINDOW);
  const match = SPEAKER_AFTER.exec(rest);
  if (!match) return null;
  const who = (match[1] ?? match[2] ?? '').trim();
  const whoStart = end + rest.indexOf(who, match.index);
  return nameSpeaker(who, passage, whoStart, quoteStart, index);
}

function findSpeakerBefore(passage: Passage, start: number, index: MentionIndex): string | null {
  // The attribution is within a few words of the quote; the window keeps the search from
  // reading the whole passage again for every quote in it.
  const from = Math.max(0, start - SPEAKER_WINDOW);
  const before = passage.text.slice(from, start);
  const match = SPEAKER_BEFORE.exec(before);
  if (!match?.[1]) return null;
  const clause = match[1];
  const whoStart = from + match.index;
  // The subject is the last name in the clause: `In a post on Monday, Trump said:`.
  const named = lastMention(index, passage.id, whoStart, whoStart + clause.length);
  if (named) return named.name;
  const who = clause.split(/,\s*/).at(-1)?.trim() ?? '';
  return nameSpeaker(who, passage, start - clause.length, start, index);
}

/** Name the speaker a phrase gives: an entity mention in it, the person a pronoun stands for, or the phrase. */
function nameSpeaker(who: string, passage: Passage, whoStart: number, quoteStart: number, index: MentionIndex): string | null {
  const named = lastMention(index, passage.id, whoStart, whoStart + who.length);
  if (named) return named.name;
  if (PRONOUN.test(who)) return lastPersonBefore(index, passage.id, quoteStart);
  return DESCRIBED.test(who) ? who : null;
}

/** The last mention (not of a place) that lies within `[from, to)` of a passage. */
function lastMention(index: MentionIndex, passage: string, from: number, to: number): EntityMention | null {
  const list = index.byPassage.get(passage) ?? [];
  for (let at = countBefore(list, (mention) => mention.start <= to) - 1; at >= 0; at -= 1) {
    const mention = list[at] as EntityMention;
    if (mention.start < from) return null;
    if (mention.end <= to) return mention;
  }
  return null;
}

function lastPersonBefore(index: MentionIndex, passage: string, offset: number): string | null {
  const here = index.order.get(passage) ?? 0;
  const count = countBefore(index.people, (person) => person.at < here || (person.at === here && person.start < offset));
  return index.people[count - 1]?.name ?? null;
}
