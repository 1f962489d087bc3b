/**
 * Previous and next briefing by publication date, for the links at the foot of a briefing page.
 */
import { publishedTime } from './published.ts';

/** The briefings just before and after one, by date; null at either end. */
export interface Neighbours<T> {
  readonly older: T | null;
  readonly newer: T | null;
}

/**
 * Each dated briefing's older and newer neighbour, by slug. Takes the briefings sorted newest
 * first (`sortNewestFirst`); undated briefings have no place in time, so they get no neighbours
 * and are nobody's neighbour.
 */
export function neighboursByDate<T extends { data: { slug: string; published: string | null } }>(
  newestFirst: readonly T[],
): ReadonlyMap<string, Neighbours<T>> {
  const dated = newestFirst.filter((entry) => Number.isFinite(publishedTime(entry.data.published)));
  return new Map(dated.map((entry, i) => [entry.data.slug, { newer: dated[i - 1] ?? null, older: dated[i + 1] ?? null }]));
}
