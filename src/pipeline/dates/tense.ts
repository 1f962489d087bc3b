/**
 * Guess whether a date phrase speaks of the future or the past from the words around it: news
 * dates without a year or a `last`/`next` (`Friday`, `in August`, `the third quarter`) point to
 * the past unless the sentence says otherwise (`will`, `is expected to`, `plans to`…).
 */
import { WORD, type Tokens } from './tokens.ts';

/** What the verbs nearest a phrase say of its time. */
export type Tense = 'past' | 'future' | 'unknown';

/** Words that put what follows in the future. */
const FUTURE = new Set(['will', 'would', 'shall', 'll', 'soon', 'upcoming', 'scheduled', 'expected', 'expects', 'plan', 'plans', 'planned', 'planning', 'intends', 'due', 'slated', 'set']);

/** Words that put the clause in the past. */
const PAST = new Set(['was', 'were', 'had', 'did', 'ago', 'earlier', 'since', 'been', 'said', 'told']);

/**
 * Irregular past tenses common in news, that the `-ed` rule misses. Forms that are also present
 * tenses or common nouns and adjectives (`set`, `hit`, `put`, `cut`, `read`, `left`, `lost`) are not here.
 */
const IRREGULAR_PAST = new Set([
  'became', 'began', 'brought', 'bought', 'built', 'came', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'fled', 'flew',
  'fought', 'found', 'gave', 'got', 'grew', 'held', 'kept', 'knew', 'led', 'made', 'meant', 'met', 'paid', 'ran', 'rose',
  'sank', 'saw', 'sent', 'shot', 'sought', 'sold', 'spent', 'spoke', 'stood', 'struck', 'swore', 'took', 'thought', 'threw',
  'went', 'won', 'wrote', 'withdrew',
]);

/** `-ed` words that are not past tenses, or that speak of the future. */
const NOT_PAST = new Set(['expected', 'scheduled', 'planned', 'slated', 'predicted', 'need', 'proposed', 'red', 'bed', 'hundred', 'indeed', 'speed', 'feed', 'seed', 'based', 'used']);

/** Verbs of saying. */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'stated']);

/** Future markers only when followed by `to` or `for`. */
const NEEDS_TO = new Set(['set', 'due', 'plan', 'plans', 'planning', 'expected', 'expects', 'intends']);

/** Words that introduce the day a thing is due or starts. */
const DEADLINES = new Set(['by', 'until', 'till', 'effective']);

/** How far (in tokens) a verb may stand from the phrase and still speak of it. */
const REACH = 12;

/**
 * The tense nearest a phrase: the closest future or past marker within the sentence, on either side.
 *
 * @example guessTense(tokenize('The board will meet Friday.'), 0, 5, 3) // 'future'
 */
export function guessTense(tokens: Tokens, sentenceFirst: number, sentenceEnd: number, phraseFirst: number, phraseEnd: number = phraseFirst + 1): Tense {
  // `as early as Tuesday`, `as soon as Friday`: the earliest a thing can still happen.
  const lead = tokens.lower.slice(Math.max(sentenceFirst, phraseFirst - 3), phraseFirst).join(' ');
  if (lead === 'as early as' || lead === 'as soon as') return 'future';
  // A deadline or a start is ahead (`by Aug. 1`, `until 9 a.m. Tuesday`, `effective Feb. 1`),
  // unless the sentence looks back from it (`had filed reports by Wednesday`) or opens with it
  // to say how things stood then (`By Monday, officials hardened their stance`).
  if (
    phraseFirst > sentenceFirst &&
    DEADLINES.has(tokens.lower[phraseFirst - 1] ?? '') &&
    !isFronted(tokens, sentenceFirst, phraseFirst - 1, phraseEnd) &&
    !hasWord(tokens, 'had', phraseFirst - REACH, phraseEnd + REACH, sentenceFirst, sentenceEnd)
  ) {
    return 'future';
  }
  let best: Tense = 'unknown';
  let bestDistance = REACH + 1;
  const consider = (index: number, distance: number) => {
    if (distance >= bestDistance || tokens.kinds[index] !== WORD) return;
    const word = tokens.lower[index] ?? '';
    // `is to resume trading Tuesday`, `are to meet Friday`: arranged for later.
    const arranged = (word === 'is' || word === 'are') && tokens.lower[index + 1] === 'to';
    const tense = FUTURE.has(word) || arranged ? 'future' : PAST.has(word) || isPastVerb(tokens, index) ? 'past' : null;
    if (tense === null) return;
    // `plans to`, `set to`, `due for` speak of the future; `the plan`, `had been expected` do not,
    // nor does a noun (`set aside vacation plans for the trip`).
    const next = tokens.lower[index + 1];
    if (NEEDS_TO.has(word) && next !== 'to' && (next !== 'for' || word === 'plan' || word === 'plans')) return;
    // `was planned for March`, `planned to leave on Thursday` look ahead to what follows;
    // `on Friday, the government planned to pay` may have been done since.
    if (word === 'planned' && next !== 'for' && index > phraseFirst) return;
    // A reporting verb dates the phrase only beside it (`said Friday`, `told reporters on Monday`):
    // further away it dates the statement, not what it reports (`payable Dec. 15, the company said`).
    if (REPORTING.has(word) && distance > 3) return;
    // `were planning to`, `was expected to`: the plan, not the auxiliary, says when.
    if ((word === 'was' || word === 'were') && FUTURE.has(next ?? '')) return;
    best = tense === 'future' && isPastPlan(tokens, index) ? 'past' : tense;
    bestDistance = distance;
  };
  for (let index = phraseFirst - 1; index >= sentenceFirst && phraseFirst - index <= REACH; index -= 1) consider(index, phraseFirst - index);
  for (let index = phraseEnd; index < sentenceEnd && index - phraseEnd < REACH; index += 1) consider(index, index - phraseEnd + 1);
  return best;
}

