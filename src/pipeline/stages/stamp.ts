/**
 * Read the publication stamp in a line of a page: `Dec 30, 2025, 23:15 IST`, `Nov. 19, 2019
 * 8:03 am ET`, `2019-11-19T12:48:14Z`, `Updated: 12 March 2024 14:05 GMT`. The zone abbreviation
 * is resolved through the zone table, the outlet's country choosing between meanings.
 */
import * as chrono from 'chrono-node';
import { warning, type Diagnostic, type Place, type Staged } from '../diagnostics.ts';
import type { ZoneMeaning, ZoneTable } from '../reference/zones.ts';
import type { PublishedInstant } from '../types.ts';

/** What a stamp is read against. */
export interface StampContext {
  readonly zones: ZoneTable;
  /** ISO 3166 code of the outlet's country, which decides what `IST` or `CST` means. */
  readonly country: string | null;
  /** The time of ingest: a later stamp is refused. Null when unknown (no check). */
  readonly now: Date | null;
}

/** A stamp found in a line: where it stands, and what it says. */
export interface FoundStamp {
  /** 0-based index of the stamp in the line, and its length with the zone. */
  readonly index: number;
  readonly length: number;
  readonly published: Staged<PublishedInstant | null>;
}

/**
 * Chrono fills what a stamp leaves out from this reference; only stamps that give their year
 * and day are used, so the reference never shows through (and the clock is never read).
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A zone abbreviation or a UTC offset, right after the stamp chrono read. */
const ZONE_AFTER = /^\s*\(?((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\)?(?![\p{L}\p{N}])/u;
/** The same, inside the stamp chrono read (it takes the zones it knows into its match). */
const ZONE_INSIDE = /(?<![\p{L}\p{N}])((?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})(?![\p{L}\p{N}])/gu;
/** Capitals in a stamp that are not zones. */
const NOT_ZONES = new Set(['AM', 'PM', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV', 'DEC', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);

/** An English month name or a numeric date: what every stamp has, besides a figure. */
const MAYBE_DATE =
  /(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})/i;

/**
 * Chrono's readers of other languages, each asked only of a line that names one of its months as
 * a date prints it (`4 de março de 2025`, `4 марта 2025`, `4. März 2025`). The month names come
 * from the platform's own calendar data, not from a table here.
 */
const FOREIGN_STAMPS: readonly { readonly parser: chrono.Chrono; readonly months: RegExp }[] = [
  ...(['de', 'es', 'fr', 'it', 'nl', 'pt', 'ru'] as const).map((locale) => ({ parser: chrono[locale].strict, months: monthNamesOf(locale) })),
  // Japanese and Chinese dates: `2025年3月4日`.
  { parser: chrono.ja.strict, months: /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u },
];

/** A locale's month names, on their own and as a date prints them (Russian `март`, `марта`), as one pattern. */
function monthNamesOf(locale: string): RegExp {
  const names = new Set<string>();
  const standalone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(Date.UTC(2025, month, 15));
    names.add(standalone.format(date).toLowerCase());
    for (const part of inDate.formatToParts(date)) if (part.type === 'month') names.add(part.value.toLowerCase());
  }
  return new RegExp(`(?<!\\p{L})(?:${[...names].join('|')})(?!\\p{L})`, 'iu');
}

/** The chrono readers that may find a stamp in `text`: English for its month names and numeric dates, and the languages whose month names it has. */
function parsersFor(text: string): chrono.Chrono[] {
  const parsers = MAYBE_DATE.test(text) ? [chrono.strict] : [];
  for (const { parser, months } of FOREIGN_STAMPS) if (months.test(text)) parsers.push(parser);
  return parsers;
}

/** A year as printed: `2019`, or the `19` of `11/19/19`. */
const PRINTED_YEAR = /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)/;

/** Allow a clock a day fast, or a zone read the wrong way, before calling a stamp the future. */
const FUTURE_SLACK_MS = 36 * 3_600_000;

/**
 * Find the first full date (day, month and year) in `text`.
 *
 * @example findStamp('Chris Davies - Nov 19, 2019, 10:31 pm CST', { line: 3, column: 1 }, context)
 *   // { index: 15, length: 26, published: { value: { iso: '2019-11-19T22:31:00-06:00', zone: 'CST' }, … } }
 */
export function findStamp(text: string, place: Place, context: StampContext): FoundStamp | null {
  // Every stamp this reads has a year in figures and a month, by name or in figures: without
  // them there is nothing for chrono to parse, and it is not asked (`parsersFor`).
  if (!/\d/.test(text)) return null;
  // `Nov 18, 2019 @17:19 PM`: the at-sign read as "at", keeping every index in place.
  const plain = text.replace(/@(?=\d)/g, ' ');
  for (const result of parsersFor(text).flatMap((parser) => parser.parse(plain, REFERENCE))) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('day') || !start.isCertain('month')) continue;
    // `1 day ago` is certain to chrono, counted from its reference: only printed years count.
    if (!PRINTED_YEAR.test(result.text)) continue;
    const at: Place = { line: place.line, column: (place.column ?? 1) + result.index };
    let zoneName: string | null = null;
    let length = result.text.length;
    if (start.isCertain('hour')) {
      const inside = [...result.text.matchAll(ZONE_INSIDE)].map((match) => match[1] ?? '').filter((name) => !NOT_ZONES.has(name));
      const after = ZONE_AFTER.exec(text.slice(result.index + result.text.length));
      const afterName = after?.[1];
      zoneName = inside.at(-1) ?? (afterName !== undefined && !NOT_ZONES.has(afterName) ? afterName : null);
      if (inside.length === 0 && after && zoneName !== null) length += after[0].length;
      // `11:06am ist`: chrono reads a lower-case zone it knows into its offset; the zone keeps its name.
      zoneName ??= lowerCaseZone(result.text, context.zones);
    }
    return { index: result.index, length, published: readInstant(result, zoneName, at, context) };
  }
  return null;
}

