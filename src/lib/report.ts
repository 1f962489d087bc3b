/**
 * The curators' build report: what ingest did with each seed, kept off the briefing pages.
 */
import type { FrontMatter } from '../schemas/briefing.ts';

/** Briefings on one page of the report; each lists its dropped text in full, so pages stay modest. */
export const REPORT_PAGE_SIZE = 10;

/** How many briefings carry a rule, and how often it was given, for the report's summary. */
export interface RuleCount {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly briefings: number;
}

/**
 * Briefings in the order a curator works through them: those with errors, then with the most
 * warnings, then the rest by slug.
 */
export function sortForReport<T extends { data: Pick<FrontMatter, 'slug' | 'diagnostics'> }>(entries: readonly T[]): T[] {
  const weight = (entry: T) =>
    entry.data.diagnostics.reduce((sum, diagnostic) => sum + (diagnostic.severity === 'error' ? 1000 : diagnostic.severity === 'warning' ? 1 : 0), 0);
  return [...entries].sort((a, b) => weight(b) - weight(a) || (a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0));
}

/** Each diagnostic rule with the number of briefings that got it, most common first. */
export function countRules(briefings: readonly Pick<FrontMatter, 'diagnostics'>[]): RuleCount[] {
  const counts = new Map<string, { severity: RuleCount['severity']; briefings: number }>();
  for (const briefing of briefings) {
    for (const diagnostic of new Map(briefing.diagnostics.map((d) => [d.rule, d])).values()) {
      const count = counts.get(diagnostic.rule) ?? { severity: diagnostic.severity, briefings: 0 };
      counts.set(diagnostic.rule, { severity: count.severity, briefings: count.briefings + 1 });
    }
  }
  return [...counts].map(([rule, count]) => ({ rule, ...count })).sort((a, b) => b.briefings - a.briefings || (a.rule < b.rule ? -1 : 1));
}
