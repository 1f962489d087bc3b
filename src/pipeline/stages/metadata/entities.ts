/**
 * People, organisations and places of one briefing, each under one canonical name with its
 * aliases, role and the passages that mention it.
 *
 * wink-nlp gives tokens, sentences and parts of speech. Runs of capitalised words are the
 * candidate names (`readNameRuns`); a title before a name is kept as the role (`splitTitle`);
 * a trained model says what each candidate is, a person, an organisation, a place, or another
 * kind of name or none (`entity-model.ts`); and short forms are resolved to the full names the
 * article (or the table of known entities) gives (`resolveShortForms`).
 */
import {
  DIRECTED_REGIONS,
  DIRECTIONS,
  NAME_CONNECTORS,
  NEVER_NAMES,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  SPEECH_VERBS,
  TITLES,
} from '../../reference/entity-words.ts';
import type { EntityKind, KnownEntity } from '../../reference/known-entities.ts';
import { wordUse } from '../../reference/word-use.ts';
import type { Entity } from '../../types.ts';
import type { AnalyzedPassage, Token } from './analyze.ts';
import gazetteerFile from './entity-gazetteer.json' with { type: 'json' };
import { classifyInBriefing, loadEntityModel, runKey, type NameClass, type RunMention, type WeightsFile } from './entity-model.ts';
import weightsFile from './entity-weights.json' with { type: 'json' };
import { countAccents, foldName } from './fold.ts';

/** The table of known entities, looked up by folded name and by surname. */
export interface KnownEntityIndex {
  readonly byName: ReadonlyMap<string, KnownEntity>;
  readonly bySurname: ReadonlyMap<string, readonly KnownEntity[]>;
}

/** Where a passage names an entity, after short forms are resolved. */
export interface EntityMention {
  readonly kind: EntityKind;
  /** The canonical name. */
  readonly name: string;
  readonly passage: string;
  /** Character offsets of the name (without its title) in the passage's text. */
  readonly start: number;
  readonly end: number;
}

/** What the entity stage finds in one briefing. */
export interface FoundEntities {
  readonly people: Entity[];
  readonly organizations: Entity[];
  readonly places: Entity[];
  /** Every mention in reading order, for the quote and source rules to find speakers by. */
  readonly mentions: EntityMention[];
}

/** Index the table of known entities by every folded name and alias, and people by surname. */
export function indexKnownEntities(entities: readonly KnownEntity[]): KnownEntityIndex {
  const byName = new Map<string, KnownEntity>();
  const bySurname = new Map<string, KnownEntity[]>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) if (!byName.has(foldName(name))) byName.set(foldName(name), entity);
    if (entity.surname) {
      const key = foldName(entity.surname.name);
      bySurname.set(key, [...(bySurname.get(key) ?? []), entity]);
    }
  }
  return { byName, bySurname };
}

/** A name as one passage writes it, before short forms are resolved. */
interface Candidate {
  readonly passage: string;
  /** Reading order of the candidate in the briefing. */
  readonly order: number;
  readonly start: number;
  readonly end: number;
  /** The name as written, without its title or possessive. */
  readonly surface: string;
  readonly words: readonly string[];
  /** What the context says it is; null for a lone word that must be resolved. */
  readonly kind: EntityKind | null;
  readonly role: string | null;
  readonly affiliation: string | null;
  /** Followed by `said`, `told`, or preceded by a title: a lone word that is a person. */
  readonly personCue: boolean;
  /** Stands only where a sentence starts, so its capital may be the sentence's. */
  readonly sentenceStart: boolean;
  /** What the model says a lone word is, when it is not resolved as a short form: null for no name. */
  readonly predicted: EntityKind | null;
}

/** One entity being assembled from its mentions. */
interface Group {
  readonly kind: EntityKind;
  readonly key: string;
  readonly order: number;
  /** The canonical name from the table of known entities, when it is there. */
  readonly knownName: string | null;
  readonly surfaces: string[];
  /** Folded last words of its names (`maduro`), and the initials of its names (`CIA`), for short forms. */
  readonly lastNames: Set<string>;
  readonly initials: Set<string>;
  role: string | null;
  affiliation: string | null;
  readonly mentions: { passage: string; start: number; end: number; order: number }[];
  /** The reading order of its mentions, sorted: which entity was named last before a point is a binary search. */
  readonly orders: number[];
}

