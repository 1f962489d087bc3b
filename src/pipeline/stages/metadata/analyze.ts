/**
 * Tokens, sentences and parts of speech for a briefing's passages, by wink-nlp and its English
 * model. The model is loaded once (about 0.1 s) by `createAnalyzer`; analysing a 5 KB article
 * then takes about a millisecond and a half, which is what lets ingest stay linear and fast.
 */
import winkNLP, { type ItsFunction, type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { TITLES } from '../../reference/entity-words.ts';

/** A passage of a briefing, named as its mentions are: `title`, `dek`, `summary`, `p-3`. */
export interface Passage {
  readonly id: string;
  readonly text: string;
}

/** One token of a passage, with where it stands. */
export interface Token {
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** Lower-case dictionary form: `strikes` → `strike`. */
  readonly lemma: string;
  /** Character offsets in the passage's text. */
  readonly start: number;
  readonly end: number;
  /** Whether the token opens a sentence (or follows an opening quotation mark or a colon). */
  readonly opensSentence: boolean;
  /** Whether whitespace stands before the token. */
  readonly spaced: boolean;
}

/** A passage with its tokens. */
export interface AnalyzedPassage extends Passage {
  readonly tokens: readonly Token[];
}

/** Turns passages into tokens; made once by `createAnalyzer` and passed to the stages. */
export type Analyzer = (passages: readonly Passage[]) => AnalyzedPassage[];

/** Between passages, so no sentence runs from one into the next. */
const SEPARATOR = '\n\n';
const OPENERS = new Set(['“', '"', '‘', ':', '(', '—', '–']);

/**
 * Unbroken runs longer than this (a pasted hash, a URL run into the next, a line of dots) are
 * no name, quote or phrase, and wink's tokenizer takes time in the square of a run's length
 * (its e-mail and abbreviation patterns try every split). They are blanked before tokenizing,
 * with as many spaces, so offsets still line up: the cost of a passage stays in proportion to
 * its length.
 */
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'gu');

/** `text` with every run of more than `MAX_RUN` non-space characters turned into spaces. */
export function blankLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
}

/**
 * Join the pieces wink cuts one written word into, so a name keeps its letters: a letter outside
 * its alphabet (`Petrović` comes as `Petrovi` + `ć`), a hyphen inside a name (`Jean-Luc`,
 * `Gómez-Ortega`, `al-Qaeda`; one of the parts capitalised), a title's full stop (`Rev.`). The joined token takes the part of
 * speech of its last part, or `PROPN` if any part is one.
 */
function joinWordPieces(text: string, tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const previous = joined.at(-1);
    const next = tokens[index + 1];
    if (previous !== undefined && !token.spaced && previous.end === token.start) {
      if (/^[\p{L}\p{M}]+$/u.test(token.text) && /[\p{L}\p{M}]$/u.test(previous.text)) {
        joined[joined.length - 1] = merge(text, [previous, token]);
        continue;
      }
      // `Rev.`, `Gen.`, `Sen.`: a title's abbreviating full stop belongs to it, not to the sentence.
      if (token.text === '.' && TITLES.has(`${previous.text.toLowerCase()}.`)) {
        joined[joined.length - 1] = merge(text, [previous, token]);
        continue;
      }
      const hyphenated =
        /^[-‐]$/.test(token.text) && next !== undefined && !next.spaced && next.start === token.end &&
        /\p{L}$/u.test(previous.text) && /^\p{L}/u.test(next.text) && (/^\p{Lu}/u.test(previous.text) || /^\p{Lu}/u.test(next.text));
      if (hyphenated) {
        joined[joined.length - 1] = merge(text, [previous, token, next]);
        index += 1;
        continue;
      }
    }
    joined.push(token);
  }
  return joined;
}

function merge(text: string, parts: readonly Token[]): Token {
  const first = parts[0] as Token;
  const last = parts.at(-1) as Token;
  const value = text.slice(first.start, last.end);
  return {
    ...first,
    text: value,
    pos: parts.some((part) => part.pos === 'PROPN') ? 'PROPN' : last.pos,
    lemma: value.toLowerCase(),
    end: last.end,
  };
}

/**
 * Load wink-nlp's English model with only sentence splitting and part-of-speech tagging (its
 * own entity recogniser finds dates and numbers, not names, and would only cost time).
 *
 * @example createAnalyzer()([{ id: 'p-1', text: 'Trump said Monday.' }])[0].tokens[0]
 *   // { text: 'Trump', pos: 'PROPN', lemma: 'trump', start: 0, end: 5, opensSentence: true, spaced: false }
 */
export function createAnalyzer(): Analyzer {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const { its } = nlp;
  return (passages) => {
    const doc = nlp.readDoc(passages.map((passage) => blankLongRuns(passage.text)).join(SEPARATOR));
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as PartOfSpeech[];
    const spaces = tokens.out(its.precedingSpaces) as string[];
    // wink's own typings give `its.lemma` an extra parameter its `out` does not accept; it works as documented.
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
    const sentenceStarts = new Set((doc.sentences().out(its.span) as unknown as [number, number][]).map(([start]) => start));

    const analyzed: AnalyzedPassage[] = [];
    let passageIndex = 0;
    let passageStart = 0;
    let passageTokens: Token[] = [];
    let offset = 0;
    const close = () => {
      const passage = passages[passageIndex];
      if (passage) analyzed.push({ ...passage, tokens: joinWordPieces(passage.text, passageTokens) });
    };
    const text = doc.out();
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index] ?? '';
      offset += (spaces[index] ?? '').length;
      // wink keeps the text as given, so offsets add up; look the token up if it ever does not.
      if (text.slice(offset, offset + value.length) !== value) offset = Math.max(offset, text.indexOf(value, offset));
      // Line breaks come as tokens of their own; passages already mark them.
      if (pos[index] === 'SPACE') {
        offset += value.length;
        continue;
      }
      while (passageIndex < passages.length - 1 && offset >= passageStart + (passages[passageIndex]?.text.length ?? 0)) {
        close();
        passageStart += (passages[passageIndex]?.text.length ?? 0) + SEPARATOR.length;
        passageIndex += 1;
        passageTokens = [];
      }
      const previous = passageTokens.at(-1);
      passageTokens.push({
        text: value,
        pos: pos[index] ?? 'X',
        lemma: (lemmas[index] ?? value).toLowerCase(),
        start: offset - passageStart,
        end: offset - passageStart + value.length,
        opensSentence: previous === undefined || sentenceStarts.has(index) || OPENERS.has(previous.text),
        spaced: (spaces[index] ?? '') !== '',
      });
      offset += value.length;
    }
    close();
    // Trailing passages with no tokens (blank ones) still get their entry, so indexes line up.
    return passages.map((passage, index) => analyzed[index] ?? { ...passage, tokens: [] });
  };
}
