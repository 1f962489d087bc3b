/**
 * The curators' build report: what ingest did with each seed, kept off the briefing pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { FRONT_MATTER } from './briefing-markdown.ts';
import { FrontMatterSchema, type FrontMatter, type StoredFrontMatter } from '../schemas/briefing.ts';

/** Briefings on one page of the report; each lists its dropped text in full, so pages stay modest. */
export const REPORT_PAGE_SIZE = 10;

/** How many briefings carry a rule, and how often it was given, for the report's summary. */
export interface RuleCount {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly briefings: number;
}

/** What the report shows of a briefing that the site's store does not keep. */
export type ReportDetails = Pick<FrontMatter, 'dropped' | 'diagnostics'>;

const ReportDetailsSchema = FrontMatterSchema.pick({ dropped: true, diagnostics: true });

/**
 * A briefing's diagnostics and dropped text, read from its MDX file (`filePath` relative to the
 * project root, as the collection gives it) when its report page is built.
 */
export function readReportDetails(filePath: string, root = process.cwd()): ReportDetails {
  const yaml = FRONT_MATTER.exec(readFileSync(path.resolve(root, filePath), 'utf8'))?.[1] ?? '';
  // The two keys are a few lines of front matter that is mostly the timeline and entities:
  // parsing only them spares a YAML parse of every briefing's whole front matter. Anything the
  // cut cannot read as the whole would (an alias to another key, a key written twice or not at
  // all) falls back to the whole.
  const part = topLevelEntries(yaml, REPORT_KEYS);
  if (part !== null) {
    try {
      return ReportDetailsSchema.parse(load(part));
    } catch {
      // Read the whole below.
    }
  }
  return ReportDetailsSchema.parse(load(yaml));
}

const REPORT_KEYS: ReadonlySet<string> = new Set(['dropped', 'diagnostics']);

/** A line that starts an entry of a front matter's top-level mapping: a plain key at the start of the line. */
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]|$)/;

/**
 * The lines of the top-level entries of `keys` in a front matter, or `null` when its top
 * level is not only plain `key:` lines (with their indented or `- ` lines under them), where
 * cutting it by lines could misread it.
 *
 * @example topLevelEntries('a: 1\nb:\n  - 2\nc: 3', new Set(['b'])) // 'b:\n  - 2'
 */
export function topLevelEntries(yaml: string, keys: ReadonlySet<string>): string | null {
  const kept: string[] = [];
  let keeping = false;
  for (const line of yaml.split(/\r?\n/)) {
    const first = line.charAt(0);
    if (first === '' || first === ' ' || first === '-' || first === '#') {
      if (keeping) kept.push(line);
      continue;
    }
    const key = TOP_LEVEL_KEY.exec(line)?.[1];
    if (key === undefined) return null;
    keeping = keys.has(key);
    if (keeping) kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Briefings in the order a curator works through them: those with errors, then with the most
 * warnings, then the rest by slug.
 */
export function sortForReport<T extends { data: Pick<StoredFrontMatter, 'slug' | 'diagnosticRules'> }>(entries: readonly T[]): T[] {
  const weight = (entry: T) =>
    entry.data.diagnosticRules.reduce((sum, diagnostic) => sum + (diagnostic.severity === 'error' ? 1000 : diagnostic.severity === 'warning' ? 1 : 0), 0);
  return [...entries].sort((a, b) => weight(b) - weight(a) || (a.data.slug < b.data.slug ? -1 : a.data.slug > b.data.slug ? 1 : 0));
}

/** Each diagnostic rule with the number of briefings that got it, most common first. */
export function countRules(briefings: readonly Pick<StoredFrontMatter, 'diagnosticRules'>[]): RuleCount[] {
  const counts = new Map<string, { severity: RuleCount['severity']; briefings: number }>();
  for (const briefing of briefings) {
    for (const diagnostic of new Map(briefing.diagnosticRules.map((d) => [d.rule, d])).values()) {
      const count = counts.get(diagnostic.rule) ?? { severity: diagnostic.severity, briefings: 0 };
      counts.set(diagnostic.rule, { severity: count.severity, briefings: count.briefings + 1 });
    }
  }
  return [...counts].map(([rule, count]) => ({ rule, ...count })).sort((a, b) => b.briefings - a.briefings || (a.rule < b.rule ? -1 : 1));
}
