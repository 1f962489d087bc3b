/**
 * Read a byline line into who wrote it, for which outlet, and when, with the zone resolved to a
 * UTC offset. Bylines come in many shapes:
 *
 * - `TOI GLOBAL DESK | TOI GLOBAL | Dec 30, 2025, 23:15 IST` (desk, outlet, stamp)
 * - `By Jane Doe, Reuters`, `By Tess Bonn - 11/19/19 06:56 AM EST`, `BY: Beachbody`
 * - `Jane Doe - Nov 19, 2019, 10:31 pm CST`
 * - `Updated: 12 March 2024 14:05 GMT`, `Published Nov 18, 2019 at 4:07 PM`, `2019-11-19T12:48:14Z`
 */
import type { Staged } from '../diagnostics.ts';
import type { Outlet } from '../reference/outlets.ts';
import { wordUse } from '../reference/word-use.ts';
import type { ZoneTable } from '../reference/zones.ts';
import type { Byline, SourceLine } from '../types.ts';
import { findStamp, type FoundStamp } from './stamp.ts';

export { resolveZone } from './stamp.ts';

/** The tables a byline is read against, and the time of ingest (null: no future-date check). */
export interface BylineContext {
  readonly zones: ZoneTable;
  readonly outlets: readonly Outlet[];
  readonly now?: Date | null;
}

/** A byline line is never longer than this. */
const MAX_BYLINE_WORDS = 30;
const MAX_BYLINE_LENGTH = 220;

/**
 * Read a `desk | outlet | date` byline. Returns null when the line does not have that shape
 * (it is then not a byline at all); problems inside a byline come back as diagnostics.
 *
 * @example parseByline({ line: 2, text: 'TOI GLOBAL DESK | TOI GLOBAL | Dec 30, 2025, 23:15 IST' }, context)
 *   // value: { author: 'TOI Global Desk', outlet: 'The Times of India',
 *   //          published: { iso: '2025-12-30T23:15:00+05:30', zone: 'IST' } }
 */
export function parseByline(line: SourceLine, context: BylineContext): Staged<Byline> | null {
  const parts = line.text.split('|').map((part) => part.trim());
  if (parts.length !== 3 || parts.some((part) => part === '')) return null;
  const [desk = '', section = '', stamp = ''] = parts;
  const outlet = findOutlet(`${desk} ${section}`, context.outlets);
  const stampColumn = line.text.lastIndexOf(stamp) + 1;
  const found = findStamp(stamp, { line: line.line, column: stampColumn }, stampContext(context, outlet));
  if (found === null || !isMostly(stamp, found)) return yearless(line, stamp, stampColumn);
  const keepUpper = new Set(outlet?.aliases.filter(isAcronym) ?? []);
  return {
    value: {
      author: toReadingCase(desk, keepUpper),
      outlet: outlet?.name ?? toReadingCase(section, keepUpper),
      published: found.published.value,
    },
    diagnostics: found.published.diagnostics,
  };
}

/** A `desk | outlet | stamp` line whose stamp has a date but no year: a byline, left undated. */
function yearless(line: SourceLine, stamp: string, column: number): Staged<Byline> | null {
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i.test(stamp)) return null;
  const [desk = '', section = ''] = line.text.split('|').map((part) => part.trim());
  return {
    value: { author: toReadingCase(desk, new Set()), outlet: toReadingCase(section, new Set()), published: null },
    diagnostics: [
      {
        severity: 'warning',
        rule: 'byline-date',
        line: line.line,
        column,
        message: `Cannot read the date "${stamp}", expected a day with its year; left the briefing undated`,
      },
    ],
  };
}

/** Labels that open a byline part or a stamp. */
const LABEL =
  /^(?:written by|posted by|reported by|words by|by|author|authors|published(?: on| at)?|updated(?: on| at)?|last updated(?: on| at)?|last modified(?: on)?|posted(?: on| at)?|modified(?: on)?|publish(?:ed)? date|date|first published(?: on)?|von|por|par|di|oleh)\b\s*[:.]?\s*/i;