/** The zone a stamp ends with in lower case (`ist`, `est`), named as the zone table names it. */
function lowerCaseZone(stamp: string, zones: ZoneTable): string | null {
  const last = /(?<![\p{L}\p{N}])(\p{Ll}{2,5})\.?$/u.exec(stamp)?.[1]?.toUpperCase();
  return last !== undefined && !NOT_ZONES.has(last) && zones.has(last) ? last : null;
}

function readInstant(
  result: chrono.ParsedResult,
  zoneName: string | null,
  place: Place,
  context: StampContext,
): Staged<PublishedInstant | null> {
  const diagnostics: Diagnostic[] = [];
  const { start } = result;
  const day = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  let value: PublishedInstant;
  if (!start.isCertain('hour')) {
    value = { iso: day, zone: zoneName };
  } else {
    const time = `${pad(start.get('hour'))}:${pad(start.get('minute'))}:${pad(start.get('second'))}`;
    const offset = zoneName === null ? chronoOffset(start) : resolveZoneAt(zoneName, context.zones, context.country, `${day}T${time}`);
    if (offset === null) {
      const found = zoneName === null ? 'no time zone' : `the unknown time zone "${zoneName}"`;
      diagnostics.push(warning('byline-zone', `Found ${found}; kept the date, dropped the time`, place));
      value = { iso: day, zone: null };
    } else {
      value = { iso: `${day}T${time}${offset}`, zone: zoneName };
    }
  }
  if (context.now !== null && instantOf(value.iso) > context.now.getTime() + FUTURE_SLACK_MS) {
    diagnostics.push(
      warning('future-date', `Found the date ${value.iso}, which is after the time of ingest; left the briefing undated`, place),
    );
    return { value: null, diagnostics };
  }
  return { value, diagnostics };
}

/** The offset chrono read from the stamp itself (`Z`, `+05:30`), when it read one. */
function chronoOffset(start: chrono.ParsedComponents): string | null {
  if (!start.isCertain('timezoneOffset')) return null;
  const minutes = start.get('timezoneOffset');
  return minutes === null ? null : formatOffset(minutes);
}

/**
 * The UTC offset a zone abbreviation stands for at an outlet of `country`, or null if unknown.
 * `GMT+5:30` and `UTC-4` carry their offset.
 *
 * @example resolveZone('IST', DEFAULT_ZONES, 'IN') // '+05:30'
 */
export function resolveZone(name: string, zones: ZoneTable, country: string | null): string | null {
  return resolveZoneAt(name, zones, country, null);
}

/** Like `resolveZone`, for a local time (`2019-07-04T10:00:00`) that picks summer or winter time. */
function resolveZoneAt(name: string, zones: ZoneTable, country: string | null, local: string | null): string | null {
  const explicit = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (explicit) {
    const minutes = Number(explicit[2]) * 60 + Number(explicit[3] ?? 0);
    return formatOffset(explicit[1] === '-' ? -minutes : minutes);
  }
  const meanings = zones.get(name.toUpperCase());
  if (!meanings || meanings.length === 0) return null;
  const meaning = (country === null ? undefined : meanings.find((entry) => entry.countries.includes(country))) ?? meanings[0];
  if (!meaning) return null;
  return local === null ? meaning.offset : offsetAt(meaning, local);
}

/** The offset of a seasonal zone at a local time: the zone's offset at that instant, read twice to settle. */
function offsetAt(meaning: ZoneMeaning, local: string): string {
  if (meaning.iana === undefined) return meaning.offset;
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return meaning.offset;
  const first = ianaOffsetMinutes(meaning.iana, asUtc);
  const settled = ianaOffsetMinutes(meaning.iana, asUtc - first * 60_000);
  return formatOffset(settled);
}

function ianaOffsetMinutes(zone: string, instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function instantOf(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0');
}
