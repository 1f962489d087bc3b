/**
 * Publication dates on pages: read from the ISO text the briefing keeps, shown in the zone the
 * source printed, with no dependence on the machine's locale or time zone.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?([+-]\d{2}:\d{2}|Z))?$/;

/**
 * A publication date as a reader reads it, in the source's own zone.
 *
 * @example formatPublished('2025-12-30T23:15:00+05:30', 'IST') // '30 December 2025, 23:15 IST'
 * @example formatPublished('2025-12-30', null) // '30 December 2025'
 */
export function formatPublished(published: string, zone: string | null): string {
  const match = ISO.exec(published);
  if (!match) return published;
  const [, year, month, day, hour, minute, offset] = match;
  const date = `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
  if (hour === undefined) return date;
  const zoneName = zone ?? (offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`);
  return `${date}, ${hour}:${minute} ${zoneName}`;
}

/** Whether a briefing belongs on the site: every one but a curator's draft. Pass it to `getCollection`. */
export function isPublished(entry: { data: { draft: boolean } }): boolean {
  return !entry.data.draft;
}

/** The instant of a publication date in milliseconds, for sorting; a bare day counts as its start in UTC. */
export function publishedTime(published: string | null): number {
  if (published === null) return Number.NEGATIVE_INFINITY;
  const time = Date.parse(published);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Order briefings newest first; undated ones go last, and ties are broken by title. */
export function sortNewestFirst<T extends { data: { published: string | null; title: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => publishedTime(b.data.published) - publishedTime(a.data.published) || compareText(a.data.title, b.data.title),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
