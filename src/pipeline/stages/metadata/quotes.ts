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
  const order = new Map(passages.map((passage, index) => [passage.id, index]));
  for (const passage of passages) {
    let previous: string | null = null;
    for (const match of passage.text.matchAll(QUOTED)) {
      const inner = (match[1] ?? match[2] ?? '').trim();
      const start = match.index;
      const end = start + match[0].length;
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const speaker: string | null =
        findSpeakerAfter(passage, end, start, mentions, order) ?? findSpeakerBefore(passage, start, mentions, order) ?? previous;
      quotes.push({ text: inner.replace(/[,\s]+$/, ''), speaker, paragraph: passage.id });
      previous = speaker;
    }
  }
  return quotes;
}

function findSpeakerAfter(
  passage: Passage,
  end: number,
  quoteStart: number,
  mentions: readonly EntityMention[],
  order: ReadonlyMap<string, number>,
): string | null {
  const rest = passage.text.slice(end);
  const match = SPEAKER_AFTER.exec(rest);
  if (!match) return null;
  const who = (match[1] ?? match[2] ?? '').trim();
  const whoStart = end + rest.indexOf(who, match.index);
  return nameSpeaker(who, passage, whoStart, quoteStart, mentions, order);
}

function findSpeakerBefore(
  passage: Passage,
  start: number,
  mentions: readonly EntityMention[],
  order: ReadonlyMap<string, number>,
): string | null {
  const before = passage.text.slice(0, start);
  const match = SPEAKER_BEFORE.exec(before);
  if (!match?.[1]) return null;
  const clause = match[1];
  const whoStart = match.index;
  // The subject is the last name in the clause: `In a post on Monday, Trump said:`.
  const named = lastMention(mentions, passage.id, whoStart, whoStart + clause.length);
  if (named) return named.name;
  const who = clause.split(/,\s*/).at(-1)?.trim() ?? '';
  return nameSpeaker(who, passage, start - clause.length, start, mentions, order);
}

/** Name the speaker a phrase gives: an entity mention in it, the person a pronoun stands for, or the phrase. */
function nameSpeaker(
  who: string,
  passage: Passage,
  whoStart: number,
  quoteStart: number,
  mentions: readonly EntityMention[],
  order: ReadonlyMap<string, number>,
): string | null {
  const named = lastMention(mentions, passage.id, whoStart, whoStart + who.length);
  if (named) return named.name;
  if (PRONOUN.test(who)) return lastPersonBefore(mentions, order, passage.id, quoteStart);
  return DESCRIBED.test(who) ? who : null;
}

function lastMention(mentions: readonly EntityMention[], passage: string, from: number, to: number): EntityMention | null {
  let found: EntityMention | null = null;
  for (const mention of mentions) {
    if (mention.passage === passage && mention.start >= from && mention.end <= to && mention.kind !== 'place') found = mention;
  }
  return found;
}

function lastPersonBefore(mentions: readonly EntityMention[], order: ReadonlyMap<string, number>, passage: string, offset: number): string | null {
  const here = order.get(passage) ?? 0;
  let found: string | null = null;
  for (const mention of mentions) {
    const at = order.get(mention.passage) ?? 0;
    if (mention.kind === 'person' && (at < here || (at === here && mention.start < offset))) found = mention.name;
  }
  return found;
}
