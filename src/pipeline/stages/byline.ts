/**
 * Read a byline line such as `TOI GLOBAL DESK | TOI GLOBAL | Dec 30, 2025, 23:15 IST` into
 * who wrote it, for which outlet, and when, with the zone resolved to a UTC offset.
 */
import * as chrono from 'chrono-node';
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { Outlet } from '../reference/outlets.ts';
import type { ZoneTable } from '../reference/zones.ts';
import type { Byline, PublishedInstant, SourceLine } from '../types.ts';

/** The tables a byline is read against. */
export interface BylineContext {
  readonly zones: ZoneTable;
  readonly outlets: readonly Outlet[];
}

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
  if (chrono.strict.parse(stamp).length === 0) return null;

  const outlet = findOutlet(`${desk} ${section}`, context.outlets);
  const keepUpper = new Set(outlet?.aliases.filter(isAcronym) ?? []);
  const stampColumn = line.text.lastIndexOf(stamp) + 1;
  const published = readStamp(stamp, { line: line.line, column: stampColumn }, context.zones, outlet?.country ?? null);
  return {
    value: {
      author: toReadingCase(desk, keepUpper),
      outlet: outlet?.name ?? toReadingCase(section, keepUpper),
      published: published.value,
    },
    diagnostics: published.diagnostics,
  };
}

/** Find the known outlet a piece of text names, such as `TOI` in `TOI GLOBAL`. */
export function findOutlet(text: string, outlets: readonly Outlet[]): Outlet | null {
  const words = ` ${text.replace(/[^\p{L}\p{N}.]+/gu, ' ')} `;
  return (
    outlets.find((outlet) =>
      [outlet.name, ...outlet.aliases].some((alias) =>
        isAcronym(alias) ? words.includes(` ${alias} `) : words.toLowerCase().includes(` ${alias.toLowerCase()} `),
      ),
    ) ?? null
  );
}

const ZONE_AT_END = /\s+([A-Z]{2,5})\s*$/;

/**
 * Read a date stamp such as `Dec 30, 2025, 23:15 IST`. The zone is resolved through `zones`,
 * the outlet's country choosing between meanings; an unknown zone keeps the day, drops the time.
 */
function readStamp(
  stamp: string,
  place: { line: number; column: number },
  zones: ZoneTable,
  country: string | null,
): Staged<PublishedInstant | null> {
  const diagnostics: Diagnostic[] = [];
  const zoneMatch = ZONE_AT_END.exec(stamp);
  const zoneName = zoneMatch?.[1] ?? null;
  const withoutZone = zoneMatch ? stamp.slice(0, zoneMatch.index) : stamp;
  const parsed = chrono.strict.parse(withoutZone)[0];
  if (!parsed || !parsed.start.isCertain('year')) {
    diagnostics.push(
      warning('byline-date', `Cannot read the date "${stamp}", expected a day with its year; left the briefing undated`, place),
    );
    return { value: null, diagnostics };
  }
  const { start } = parsed;
  const day = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  if (!start.isCertain('hour')) return { value: { iso: day, zone: zoneName }, diagnostics };

  const offset = zoneName === null ? null : resolveZone(zoneName, zones, country);
  if (offset === null) {
    const found = zoneName === null ? 'no time zone' : `the unknown time zone "${zoneName}"`;
    diagnostics.push(warning('byline-zone', `Found ${found}; kept the date, dropped the time`, place));
    return { value: { iso: day, zone: null }, diagnostics };
  }
  const time = `${pad(start.get('hour'))}:${pad(start.get('minute'))}:${pad(start.get('second'))}`;
  return { value: { iso: `${day}T${time}${offset}`, zone: zoneName }, diagnostics };
}

/** The UTC offset a zone abbreviation stands for at an outlet of `country`, or null if unknown. */
export function resolveZone(name: string, zones: ZoneTable, country: string | null): string | null {
  const meanings = zones.get(name.toUpperCase());
  if (!meanings || meanings.length === 0) return null;
  const local = country === null ? undefined : meanings.find((meaning) => meaning.countries.includes(country));
  return (local ?? meanings[0])?.offset ?? null;
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

function isAcronym(alias: string): boolean {
  return /^[A-Z]{2,5}$/.test(alias);
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0');
}
