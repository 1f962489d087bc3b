/**
 * Direct quotes and who said them: words in quotation marks, the passage they stand in, and
 * the speaker the attribution around them names (`“…,” Trump said` → `Donald Trump`).
 *
 * The attribution is read in the quote's own sentence: after the closing mark (`“…,” said Ann
 * Lee`, `“…,” Ann Lee, the party's spokeswoman, said`) or before the opening one (`Ann Lee, the
 * party's spokeswoman, said: “…”`, `Lee said in a statement that the plan would “…”`). The
 * speaker is the subject of the speech verb: the named entity that stands right before it, or
 * before an apposition that stands before it, or after it. A pronoun is the person last named
 * as the subject of a sentence; a quote with no attribution of its own continues the one before.
 */
import { SPEECH_VERBS } from '../../reference/entity-words.ts';
import type { Quote } from '../../types.ts';
import type { Passage } from './analyze.ts';
import type { EntityMention } from './entities.ts';

/** Quoted words shorter than this are scare quotes (`so-called “narco-terrorists”`), not speech. */
const MIN_QUOTE_WORDS = 4;

/** Curly quotes, or straight double quotes in pairs; the closing mark may follow the punctuation. */
const QUOTED = /“([^“”]+)”|"([^"]+)"/g;

const VERB = new RegExp(`\\b(?:${[...SPEECH_VERBS].filter((verb) => verb !== 'according').join('|')})\\b`, 'giu');
/** How far from a quote its attribution is looked for, in characters. */
const SPEAKER_WINDOW = 240;
const PRONOUN = /^(?:he|she|they)$/i;
/** A described speaker worth keeping: `a senior official`, `two sources`, `the ministry`. */
const DESCRIBED = /^(?:a|an|the|one|two|three|several|many|some|another)\s+[\p{L}\s-]{3,60}$/iu;
/** A speaker named in capitals that no entity holds: `Jones`, `Ann Lee`. */
const NAMED = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{Ll}'’-]+$/u;
/** Between a subject and its verb: nothing, or `has also`, `later`. */
const BETWEEN = /^(?:\s+(?:has|have|had|also|later|then|again|previously|repeatedly|publicly|separately|first|earlier|further|tearfully|quickly))*\s*$/u;
/** An apposition between a name and its verb: `, the party's spokeswoman,`. */
const APPOSITION = /^,\s*[^“”"]{2,200},\s*$/u;
/** Where a sentence ends: its full stop (not an initial's or a title's) and what follows. */
const SENTENCE_END = /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|Prof|U\.S|U\.K))[.!?](?=\s+[“"‘(]?\p{Lu})/gu;

/**
 * Find the quotes of a briefing's passages and their speakers. `mentions` are the entity
 * mentions in reading order; a speaker named by one of them is given by its canonical name, a
 * pronoun by the person last named as a subject, a described one (`a senior official`) or a
 * name no entity holds as written.
 *
 * @example findQuotes([{ id: 'p-5', text: '“So we hit all the boats, and now we hit the area,” Trump said Monday.' }], mentions)
 *   // [{ text: 'So we hit all the boats, and now we hit the area', speaker: 'Donald Trump', paragraph: 'p-5' }]
 */
export function findQuotes(passages: readonly Passage[], mentions: readonly EntityMention[]): Quote[] {
  const quotes: Quote[] = [];
  const index = indexMentions(passages, mentions);
  for (const passage of passages) {
    let previous: string | null = null;
    const ends = sentenceEnds(passage.text);
    for (const match of passage.text.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? '').trim();
      const start = match.index;
      const end = start + match[0].length;
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const speaker: string | null = findSpeakerAfter(passage, start, end, ends, index) ?? findSpeakerBefore(passage, start, ends, index) ?? previous;
      quotes.push({ text: inner.replace(/[,\s]+$/, ''), speaker, paragraph: passage.id });
      previous = speaker;
    }
  }
  return quotes;
}

/** The offsets just after each sentence's end in a text, in order. */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1);
}