/**
 * Find the people, organisations and places of a briefing's passages. Passages in capitals or
 * title case (headlines) only add mentions of entities found elsewhere: their capitals say
 * nothing about names. `year` is the publication year, for the surnames of the known people.
 *
 * @example findEntities(analyze([{ id: 'p-1', text: 'Col. Allie Weiskopf, a spokesperson for U.S. Special Operations Command, said …' }]), known, 2025).people
 *   // [{ name: 'Allie Weiskopf', aliases: [], role: 'Col.', affiliation: 'U.S. Special Operations Command', mentions: ['p-1'] }]
 */
export function findEntities(
  passages: readonly AnalyzedPassage[],
  known: KnownEntityIndex,
  year: number | null,
  classifierFor: ClassifierFor = SHIPPED_CLASSIFIER,
): FoundEntities {
  const candidates: Candidate[] = [];
  const midSentenceWords = new Set<string>();
  const shouting: AnalyzedPassage[] = [];
  const runs: { passage: AnalyzedPassage; runs: NameRun[] }[] = [];
  for (const passage of passages) {
    if (isShouting(passage)) shouting.push(passage);
    else runs.push({ passage, runs: readNameRuns(passage.tokens) });
  }
  const byKey = new Map<string, RunMention[]>();
  for (const { passage, runs: found } of runs) {
    for (const run of found) {
      const key = runKey(passage, run.start, run.end);
      const same = byKey.get(key);
      if (same) same.push({ passage, ...run });
      else byKey.set(key, [{ passage, ...run }]);
    }
  }
  const classify = classifierFor(byKey);
  for (const { passage, runs: found } of runs) {
    for (const run of found) {
      for (const candidate of readCandidates(passage, run, known, classify, candidates.length)) {
        candidates.push(candidate);
        if (!candidate.sentenceStart) midSentenceWords.add(foldName(candidate.surface));
      }
    }
  }
  const groups = resolveShortForms(candidates, midSentenceWords, known, year);
  for (const passage of shouting) addShoutedMentions(passage, groups);
  return toFoundEntities(groups, passages);
}

/** A run of name tokens, `[start, end)` in a passage's tokens. */
interface NameRun {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs of capitalised words, joined by connectors (`Tren de Aragua`, `Ministry of Foreign
 * Affairs`). A possessive, a comma or any lower-case word ends a run; function words that only
 * carry a sentence's capital (`The`, `When`) are left out of it.
 */
function readNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!startsName(tokens, index)) {
      index += 1;
      continue;
    }
    const end = findRunEnd(tokens, index);
    let start = index;
    while (start < end && isLeadingFunctionWord(tokens[start] as Token)) start += 1;
    if (start < end) runs.push({ start, end });
    index = end;
  }
  return runs;
}

/** Where a run of name words that starts at `index` ends. */
function findRunEnd(tokens: readonly Token[], index: number): number {
  let end = index + 1;
  while (end < tokens.length) {
    const token = tokens[end] as Token;
    if (isCapitalised(token) && token.spaced) end += 1;
    else if (NAME_CONNECTORS.has(token.text) && nextIsCapitalised(tokens, end)) end += 1;
    else break;
  }
  return end;
}

function startsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (isCapitalised(token)) return true;
  if (startsWithOrdinal(tokens, index)) return true;
  // `al Qaeda`, `el Salvador` as some outlets write them.
  return (token.text === 'al' || token.text === 'el') && nextIsCapitalised(tokens, index);
}

/**
 * `41st Signal Brigade`, `3rd Infantry Division`, `5th Avenue`: an ordinal written before a name is
 * part of it (units, streets, companies are numbered so), unless what follows is a date's (`5th July`).
 */
function startsWithOrdinal(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!isOrdinal(tokens[index] as Token) || next === undefined || !isCapitalised(next) || !next.spaced) return false;
  return tokens.slice(index + 1, findRunEnd(tokens, index)).some((token) => !NEVER_NAMES.has(token.text.toLowerCase()));
}

