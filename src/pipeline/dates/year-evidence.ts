/**
 * When four digits are a year. News is full of numbers from 1000 to 2099 that are not: a score
 * (`a total score of 2072`), a price (`$1990`), a count (`2000 tonnes`), a model (`GTX 1660`,
 * `Flight 1549`), a street number (`1600 Pennsylvania Avenue`). A number is read as a year only
 * when its shape allows it, and then only with evidence: a word that takes a year (`in`, `since`,
 * `by`, `until`…), a month, season or modifier beside it (the grammar's other rules), a range
 * with another year (`1998-2000`), or, for a number with only a determiner (`the 1998 budget`,
 * `WeWork's 2025 bond`, `a score of 2072`) or nothing before it, a plausible distance from the
 * publication date. Every number refused is kept with the rule that refused it.
 */
import { HOLIDAYS, MONTHS, SEASONS, WEEKDAYS } from './lexicon.ts';
import { MARK, NUMBER, WORD, type Tokens } from './tokens.ts';

/** Why a number that looks like a year is not one; stable ids, listed in the README. */
export type YearRefusal =
  /** `$1990`, `1,990`, `1990.5`, `2000%`, `#2000`, `scores rose from 1061 to 1128`. */
  | 'year-amount'
  /** `2000 tonnes`, `1500 troops`, `2072 points`. */
  | 'year-count'
  /** `GTX 1660`, `Flight 1549`, `Room 1905`, `A1990`, `a 1994 Toyota`: part of a name or a code. */
  | 'year-name'
  /** `1600 Pennsylvania Avenue`, `1200 Main St.`. */
  | 'year-address'
  /** No word that takes a year, and too far from the publication to be one: `a total score of 2072`. */
  | 'year-far'
  /** No word that takes a year, in a briefing without a publication date to measure it against. */
  | 'year-undated';

/**
 * How strongly the words around a bare year say it is one: `lead` (`in 1998`, `since 1990`),
 * `range` (`1998-2000`, `1990 and 1991`), `named` (`the treaty of 1648`, `the class of 2027`),
 * `determiner` (`the 1998 budget`, `its 2025 bond`, `a score of 2072`), `none`.
 */
export type YearEvidence = 'lead' | 'range' | 'named' | 'determiner' | 'none';

/** Codes in capitals that a year may follow: `FY 2019`, `AD 1066`. */
const YEAR_CODES = new Set(['fy', 'ad', 'ce', 'bc', 'bce']);

/** Prepositions that take a year: `in 1998`, `since 1990`, `by 2030`. */
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'through',
  'before',
  'after',
  'during',
  'between',
  'circa',
  'throughout',
  'into',
  'around',
  'pre',
  'post',
]);

/** Words that make a count of what follows a number a year after all: `in 1990 levels`, `the 1990 elections`. */
const LEADS_INTO_COUNT = new Set([...YEAR_PREPOSITIONS, 'of', 'the', 'early', 'late', 'mid', 'fiscal', 'year', 'and']);

/** Determiners a year may stand after as a modifier: `the 1998 budget`, `its 2025 bond`, `of 2072`. */
const DETERMINERS = new Set(['the', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a', 'an', 'and', 'or']);

/** Capitalised words a year may follow: months, weekdays, seasons, holidays, `Fiscal`, `Class of`. */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...WEEKDAYS.keys(),
  ...SEASONS.keys(),
  ...[...HOLIDAYS.keys()].flatMap((name) => name.split(' ')),
  ...YEAR_PREPOSITIONS,
  ...DETERMINERS,
  ...YEAR_CODES,
  'fiscal',
  'calendar',
  'year',
  'early',
  'late',
  'mid',
  'since',
  'summer',
]);

/** Words that end a street name: `Pennsylvania Avenue`, `Main St.`. */
const STREET_WORDS = new Set([
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'boulevard',
  'blvd',
  'lane',
  'ln',
  'drive',
  'dr',
  'way',
  'place',
  'pl',
  'court',
  'ct',
  'highway',
  'parkway',
  'square',
  'terrace',
]);

/**
 * Makers of cars, whose models news names by their year: `a 1972 Chevrolet`, `his 2019 Toyota
 * Camry`. Makers whose name is also a common name or word (`Lincoln`, `Mercury`, `Saturn`) are left out.
 */
const CAR_MAKERS = new Set(
  (
    'chevrolet chevy ford toyota honda nissan datsun mazda subaru mitsubishi hyundai kia volkswagen bmw audi porsche mercedes ' +
    'volvo saab buick cadillac chrysler dodge jeep pontiac oldsmobile plymouth lexus acura infiniti ferrari lamborghini ' +
    'peugeot renault citroen fiat tesla'
  ).split(' '),
);

/** Capitalised words after a maker's name that make it an organisation, not a car: `the 1996 Ford Foundation grant`. */
const ORGANISATION_WORDS = new Set('foundation motor motors company corp group administration museum center family prize award trust institute'.split(' '));