/** `“…,” Trump said`, `“…,” said Ann Lee`, `“…,” Ann Lee, the party's spokeswoman, said`. */
function findSpeakerAfter(passage: Passage, quoteStart: number, end: number, ends: readonly number[], index: MentionIndex): string | null {
  // The quote must not end its sentence with a full stop of its own (`“… today.” Lee left.`): a
  // comma, question or exclamation inside the marks leaves the sentence open.
  const closing = passage.text.slice(Math.max(0, end - 2), end);
  if (/\.["”]$/.test(closing) && !/^[\s,]*(?:\p{Ll}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+(?:said|says|added|told|wrote))/u.test(passage.text.slice(end, end + 60))) {
    return null;
  }
  const sentenceEnd = Math.min(ends[countBefore(ends, (at) => at <= end)] ?? passage.text.length, end + SPEAKER_WINDOW, nextQuote(passage.text, end));
  const clause = passage.text.slice(end, sentenceEnd);
  VERB.lastIndex = 0;
  const verb = VERB.exec(clause);
  if (!verb) return null;
  const verbAt = end + verb.index;
  const before = passage.text.slice(end, verbAt);
  if (/^[\s,]*$/.test(before)) {
    // The verb first: `said Ann Lee`, `said U.S. Attorney Nealy Cox`, `he said`.
    const afterVerb = verbAt + verb[0].length;
    const named = firstMention(index, passage.id, afterVerb, Math.min(sentenceEnd, afterVerb + 80));
    if (named && /^[^;:“”"]*$/.test(passage.text.slice(afterVerb, named.start))) return named.name;
    const who = /^\s+([^.,;:“”"]{1,80})/.exec(passage.text.slice(afterVerb, sentenceEnd))?.[1]?.trim() ?? '';
    return nameSpeaker(who, passage.id, quoteStart, index);
  }
  return subjectOf(passage, end, verbAt, quoteStart, index);
}

/** `Trump said: “…”`, `Ann Lee, the party's spokeswoman, said “…”`, `Lee said the plan would “…”`. */
function findSpeakerBefore(passage: Passage, start: number, ends: readonly number[], index: MentionIndex): string | null {
  const sentenceStart = Math.max(ends[countBefore(ends, (at) => at <= start) - 1] ?? 0, start - SPEAKER_WINDOW, previousQuoteEnd(passage.text, start));
  const clause = passage.text.slice(sentenceStart, start);
  let found: string | null = null;
  VERB.lastIndex = 0;
  // The first speech verb of the sentence whose subject is found: `Milley told US media that …`.
  for (const verb of clause.matchAll(VERB)) {
    found = subjectOf(passage, sentenceStart, sentenceStart + verb.index, start, index);
    if (found) break;
  }
  return found;
}

/** The subject of the speech verb at `verbAt`, looked for from `from`: an entity, a pronoun, a described or plain name. */
function subjectOf(passage: Passage, from: number, verbAt: number, quoteStart: number, index: MentionIndex): string | null {
  const list = index.byPassage.get(passage.id) ?? [];
  for (let at = countBefore(list, (mention) => mention.start < verbAt) - 1; at >= 0; at -= 1) {
    const mention = list[at] as EntityMention;
    if (mention.start < from) break;
    if (mention.end > verbAt) continue;
    const between = passage.text.slice(mention.end, verbAt);
    if (BETWEEN.test(between) || APPOSITION.test(between)) return mention.name;
  }
  const clause = passage.text.slice(from, verbAt).replace(/^[\s,]+/, '');
  // `Ann Lee, the party's spokeswoman,` with no entity: the name before the apposition.
  const subject = (/^([^,]+),[^,]+,\s*$/.exec(clause)?.[1] ?? clause.split(/,\s*/).at(-1) ?? '').trim().replace(BETWEEN_WORDS, '');
  return nameSpeaker(subject, passage.id, quoteStart, index);
}

const BETWEEN_WORDS = /(?:\s+(?:has|have|had|also|later|then|again|previously|repeatedly|publicly|separately|first|earlier|further|tearfully|quickly))+$/u;

/** Name the speaker a phrase gives: the person a pronoun stands for, a described speaker, or a plain name. */
function nameSpeaker(who: string, passage: string, quoteStart: number, index: MentionIndex): string | null {
  if (PRONOUN.test(who)) return lastSubjectBefore(index, passage, quoteStart);
  if (DESCRIBED.test(who) || NAMED.test(who)) return who;
  return null;
}

function nextQuote(text: string, from: number): number {
  const at = text.slice(from).search(/[“"]/);
  return at < 0 ? text.length : from + at;
}

function previousQuoteEnd(text: string, before: number): number {
  const at = Math.max(text.lastIndexOf('”', before - 1), text.lastIndexOf('"', before - 1));
  return at < 0 ? 0 : at + 1;
}

/**
 * The mentions of each passage by start, and the people in reading order, looked up by binary
 * search: a quote's speaker is found in time that does not grow with the number of mentions.
 */
interface MentionIndex {
  readonly byPassage: ReadonlyMap<string, readonly EntityMention[]>;
  /** People in reading order, each with its place in it (passage order, then start) and whether it is a subject. */
  readonly people: readonly { readonly at: number; readonly start: number; readonly name: string; readonly subject: boolean }[];
  readonly order: ReadonlyMap<string, number>;
}

function indexMentions(passages: readonly Passage[], mentions: readonly EntityMention[]): MentionIndex {
  const order = new Map(passages.map((passage, index) => [passage.id, index]));
  const texts = new Map(passages.map((passage) => [passage.id, passage.text]));
  const byPassage = new Map<string, EntityMention[]>();
  for (const mention of mentions) {
    if (mention.kind === 'place') continue;
    const list = byPassage.get(mention.passage) ?? [];
    list.push(mention);
    byPassage.set(mention.passage, list);
  }
  for (const list of byPassage.values()) list.sort((a, b) => a.start - b.start);
  const quoted = new Map(passages.map((passage) => [passage.id, [...passage.text.matchAll(QUOTED)].map((match) => [match.index, match.index + match[0].length] as const)]));
  // A person named inside a quote is whom the speaker talks about, not a subject a later `she` means.
  const inQuote = (mention: EntityMention) => {
    const ranges = quoted.get(mention.passage) ?? [];
    const range = ranges[countBefore(ranges, ([from]) => from < mention.start) - 1];
    return range !== undefined && mention.end < range[1];
  };
  const people = mentions
    .filter((mention) => mention.kind === 'person')
    .map((mention) => ({
      at: order.get(mention.passage) ?? 0,
      start: mention.start,
      name: mention.name,
      subject: !inQuote(mention) && isSubject(texts.get(mention.passage) ?? '', mention),
    }))
    .sort((a, b) => a.at - b.at || a.start - b.start);
  return { byPassage, people, order };
}

/**
 * Whether a person's mention is the subject of its clause, the one a later `he` or `she` most
 * likely means: it opens a sentence or a clause, or a verb of speech follows it (after an
 * apposition, perhaps). `harm to Omar` is not; `Sonya Zoghlin, Carlineo's attorney, told` is.
 */
function isSubject(text: string, mention: EntityMention): boolean {
  // `Carlineo’s attorney`: a possessive names whose, not who.
  if (/^['’]s?\b/.test(text.slice(mention.end, mention.end + 3))) return false;
  const before = text.slice(Math.max(0, mention.start - 3), mention.start);
  if (/(?:^|[.!?”"]\s*|,\s)$/.test(before) || mention.start === 0) return true;
  const after = text.slice(mention.end, mention.end + 140);
  VERB.lastIndex = 0;
  const verb = VERB.exec(after);
  return verb !== null && (BETWEEN.test(after.slice(0, verb.index)) || APPOSITION.test(after.slice(0, verb.index)));
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

/** The first mention (not of a place) that starts within `[from, to)` of a passage. */
function firstMention(index: MentionIndex, passage: string, from: number, to: number): EntityMention | null {
  const list = index.byPassage.get(passage) ?? [];
  const first = list[countBefore(list, (mention) => mention.start < from)];
  return first !== undefined && first.start < to ? first : null;
}

/** The person last named as a subject before `offset` of a passage; failing one, the person last named. */
function lastSubjectBefore(index: MentionIndex, passage: string, offset: number): string | null {
  const here = index.order.get(passage) ?? 0;
  const count = countBefore(index.people, (person) => person.at < here || (person.at === here && person.start < offset));
  for (let at = count - 1; at >= 0 && at >= count - 8; at -= 1) {
    const person = index.people[at];
    if (person?.subject) return person.name;
  }
  return index.people[count - 1]?.name ?? null;
}