function isOrdinal(token: Token): boolean {
  return /^\d+(?:st|nd|rd|th)$/.test(token.text);
}

function nextIsCapitalised(tokens: readonly Token[], index: number): boolean {
  for (let next = index + 1; next < tokens.length && next <= index + 2; next += 1) {
    const token = tokens[next] as Token;
    if (isCapitalised(token)) return true;
    if (!NAME_CONNECTORS.has(token.text)) return false;
  }
  return false;
}

function isCapitalised(token: Token): boolean {
  return token.pos !== 'PUNCT' && token.pos !== 'NUM' && /^\p{Lu}/u.test(token.text);
}

/** Words a sentence capitalises that never begin a name: `The`, `When`, `Earlier`, `One`. */
function isLeadingFunctionWord(token: Token): boolean {
  if (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ' || isOrdinal(token)) return false;
  return token.opensSentence || NEVER_NAMES.has(token.text.toLowerCase());
}

/** Whether a passage is in capitals, or a headline or subheading in title case, where capitals are not names. */
function isShouting(passage: AnalyzedPassage): boolean {
  let upper = 0;
  let lower = 0;
  for (const char of passage.text) {
    if (char >= 'A' && char <= 'Z') upper += 1;
    else if (char >= 'a' && char <= 'z') lower += 1;
    else if (char > '\x7f' && char.toLowerCase() !== char) upper += 1;
    else if (char > '\x7f' && char.toUpperCase() !== char) lower += 1;
  }
  if (upper + lower >= 12 && upper / (upper + lower) > 0.7) return true;
  // A headline, or a subheading or deal line in the body: no sentence's closing stop.
  if (passage.id !== 'title' && /[.!?…:;"”’)»]\s*$/u.test(passage.text)) return false;
  const words = passage.tokens.filter((token) => /\p{L}/u.test(token.text));
  if (words.length < 4) return false;
  const capitalised = words.filter((token) => /^\p{Lu}/u.test(token.text) || NAME_CONNECTORS.has(token.text));
  const small = words.filter((token) => token.text.length <= 3 && /^\p{Ll}/u.test(token.text));
  return (capitalised.length + small.length) / words.length > 0.85 && capitalised.length / words.length > 0.6;
}

/** Read a run as zero, one or two candidates: a titled person may come with the organisation before the title. */
function readCandidates(passage: AnalyzedPassage, run: NameRun, known: KnownEntityIndex, classify: RunClassifier, order: number): Candidate[] {
  const tokens = passage.tokens;
  let start = run.start;
  const end = run.end;
  // `the eastern Pacific`: a lower-case direction before a sea or ocean is part of its name.
  const before = tokens[start - 1];
  const directed =
    end - start === 1 && before !== undefined && DIRECTIONS.has(before.text) && DIRECTED_REGIONS.has(foldName(tokens[start]?.text ?? ''));
  if (directed) start -= 1;
  const words = tokens.slice(start, end);
  const make = (from: number, to: number, kind: EntityKind | null, extra: Partial<Candidate> = {}): Candidate => {
    const part = words.slice(from, to);
    const first = part[0] as Token;
    const last = part.at(-1) as Token;
    return {
      passage: passage.id,
      order: order + from,
      start: first.start,
      end: last.end,
      surface: passage.text.slice(first.start, last.end),
      words: part.map((token) => token.text),
      kind,
      role: null,
      affiliation: null,
      personCue: false,
      sentenceStart: first.opensSentence,
      predicted: kind,
      ...extra,
    };
  };
  if (directed) return [make(0, words.length, 'place')];
  const knownEntity = known.byName.get(foldName(spanText(passage, words)));
  if (knownEntity) return [make(0, words.length, knownEntity.kind)];

  // `Maria Lopez of Chile`, `Mr. Thomas Green of Ottawa`: a person's name ends before `of`; what follows is a name of its own.
  const of = words.findIndex((token, index) => index > 1 && index < words.length - 1 && token.text === 'of');
  if (of > 0) {
    const left = { start, end: start + of };
    const named = splitTitle(words.slice(0, of));
    const personAt = named ? start + named.nameAt : start;
    if (left.end - personAt >= 2 && classify(passage, personAt, left.end) === 'person') {
      return [...readCandidates(passage, left, known, classify, order), ...readCandidates(passage, { start: left.end + 1, end }, known, classify, order + of + 1)];
    }
  }

  const title = splitTitle(words) ?? splitAtAbbreviation(words, known);
  // `the CEO of Samsung`, `Founder of Kestrel Robotics Inc`: a title with no person's name after
  // it; what it is of is a name of its own.
  const ofAt = title === null ? -1 : words.findIndex((token, index) => index > title.at && token.text === 'of');
  const nameless = title !== null && (title.nameAt >= words.length || (title.at === 0 && !isPersonName(words.slice(title.nameAt).map((token) => token.text))));
  if (nameless && ofAt > 0 && ofAt < words.length - 1) {
    return readCandidates(passage, { start: start + ofAt + 1, end }, known, classify, order + ofAt + 1);
  }
  if (title && isPersonName(words.slice(title.nameAt).map((token) => token.text))) {
    const found: Candidate[] = [];
    let affiliation: string | null = null;
    if (title.at > 0) {
      const prefix = make(0, title.at, null);
      // What stands before a title in one run is whom the titled person works for (`White House Chief of Staff …`).
      const kind = toKind(classify(passage, start, start + title.at, AFFILIATIONS));
      if (kind === 'organization' || kind === 'place') {
        found.push({ ...prefix, kind });
        affiliation = prefix.surface;
      }
    }
    if (title.nameAt < words.length) {
      const role = spanText(passage, words.slice(title.at, title.roleEnd));
      const single = words.length - title.nameAt === 1;
      const apposition = readApposition(passage, end);
      found.push(
        make(title.nameAt, words.length, single ? null : 'person', {
          role,
          affiliation: affiliation ?? apposition?.affiliation ?? null,
          personCue: true,
        }),
      );
    }
    return found;
  }

  const after = tokens[end];
  const kind = toKind(classify(passage, start, end));
  const personCue = isSpeechVerb(after) || (tokens[start - 1] !== undefined && isSpeechVerb(tokens[start - 1]));
  // A lone word may be a short form of a name found elsewhere; the model's word stands when it is not.
  if (words.length === 1) return [make(0, 1, null, { personCue, predicted: kind })];
  // A person's name has no digits (`Brent LCOc1` is a price's ticker), nor opens with a company's
  // name that is no first name (`Amazon Alexa`, `Apple Watch`: a product).
  if (kind === null || (kind === 'person' && (words.some((token) => /\p{N}/u.test(token.text)) || opensWithCompany(words)))) return [];
  if (kind !== 'person') return [make(0, words.length - trailingCodes(words), kind, { personCue })];
  const apposition = readApposition(passage, end);
  return [make(leadingWordsOff(words), words.length, kind, { personCue, role: apposition?.role ?? null, affiliation: apposition?.affiliation ?? null })];
}

/**
 * Whether a run opens with a company's name that is no first name and no city's (the company
 * list holds `Paris` and `Alexandria`, names people are given as well).
 */
function opensWithCompany(words: readonly Token[]): boolean {
  const first = foldName(words[0]?.text ?? '');
  const { companies, firstNames, cities } = SHIPPED_MODEL.gazetteer;
  return companies.has(first) && !firstNames.has(first) && !cities.has(first);
}

/**
 * How many words at the end of a run are instrument codes that wire copy prints after a market's
 * name (`London Metal Exchange CMAL3`, `Brent LCOc1`): capitals and a digit, part of no name.
 */
function trailingCodes(words: readonly Token[]): number {
  let count = 0;
  while (count < words.length - 1 && INSTRUMENT_CODE.test(words[words.length - 1 - count]?.text ?? '')) count += 1;
  return count;
}

const INSTRUMENT_CODE = /^\p{Lu}{2,}\p{Ll}?\d+$/u;

/**
 * How many words open a person's run without being part of the name: a position in a roster or
 * stat line (`DL Myles Garrett`, `CB Tavierre Thomas`), or a word general English writes in lower
 * case that the sentence's capital or a caption's raised (`Employee Steve Castro`, `Defenseman
 * Jonas Brodin`). The rest must still be a name of two words or more.
 */
function leadingWordsOff(words: readonly Token[]): number {
  const first = words[0]?.text ?? '';
  const rest = words.slice(1).map((token) => token.text);
  const use = wordUse(first);
  const lowerCaseWord = use === 'common' || use === 'rare';
  const notName =
    /^\p{Lu}{2,3}$/u.test(first) || (words[0]?.opensSentence === true && lowerCaseWord && !SHIPPED_MODEL.gazetteer.firstNames.has(foldName(first)));
  return notName && rest.length >= 2 && isPersonName(rest) ? 1 : 0;
}

/** Says what the candidate name `tokens[start, end)` of a passage is. */
export type RunClassifier = (passage: AnalyzedPassage, start: number, end: number, among?: readonly NameClass[]) => NameClass;

/** Makes the classifier of one briefing from its runs of capitalised words, grouped by `runKey`. */
export type ClassifierFor = (runs: ReadonlyMap<string, readonly RunMention[]>) => RunClassifier;

const AFFILIATIONS: readonly NameClass[] = ['organization', 'place'];

const SHIPPED_MODEL = loadEntityModel(weightsFile as WeightsFile, gazetteerFile);
const SHIPPED_CLASSIFIER: ClassifierFor = (runs) => classifyInBriefing(SHIPPED_MODEL, runs);

/** People, organisations and places are kept; other names (works, events, nationalities) and non-names are not. */
function toKind(name: NameClass): EntityKind | null {
  return name === 'person' || name === 'organization' || name === 'place' ? name : null;
}

/**
 * Read the apposition after a person's name: `Allie Weiskopf, a spokesperson for U.S. Special
 * Operations Command` gives the role `spokesperson` and the affiliation.
 */
function readApposition(passage: AnalyzedPassage, end: number): { role: string | null; affiliation: string | null } | null {
  const tokens = passage.tokens;
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.pos !== 'DET') return null;
  for (let index = end + 2; index < Math.min(tokens.length, end + 7); index += 1) {
    const token = tokens[index] as Token;
    if (isCapitalised(token) || token.pos === 'PUNCT') return null;
    if (!['for', 'of', 'at', 'with', 'from'].includes(token.text)) continue;
    const role = index > end + 2 ? passage.text.slice((tokens[end + 2] as Token).start, (tokens[index - 1] as Token).end) : null;
    if (!isCapitalised(tokens[index + 1] ?? token)) return { role, affiliation: null };
    const runEnd = findRunEnd(tokens, index + 1);
    const affiliation = passage.text.slice((tokens[index + 1] as Token).start, (tokens[runEnd - 1] as Token).end);
    return { role, affiliation };
  }
  return null;
}

function spanText(passage: AnalyzedPassage, words: readonly Token[]): string {
  const first = words[0];
  const last = words.at(-1);
  return first && last ? passage.text.slice(first.start, last.end) : '';
}

function isSpeechVerb(token: Token | undefined): boolean {
  return token !== undefined && SPEECH_VERBS.has(token.text.toLowerCase());
}

/** Where a title stands in a run, where its role ends, and where the name after it starts. */
interface TitleSplit {
  readonly at: number;
  readonly roleEnd: number;
  readonly nameAt: number;
}

/**
 * Find a title in a run and keep it apart from the name: `Col. Allie Weiskopf`, `White House
 * Chief of Staff Susie Wiles`, `Secretary of Defence Pete Hegseth` (the department after `of`
 * belongs to the role; the last two words are the name).
 */
function splitTitle(words: readonly Token[]): TitleSplit | null {
  for (let at = 0; at < words.length; at += 1) {
    for (let length = Math.min(3, words.length - at); length >= 1; length -= 1) {
      const phrase = words
        .slice(at, at + length)
        .map((token) => token.text.toLowerCase())
        .join(' ');
      if (!TITLES.has(phrase) && !TITLES.has(phrase.replace(/\.$/, ''))) continue;
      let roleEnd = at + length;
      if (words[roleEnd]?.text === 'of') {
        const rest = words.length - roleEnd - 1;
        if (rest <= 1) return { at, roleEnd: words.length, nameAt: words.length };
        roleEnd = rest === 2 ? words.length - 1 : words.length - 2;
      }
      return { at, roleEnd, nameAt: roleEnd };
    }
  }
  return null;
}

/**
 * A person's name after an abbreviation no table knows, which stands as their title between
 * who they work for and their name: `Browns DL Sheldon Richardson`, a defensive lineman of the
 * Browns. An abbreviation that opens the run is a name's own (`CBS All Access`).
 */
function splitAtAbbreviation(words: readonly Token[], known: KnownEntityIndex): TitleSplit | null {
  const at = words.findLastIndex((token) => isAcronym(token.text));
  const name = words.slice(at + 1).map((token) => token.text);
  if (at < 1 || name.length < 2 || known.byName.has(foldName(words[at]?.text ?? '')) || !isPersonName(name)) return null;
  return { at, roleEnd: at + 1, nameAt: at + 1 };
}

/** One to four name words (`Allie Weiskopf`, `Tulsi Gabbard`), none of them a common or organisation word. */
function isPersonName(words: readonly string[]): boolean {
  const folded = words.map((word) => foldName(word));
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    words.every((word, index) => isNameWord(word) || (index > 0 && index < words.length - 1 && NAME_CONNECTORS.has(word))) &&
    !folded.some((word) => ORGANIZATION_HEADS.has(word) || PLACE_HEADS.has(word) || NEVER_NAMES.has(word) || TITLES.has(word))
  );
}

/** `Weiskopf`, `O'Brien`, `Jean-Luc`, `J.`: capitalised, not all capitals beyond one letter. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}(?:\.|[\p{Ll}'’\-]*\p{Ll}(?:[-’']\p{Lu}\p{Ll}+)*|\p{Ll}*\p{Lu}\p{Ll}+)$/u.test(word);
}

/** `CIA`, `U.S.`, `NATO`: two to six capitals, dots allowed. */
function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,6}$/u.test(word);
}