/** Lower-case words a car's name may stand before: `a 1987 Buick sedan`, `a 1994 Toyota with plates`. */
const AFTER_CAR = new Set(
  'car cars truck sedan pickup van coupe convertible wagon hatchback minivan suv at in on with and or was is that which to from for of by as'.split(' '),
);

/**
 * Whether a maker's name at `index` names a car (`a 1994 Toyota Corolla`, `the 2020 Audi
 * e-tron`), not a person's or a body's time (`the 1974 Ford pardon`).
 */
function namesCar(tokens: Tokens, index: number): boolean {
  if (!isWord(tokens, index) || !isCapitalized(tokens, index) || !CAR_MAKERS.has(word(tokens, index))) return false;
  const after = word(tokens, index + 1);
  if (!isWord(tokens, index + 1)) return true;
  if (isCapitalized(tokens, index + 1)) return !ORGANISATION_WORDS.has(after);
  // A model named in lower case is a compound: `e-tron`.
  return AFTER_CAR.has(after) || (isMark(tokens, index + 2, '-') && glued(tokens, index + 2));
}

/** Verbs of change: a number they go `from`, `to` or `by` is an amount (`scores rose from 1061 to 1128`). */
const CHANGE_VERBS = new Set(
  (
    'increase increased increases increasing rise rose risen rises rising fall fell fallen falls falling grow grew grown grows growing ' +
    'drop dropped drops climb climbed climbs jump jumped jumps decline declined declines decrease decreased decreases surge surged ' +
    'soar soared slip slipped slid plunge plunged gain gained gains went up down boost boosted raise raised lower lowered cut trimmed'
  ).split(' '),
);

/**
 * Publication distances a year is believed at without a word that takes it: years back, years
 * ahead. A bond or a plan may look a few years ahead (`the 2000 Olympics` in 1998, `bonds due
 * 1993` in 1989); whether such a year is also an event is the timeline's question.
 */
const PLAUSIBLE = {
  named: { back: Infinity, ahead: 10 },
  determiner: { back: 150, ahead: 10 },
  none: { back: 60, ahead: 5 },
} as const;

const isWord = (tokens: Tokens, index: number) => tokens.kinds[index] === WORD;
const isNumber = (tokens: Tokens, index: number) => tokens.kinds[index] === NUMBER;
const isMark = (tokens: Tokens, index: number, ...marks: string[]) => tokens.kinds[index] === MARK && marks.includes(tokens.lower[index] ?? '');
const word = (tokens: Tokens, index: number) => tokens.lower[index] ?? '';
const glued = (tokens: Tokens, index: number) => index > 0 && index < tokens.count && tokens.starts[index] === tokens.ends[index - 1];
const textOf = (tokens: Tokens, index: number) => tokens.text.slice(tokens.starts[index], tokens.ends[index]);

function isCapitalized(tokens: Tokens, index: number): boolean {
  const first = textOf(tokens, index).charAt(0);
  return first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
}

/** Whether a word opens its sentence: first in the paragraph, or after `.`, `!`, `?`, a quote or a dash. */
function opensSentence(tokens: Tokens, index: number): boolean {
  return index === 0 || isMark(tokens, index - 1, '.', '!', '?', '"', '“', '‘', "'", '—', '–', ':', '(');
}

/**
 * Whether the number token at `index` has the shape of a year, or why not. Only four digits from
 * 1000 to 2099 are asked about; others are `null` (not year-like at all).
 *
 * @example judgeYearShape(tokenize('It cost $1990.'), 2) // 'year-amount'
 * @example judgeYearShape(tokenize('in 1998'), 1) // 'year'
 */