/** Whether `word` stands between `first` and `end`, within the sentence. */
function hasWord(tokens: Tokens, word: string, first: number, end: number, sentenceFirst: number, sentenceEnd: number): boolean {
  for (let index = Math.max(first, sentenceFirst); index < Math.min(end, sentenceEnd); index += 1) if (tokens.lower[index] === word) return true;
  return false;
}

/** Whether a phrase led by `lead` opens its sentence, set off by a comma: `But by Monday, …`. */
function isFronted(tokens: Tokens, sentenceFirst: number, lead: number, phraseEnd: number): boolean {
  const opens = lead === sentenceFirst || (lead === sentenceFirst + 1 && CONJUNCTIONS.has(tokens.lower[sentenceFirst] ?? ''));
  return opens && tokens.lower[phraseEnd] === ',';
}

/** Words that may open a sentence before a fronted phrase. */
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** `had been due to expire Friday`, `had scheduled it for March`: a plan already overtaken, dated in the past. */
function isPastPlan(tokens: Tokens, index: number): boolean {
  const before = tokens.lower[index - 1];
  return before === 'had' || (before === 'been' && tokens.lower[index - 2] === 'had');
}

/** Words after which an `-ed` word is a participle (`the reduced dividend`, `will be released`), not a past tense. */
const BEFORE_PARTICIPLE = new Set(['the', 'a', 'an', 'is', 'are', 'be', 'been', 'being', 'was', 'were', 'will', 'to', 'has', 'have', 'its', 'their', 'his', 'her', 'newly', 'recently']);

/** Adverbs that may stand between a determiner and a participle: `a still unspecified date`, `the newly elected board`. */
const BEFORE_PARTICIPLE_ADVERBS = new Set(['still', 'yet', 'already', 'previously', 'widely', 'jointly', 'partly', 'fully']);

/** Auxiliaries after which any `-ly` adverb may come before a participle: `will be formally approved`, `was quickly sold`. */
const AUXILIARIES = new Set(['is', 'are', 'be', 'been', 'being', 'was', 'were', 'will', 'to', 'has', 'have', 'had']);

/**
 * A past tense: `Trump confirmed`, `officials became`, not `the reduced dividend`, `will be held`,
 * nor, past an adverb, `will be formally approved` or `a still unspecified date`.
 */
export function isPastVerb(tokens: Tokens, index: number): boolean {
  const word = tokens.lower[index] ?? '';
  const regular = word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word);
  if (!regular && !IRREGULAR_PAST.has(word)) return false;
  const before = tokens.lower[index - 1] ?? '';
  if (BEFORE_PARTICIPLE.has(before)) return false;
  const twoBefore = tokens.lower[index - 2] ?? '';
  const adverb = BEFORE_PARTICIPLE_ADVERBS.has(before) || (before.length > 4 && before.endsWith('ly') && AUXILIARIES.has(twoBefore));
  return !(adverb && BEFORE_PARTICIPLE.has(twoBefore));
}