/**
 * Group candidates into entities: full names first, then lone words and short forms resolved
 * to them (`Maduro` → `Nicolás Maduro`, `CIA` → `Central Intelligence Agency`, `Special
 * Operations` → `U.S. Special Operations Command`), then to the table of known entities
 * (`Trump` → `Donald Trump`). A lone word nothing resolves is kept only as a person with a cue
 * (`… Hegseth said`) that also stands somewhere other than a sentence's start.
 */
function resolveShortForms(
  candidates: readonly Candidate[],
  midSentenceWords: ReadonlySet<string>,
  known: KnownEntityIndex,
  year: number | null,
): Group[] {
  const groups = new Map<string, Group>();
  const groupFor = (kind: EntityKind, key: string, knownName: string | null, order: number): Group => {
    const id = `${kind}:${key}`;
    let group = groups.get(id);
    if (!group) {
      group = { kind, key, order, knownName, surfaces: [], lastNames: new Set(), initials: new Set(), role: null, affiliation: null, mentions: [], orders: [] };
      groups.set(id, group);
    }
    return group;
  };
  const add = (group: Group, candidate: Candidate) => {
    if (!group.surfaces.includes(candidate.surface)) {
      group.surfaces.push(candidate.surface);
      const surname = candidate.words.findLast((word, index) => index > 0 && !GENERATION_SUFFIX.test(word));
      if (surname !== undefined) group.lastNames.add(foldName(surname));
      group.initials.add(initials(candidate.words));
    }
    group.role ??= candidate.role;
    group.affiliation ??= candidate.affiliation;
    group.mentions.push({ passage: candidate.passage, start: candidate.start, end: candidate.end, order: candidate.order });
    group.orders.splice(countBelow(group.orders, candidate.order), 0, candidate.order);
  };

  // Words that stand inside a longer organisation or place name are a short form of it (`Special
  // Operations`, `West Division`), unless they are the place an organisation is named after,
  // before its name or after its `of` (`Hong Kong Stock Exchange`, `Western District of New
  // York`): the place named alone is the place.
  const parts = new Set<string>();
  const namesakePlaces = new Set<string>();
  for (const { kind, words } of candidates) {
    if (kind !== 'organization' && kind !== 'place') continue;
    for (let from = 0; from < words.length; from += 1) {
      for (let to = from + 1; to <= words.length && to - from < words.length; to += 1) {
        const part = words.slice(from, to).join(' ');
        parts.add(part);
        if (kind === 'organization' && (from === 0 || (to === words.length && words[from - 1] === 'of'))) namesakePlaces.add(part);
      }
    }
  }
  const isPart = (candidate: Candidate) => {
    const words = candidate.words.join(' ');
    return parts.has(words) && !(candidate.kind === 'place' && namesakePlaces.has(words));
  };
  const pending: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.kind === null || (candidate.kind === 'organization' && isAcronym(candidate.surface)) || (candidate.words.length > 1 && isPart(candidate))) {
      pending.push(candidate);
      continue;
    }
    const knownEntity = known.byName.get(foldName(candidate.surface));
    const kind = knownEntity?.kind ?? candidate.kind;
    add(groupFor(kind, knownEntity ? foldName(knownEntity.name) : foldName(candidate.surface), knownEntity?.name ?? null, candidate.order), candidate);
  }

  const all = () => [...groups.values()];
  for (const candidate of pending) {
    const key = foldName(candidate.surface);
    const target =
      // A name that stands as an entity of its own elsewhere in the text is that entity.
      all().find((group) => group.key === key) ??
      findByLastName(all(), key, candidate.order) ??
      (candidate.predicted === 'person' ? findByFirstName(all(), key) : null) ??
      findByAcronym(all(), candidate.surface) ??
      findByPart(all(), candidate.words, candidate.order) ??
      fromKnown(known, key, year);
    if (target && 'kind' in target && 'key' in target) {
      add(target, candidate);
    } else if (target) {
      add(groupFor(target.kind, foldName(target.name), target.name, candidate.order), candidate);
    } else if (candidate.predicted !== null && !NEVER_NAMES.has(key) && (candidate.predicted !== 'person' || midSentenceWords.has(key))) {
      add(groupFor(candidate.predicted, key, null, candidate.order), candidate);
    }
  }
  return all();
}