/** `By Jane Doe` and friends: the label, then a name. */
const BY_LABEL = /^(?:written by|posted by|reported by|words by|by|author|authors|von|por|par|oleh)\b\s*[:.]?\s*\S/i;
/** `Posted on March 30, 2015 by Admin`: the label later in the line. */
const BY_LATER = /\s(?:by|por|par|von|oleh)\s+\S/i;

/** Separators between the parts of a byline: pipes, bullets, slashes and dashes between spaces, "on", "by". */
const SEPARATOR = /\s*(?:[|•·;]|\s[-–—/]{1,2}\s|,\s(?=\p{Lu})|\s(?:on|at|updated|published|posted|by)\s)\s*/iu;

/** A clock time left over beside a stamp: `(19:14 GMT)`, `-- 07:47 PM EST`. */
const CLOCK = /\(?\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\)?/gi;

/** A social handle after a name: `Natasha Turak @NatashaTurak`. */
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_]{2,30}\b/gu;

/** Jobs printed with a name: `Staff Writer`, `AP Auto Writer`, `Live Science Contributor`, `Special to the Pioneer Press`. */
const ROLE =
  /^(?:[\p{L}&.' ]{0,40}\s)?(?:staff|writer|editor|reporter|correspondent|contributor|columnist|producer|critic|analyst|bureau|desk|team)s?$|^special to\b|^(?:opinion|senior|chief|deputy|managing|contributing)\b/iu;

/** A desk, bureau or team that signs an article: `TOI Global Desk`, `Metro Staff`. */
const DESK = /^[\p{L}&.' ]{2,40}\s(?:desk|bureau|team|staff)$/iu;

/**
 * Read any byline shape: `desk | outlet | stamp`, `By Jane Doe, Reuters`, `Jane Doe - Nov 19,
 * 2019, 10:31 pm CST`, `Natasha Turak @NatashaTurak`, a stamp on its own with or without
 * `Updated:`. Null when the line is not a byline: a sentence that starts with "By", a menu entry,
 * a headline.
 *
 * @example readBylineLine({ line: 4, text: 'By Tess Bonn - 11/19/19 06:56 AM EST' }, context)?.value
 *   // { author: 'Tess Bonn', outlet: null, published: { iso: '2019-11-19T06:56:00-05:00', zone: 'EST' } }
 */
export function readBylineLine(line: SourceLine, context: BylineContext): Staged<Byline> | null {
  const text = line.text;
  if (text.length > MAX_BYLINE_LENGTH || countWords(text) > MAX_BYLINE_WORDS) return null;
  const piped = parseByline(line, context);
  if (piped !== null) return piped;

  const outletInLine = findOutlet(text, context.outlets);
  const found = findStamp(text, { line: line.line, column: 1 }, stampContext(context, outletInLine));
  let rest = found === null ? text : `${text.slice(0, found.index)} | ${text.slice(found.index + found.length)}`;
  rest = removeStamps(rest, context).replace(CLOCK, ' | ');
  const hasHandle = HANDLE.test(rest);
  rest = rest.replace(HANDLE, ' | ');
  const hasBy = BY_LABEL.test(text) || BY_LATER.test(rest);
  let hadRole = false;
  // The line's own label goes first, whole: split first, `Written by` would leave `Written` as a name.
  const printed = rest
    .replace(LABEL, '')
    .split(SEPARATOR)
    .map((part) => part.replace(LABEL, '').replace(/^[\s,;:|()–—-]+|[\s,;:|()–—-]+$/g, ''))
    .filter((part) => part !== '');
  // `By Express Web Desk`: a desk signs the article.
  const signedBy = printed[0] ?? '';
  const desk = hasBy && /^\p{Lu}/u.test(signedBy) && DESK.test(signedBy) ? toReadingCase(signedBy, new Set(outletInLine?.aliases.filter(isAcronym) ?? [])) : null;
  const parts = printed
    .flatMap((part, index) => {
      // `Meg James Staff Writer`: the name comes first, its job after it; `AP Auto Writer` later in the line is a job alone.
      const named = index === 0 ? stripRole(part) : part;
      const roleOnly = ROLE.test(part) && named === part;
      if (named !== part || roleOnly) hadRole = true;
      return roleOnly ? [] : [named];
    });
  const pieces = parts.flatMap((part) => splitOutlet(part, context.outlets));
  const names = pieces.filter((part, index) => isNameLike(part, context.outlets, hasBy && index === 0));
  const leftover = pieces.filter((part) => !names.includes(part)).join(' ');
  const people = names.filter((name) => !isOutletName(name, context.outlets));
  // A login in lower case (`by admin`) is what a site's software prints where its writer gave no name.
  const authors = people.filter((name) => !/^\p{Ll}[\p{L}\p{N}_.-]*$/u.test(name));
  const onlyNames = leftover === '' && people.length === 1;

  const accepted =
    // "By most accounts, the law worked.": a sentence, not a byline.
    (hasBy && names.length > 0 && countWords(leftover) <= 6) ||
    // A stamp with a few words around it is a byline only when those words are a byline's own
    // (`Updated`, `3 min read`): "What happened on 2 May 2025." is a sentence, and reading it as a
    // byline would lose its words.
    (found !== null && isBylineFiller(leftover) && names.length <= 3) ||
    (hasHandle && names.length === 1 && countWords(leftover) <= 3) ||
    // `Tom Krisher, AP Auto Writer`, `Tom Davies Associated Press`: a person with a job or an outlet.
    (onlyNames && (hadRole || names.length === 2)) ||
    (desk !== null && names.length === 0 && countWords(leftover) <= 6);
  if (!accepted) return null;
  const outlet = outletInLine?.name ?? null;
  return {
    value: {
      author: authors.length === 0 ? desk : authors.join(', '),
      outlet: outlet ?? null,
      published: found?.published.value ?? null,
    },
    diagnostics: [...(found?.published.diagnostics ?? [])],
  };
}

/** Words a byline prints around its stamp: labels, reading times, clock and day words. */
const FILLER_WORDS = new Set(
  [
    'updated published posted modified edited filed last first on at and in via source a an',
    'min mins minute minutes read reading time hour hours ago am pm a.m. p.m. et pt gmt utc',
    'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether the words left beside a stamp are only a byline's own: labels (`Updated`, `5 min
 * read`), numbers, punctuation, and names (`CBS News`, `Beachbody`), which start with a capital.
 */
function isBylineFiller(leftover: string): boolean {
  return leftover
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''))
    .filter((word) => word !== '' && !/^\d+$/.test(word))
    .every((word) => /^\p{Lu}/u.test(word) || FILLER_WORDS.has(word.toLowerCase()));
}

/** Whether a part is an outlet's name and nothing more: `Reuters`, `The Associated Press`. */
function isOutletName(part: string, outlets: readonly Outlet[]): boolean {
  const bare = part.replace(/^the\s+/i, '').toLowerCase();
  return outlets.some((outlet) => [outlet.name, ...outlet.aliases].some((alias) => alias.replace(/^the\s+/i, '').toLowerCase() === bare));
}

/** `Tom Davies Associated Press` → `Tom Davies`, `Associated Press`: a name run into a known outlet. */
function splitOutlet(part: string, outlets: readonly Outlet[]): string[] {
  const outlet = findOutlet(part, outlets);
  if (outlet === null) return [part];
  for (const alias of [outlet.name, ...outlet.aliases]) {
    const at = part.toLowerCase().lastIndexOf(alias.toLowerCase());
    if (at > 0 && at + alias.length === part.length) return [part.slice(0, at).trim(), part.slice(at)];
  }
  return [part];
}

/** `Meg James Staff Writer` → `Meg James`; `IGN Staff` stays. */
function stripRole(name: string): string {
  const stripped = name.replace(ROLE_AT_END, '');
  return stripped === '' || !stripped.includes(' ') ? name : stripped;
}

const ROLE_AT_END = /(?:\s+(?:senior|chief|staff|contributing|special|opinion|deputy|managing))*\s+(?:staff|writer|reporter|correspondent|contributor|columnist|editor|critic)$/i;

/**
 * Whether a part of a byline reads as a person's or an outlet's name: one to six words, each
 * capitalised (or a particle such as `de`, `van`), no sentence mark at the end.
 */
function isNameLike(part: string, outlets: readonly Outlet[], afterBy: boolean): boolean {
  if (isOutletName(part, outlets)) return true;
  // After "By", a user name will do: `By Regan`, `By admin` (whose login is then no author).
  if (afterBy && /^[\p{L}][\p{L}\p{N}_.-]{1,30}$/u.test(part)) return true;
  const words = part.split(/\s+/);
  // One capitalised word alone (`Space`, `Opinion`) is a section name more often than a person.
  if (words.length < 2 && !afterBy) return false;
  if (words.length > 6 || /[.!?]$/.test(part) && !/\b\p{Lu}\.$/u.test(part)) return false;
  if (/\d/.test(part)) return false;
  // A particle stands before a surname, never last: `Publié le` is a label, not a name.
  if (NAME_PARTICLE.test(words.at(-1) ?? '')) return false;
  return words.every((word) => /^[\p{Lu}@][\p{L}\p{M}.'’-]*$/u.test(word) || NAME_PARTICLE.test(word));
}

/** Lower-case words inside names (`Ana de Souza`, `Ludwig van Beethoven`), and the `and` between two. */
const NAME_PARTICLE = /^(?:de|da|del|der|den|van|von|la|le|di|du|al|bin|ibn|and|&)$/i;

/** A byline's other stamps (`Last modified on Mon 18 Nov 2019 18.56 GMT`) cut out, so its names stand alone. */
function removeStamps(text: string, context: BylineContext): string {
  let rest = text;
  for (let round = 0; round < 3; round += 1) {
    const found = findStamp(rest, { line: 1 }, stampContext(context, null));
    if (found === null) break;
    rest = `${rest.slice(0, found.index)} | ${rest.slice(found.index + found.length)}`;
  }
  return rest;
}

function isMostly(stamp: string, found: FoundStamp): boolean {
  return found.length >= stamp.replace(/^(?:\w+\s*:|on|at)\s*/i, '').trim().length * 0.6;
}

function stampContext(context: BylineContext, outlet: Outlet | null) {
  return { zones: context.zones, country: outlet?.country ?? null, now: context.now ?? null };
}

/**
 * Find the known outlet a piece of text names, such as `TOI` in `TOI GLOBAL` or `Reuters` in
 * `(Reuters) -`. Short upper-case aliases match as whole words only.
 */
export function findOutlet(text: string, outlets: readonly Outlet[]): Outlet | null {
  const words = ` ${text.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  const lower = words.toLowerCase();
  return (
    outlets.find((outlet) =>
      [outlet.name, ...outlet.aliases].some((alias) =>
        isAcronym(alias) ? words.includes(` ${alias} `) : lower.includes(` ${alias.toLowerCase()} `),
      ),
    ) ?? null
  );
}

/**
 * Turn an all-caps byline part into reading case, keeping acronyms: `TOI GLOBAL DESK` → `TOI Global Desk`.
 * Text that is not all caps is already as its author wanted it, and is kept.
 */
export function toReadingCase(text: string, keepUpper: ReadonlySet<string>): string {
  if (text !== text.toUpperCase()) return text;
  return text.replace(/\p{L}+/gu, (word) =>
    keepUpper.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase(),
  );
}

/** Merge the bylines of several header lines: the first author, outlet and date found win. */
export function mergeBylines(bylines: readonly Byline[]): Byline {
  return {
    author: bylines.find((byline) => byline.author !== null)?.author ?? null,
    outlet: bylines.find((byline) => byline.outlet !== null)?.outlet ?? null,
    published: bylines.find((byline) => byline.published !== null)?.published ?? null,
  };
}

function isAcronym(alias: string): boolean {
  return /^[A-Z]{2,5}$/.test(alias);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Whether a line is a person's name and nothing else, as pages print the author on its own line
 * next to the date: `Dallas Robinson`, `Adam Clark Estes`. A name has a word that English
 * capitalises or does not know; words it writes in lower case, all of them, are a control or a
 * section in title case (`Enlarge Image`, `Business News`).
 */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$|^\p{Lu}\.$/u.test(word)) &&
    words.some((word) => wordUse(word) === 'name' || wordUse(word) === 'unknown')
  );
}