export function judgeYearShape(tokens: Tokens, index: number): 'year' | YearRefusal | null {
  if (!isNumber(tokens, index)) return null;
  const digits = word(tokens, index);
  const year = Number(digits);
  if (digits.length !== 4 || year < 1000 || year > 2099) return null;
  const before = index - 1;
  const next = index + 1;
  if (isMark(tokens, before, '$', '#', '£', '€', '¥')) return 'year-amount';
  if (glued(tokens, index) && (isMark(tokens, before, ',', '.') || isNumber(tokens, before))) return 'year-amount';
  if (
    (isMark(tokens, next, ',', '.') && glued(tokens, next) && isNumber(tokens, next + 1) && glued(tokens, next + 1)) ||
    isMark(tokens, next, '%') ||
    word(tokens, next) === 'percent'
  ) {
    return 'year-amount';
  }
  // `A1990`, `1990x`: letters glued on make a code (`1990s` is a decade, read elsewhere; `FY2020` a fiscal year).
  if (glued(tokens, index) && isWord(tokens, before) && !YEAR_CODES.has(word(tokens, before))) return 'year-name';
  if (glued(tokens, next) && isWord(tokens, next) && word(tokens, next) !== 's') return 'year-name';
  if (isWord(tokens, before) && !YEAR_CODES.has(word(tokens, before))) {
    const text = textOf(tokens, before);
    // `GTX 1660`, `ISO 9001`: a code in capitals; `Flight 1549`, `Room 1905`: a name in the middle of a sentence.
    const allCaps = text.length >= 2 && text === text.toUpperCase();
    if (allCaps || (isCapitalized(tokens, before) && !opensSentence(tokens, before) && !DATE_WORDS.has(word(tokens, before)))) return 'year-name';
  }
  // `her 1994 Toyota`: a car's model year, part of the name of the car (`in 1987 Ford sold` is still a year).
  if (namesCar(tokens, next) && !YEAR_PREPOSITIONS.has(word(tokens, before))) return 'year-name';
  // `1600 Pennsylvania Avenue`, `1200 Main St.`: a street number.
  if (isWord(tokens, next) && isCapitalized(tokens, next)) {
    for (let at = next; at < next + 3 && isWord(tokens, at) && isCapitalized(tokens, at); at += 1) {
      if (STREET_WORDS.has(word(tokens, at + 1)) || (at > next && STREET_WORDS.has(word(tokens, at)))) return 'year-address';
    }
  }
  // `2000 tonnes`, `1500 troops`: a count of things, unless a word that takes a year leads in (`in 1990 levels`).
  const after = word(tokens, next);
  // `fell to 1990 levels` compares with a year.
  // A plural noun, not `analysis`, `census` or `press`.
  const counted = isWord(tokens, next) && after.length > 3 && /[^siu]s$/.test(after) && !isCapitalized(tokens, next) && after !== 'levels';
  // `Sept. 11, 2001 attacks`: the year of a day written out leads into its noun too.
  const dayBefore = isMark(tokens, before, ',') && isNumber(tokens, before - 1);
  if (counted && !dayBefore && !LEADS_INTO_COUNT.has(word(tokens, before)) && !(isMark(tokens, before, '-') && glued(tokens, index))) return 'year-count';
  // `scores rose from 1061 to 1128`, `rose by 1500`: a quantity that changes; `fell to 1990 levels` is a year.
  if (['from', 'to', 'by'].includes(word(tokens, before)) && word(tokens, next) !== 'levels') {
    for (let back = before - 1; back >= Math.max(0, before - 5); back -= 1) {
      if (CHANGE_VERBS.has(word(tokens, back))) return 'year-amount';
      if (isMark(tokens, back, '.', ';', ',')) break;
    }
  }
  return 'year';
}

/**
 * The evidence the words around a bare year (the number token at `index`) give that it is one.
 *
 * @example yearEvidence(tokenize('a total score of 2072'), 4) // 'determiner'
 */
export function yearEvidence(tokens: Tokens, index: number): YearEvidence {
  const before = word(tokens, index - 1);
  if (YEAR_PREPOSITIONS.has(before)) return 'lead';
  // `1998-2000`, `1998 to 2000`, `2019 and 2020`, and the second year of each.
  const dash = (at: number) => isMark(tokens, at, '-', '–', '—', '/') || ['to', 'and', 'or', 'through'].includes(word(tokens, at));
  // A score such as `2072-1998` runs backwards; a range of years runs forwards.
  const year = Number(word(tokens, index));
  if (dash(index + 1) && judgeYearShape(tokens, index + 2) === 'year' && Number(word(tokens, index + 2)) > year) return 'range';
  if (dash(index - 1) && judgeYearShape(tokens, index - 2) === 'year' && Number(word(tokens, index - 2)) < year) return 'range';
  // `the treaty of 1648`, `the end of 1990`: a thing named by its year; `a score of 2072` is not.
  if (before === 'of' && [2, 3, 4].some((back) => word(tokens, index - back) === 'the')) return 'named';
  // `the 1998 budget`, `its 2025 bond`, `WeWork's 2025 bond`.
  // A sentence that opens with a bare year (`1998 was a hard year`) names it like a determiner would.
  if (DETERMINERS.has(before) || (before === 's' && isMark(tokens, index - 2, "'", '’')) || opensSentence(tokens, index)) return 'determiner';
  return 'none';
}

/**
 * Whether a bare year with only `evidence` is believed, against the publication year (null when
 * undated); a refusal says why not.
 *
 * @example judgeYearDistance(2072, 'determiner', 2025) // 'year-far'
 */
export function judgeYearDistance(year: number, evidence: YearEvidence, published: number | null): YearRefusal | null {
  if (evidence === 'lead' || evidence === 'range') return null;
  if (published === null) return evidence === 'none' ? 'year-undated' : null;
  const plausible = PLAUSIBLE[evidence];
  return year < published - plausible.back || year > published + plausible.ahead ? 'year-far' : null;
}