/** What follows a surname to tell a father from his son: `Patrick Carlineo Jr.` is a Carlineo. */
const GENERATION_SUFFIX = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$/u;

/** A person of the article whose last name is `key`; the nearest one mentioned before wins. */
function findByLastName(groups: readonly Group[], key: string, order: number): Group | null {
  const matches = groups.filter(
    (group) => group.kind === 'person' && group.key !== key && group.lastNames.has(key),
  );
  return nearest(matches, order);
}

/**
 * The one person of the article whose first name is `key`, when no last name is: a singer, a
 * child or a royal is written by the first name once the full name is given (`Taylor` after
 * `Taylor Swift`). Only a word read as a person's is looked up so; two people of that first
 * name leave it unresolved.
 */
function findByFirstName(groups: readonly Group[], key: string): Group | null {
  const matches = groups.filter(
    (group) => group.kind === 'person' && group.surfaces.some((surface) => surface.includes(' ') && foldName(surface.split(' ')[0] ?? '') === key),
  );
  return matches.length === 1 ? (matches[0] as Group) : null;
}

/** An organisation whose name has `acronym` as its initials: `CIA`, `Central Intelligence Agency`. */
function findByAcronym(groups: readonly Group[], acronym: string): Group | null {
  if (!isAcronym(acronym)) return null;
  const letters = acronym.replace(/\./g, '');
  return (
    groups.find(
      (group) =>
        group.kind === 'organization' &&
        group.initials.has(letters),
    ) ?? null
  );
}

