/**
 * The month archive: briefings grouped by the month they were published, as the source dated
 * them (`2025-12-30T23:15+05:30` is December 2025 even where it is already January in UTC).
 */

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One month of the archive, with its briefings in the order given. */
export interface ArchiveMonth<T> {
  /** `2025-12`. */
  readonly key: string;
  readonly year: string;
  /** `12`, two digits as in the URL. */
  readonly month: string;
  /** `December 2025`. */
  readonly label: string;
  readonly entries: readonly T[];
}

/** The archive's months, newest first, and the briefings with no date. */
export interface Archive<T> {
  readonly months: readonly ArchiveMonth<T>[];
  readonly undated: readonly T[];
}

/**
 * Group briefings by publication month, newest month first; each month keeps the order the
 * briefings came in (pass them newest first).
 *
 * @example groupByMonth([{ data: { published: '2025-12-30' } }]).months[0].label // 'December 2025'
 */
export function groupByMonth<T extends { data: { published: string | null } }>(entries: readonly T[]): Archive<T> {
  const byMonth = new Map<string, T[]>();
  const undated: T[] = [];
  for (const entry of entries) {
    const key = publishedMonth(entry.data.published);
    if (key === null) undated.push(entry);
    else byMonth.set(key, [...(byMonth.get(key) ?? []), entry]);
  }
  const months = [...byMonth.keys()]
    .sort()
    .reverse()
    .map((key) => {
      const [year = '', month = ''] = key.split('-');
      return { key, year, month, label: `${MONTH_NAMES[Number(month) - 1]} ${year}`, entries: byMonth.get(key) ?? [] };
    });
  return { months, undated };
}

/**
 * The `YYYY-MM` of an ISO publication date, or null when there is none.
 *
 * @example publishedMonth('2025-12-30T23:15:00+05:30') // '2025-12'
 */
export function publishedMonth(published: string | null): string | null {
  const match = published === null ? null : /^(\d{4})-(0[1-9]|1[0-2])/.exec(published);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** The path of a month's archive page, relative to the site root. */
export function archiveMonthPath(month: Pick<ArchiveMonth<unknown>, 'year' | 'month'>): string {
  return `archive/${month.year}/${month.month}/`;
}