function initials(words: readonly string[]): string {
  return words
    .filter((word) => !NAME_CONNECTORS.has(word) && word !== 'and' && word !== '&')
    .map((word) => word[0] ?? '')
    .join('');
}

/** An organisation or place whose name contains these words in a row: `Special Operations`. */
function findByPart(groups: readonly Group[], words: readonly string[], order: number): Group | null {
  if (words.length < 2 && !isAcronym(words[0] ?? '')) return null;
  const part = ` ${words.join(' ')} `;
  const matches = groups.filter(
    (group) => group.kind !== 'person' && group.surfaces.some((surface) => surface !== part.trim() && ` ${surface} `.includes(part)),
  );
  return nearest(matches, order);
}

function nearest(groups: readonly Group[], order: number): Group | null {
  let best: Group | null = null;
  let bestOrder = Number.NEGATIVE_INFINITY;
  for (const group of groups) {
    const below = countBelow(group.orders, order);
    const at = below > 0 ? (group.orders[below - 1] as number) : -1 - group.order;
    if (best === null || at > bestOrder) {
      best = group;
      bestOrder = at;
    }
  }
  return best;
}

/** How many numbers of a sorted list are below `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A known entity for a lone word: an alias (`CIA`, `Venezuela`) or a surname in its years (`Trump`). */
function fromKnown(known: KnownEntityIndex, key: string, year: number | null): KnownEntity | null {
  const byName = known.byName.get(key);
  if (byName) return byName;
  const people = (known.bySurname.get(key) ?? []).filter(
    (entity) => year === null || (entity.surname !== undefined && entity.surname.from <= year && year <= entity.surname.to),
  );
  return people.length === 1 ? (people[0] ?? null) : null;
}

/** Add the mentions a headline in capitals makes of entities found elsewhere. */
function addShoutedMentions(passage: AnalyzedPassage, groups: readonly Group[]): void {
  const words = passage.tokens.map((token) => foldName(token.text));
  for (const group of groups) {
    for (const surface of [...group.surfaces, group.knownName ?? '']) {
      const target = foldName(surface).split(' ');
      if (target[0] === '') continue;
      const at = words.findIndex((_, index) => target.every((word, offset) => words[index + offset] === word));
      if (at < 0) continue;
      const first = passage.tokens[at] as Token;
      const last = passage.tokens[at + target.length - 1] as Token;
      group.mentions.push({ passage: passage.id, start: first.start, end: last.end, order: Number.MAX_SAFE_INTEGER });
      break;
    }
  }
}

function toFoundEntities(groups: readonly Group[], passages: readonly AnalyzedPassage[]): FoundEntities {
  const passageOrder = new Map(passages.map((passage, index) => [passage.id, index]));
  const found: FoundEntities = { people: [], organizations: [], places: [], mentions: [] };
  const lists: Record<EntityKind, Entity[]> = { person: found.people, organization: found.organizations, place: found.places };
  const mentions: (EntityMention & { order: number })[] = [];
  const canonical = new Map(groups.map((group) => [group, group.knownName ?? pickCanonical(group)]));
  // An affiliation is written as the text has it; name it as its own entity is named.
  const bodies = new Map<string, string>();
  for (const group of groups) {
    if (group.kind !== 'person') for (const surface of group.surfaces) bodies.set(surface, canonical.get(group) ?? surface);
  }
  for (const group of [...groups].sort((a, b) => a.order - b.order)) {
    const name = canonical.get(group) ?? group.key;
    const passageIds = [...new Set(group.mentions.map((mention) => mention.passage))].sort(
      (a, b) => (passageOrder.get(a) ?? 0) - (passageOrder.get(b) ?? 0),
    );
    lists[group.kind].push({
      name,
      aliases: group.surfaces.filter((surface) => surface !== name),
      role: group.role,
      affiliation: group.affiliation === null ? null : (bodies.get(group.affiliation) ?? group.affiliation),
      mentions: passageIds,
    });
    for (const mention of group.mentions) mentions.push({ kind: group.kind, name, ...mention });
  }
  mentions.sort((a, b) => (passageOrder.get(a.passage) ?? 0) - (passageOrder.get(b.passage) ?? 0) || a.start - b.start);
  found.mentions.push(...mentions.map(({ order: _order, ...mention }) => mention));
  return found;
}

/**
 * The canonical name among the ways an article writes one entity: the fullest (most words),
 * then the one with the most accents (`Nicolás` over `Nicolas`), then the first written.
 */
function pickCanonical(group: Group): string {
  let best = group.surfaces[0] ?? group.key;
  for (const surface of group.surfaces) {
    const words = surface.split(' ').length - best.split(' ').length;
    if (words > 0 || (words === 0 && countAccents(surface) > countAccents(best))) best = surface;
  }
  return best;
}
