/**
 * Apply a curator's sidecar overrides (`src/schemas/overrides.ts`). Corrections to the article
 * itself (headline, byline, date, hidden paragraphs) come before extraction, so dates and names
 * are found in what readers will see; corrections to what was extracted (date values, entity
 * names) and the editorial fields come after.
 */
import type { Overrides } from '../../schemas/overrides.ts';
import { rangeOf, formatDay } from '../dates/calendar.ts';
import { parseTimeMl } from '../dates/parse-timeml.ts';
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { Briefing, CleanArticle, DateMention, DroppedText } from '../types.ts';
import { renameEntities } from '../whole-set/merge-entities.ts';

/**
 * Correct the article before anything is extracted from it: headline, dek, summary, outlet,
 * byline and publication date, and hide the paragraphs the curator named by their opening words
 * (they are listed as dropped by `curator-hidden`, and the rest renumbered).
 *
 * @example applyArticleOverrides(article, { hide: ['Administration officials have offered'] }).value.dropped.at(-1)?.rule
 *   // 'curator-hidden'
 */
export function applyArticleOverrides(article: CleanArticle, overrides: Overrides): Staged<CleanArticle> {
  const diagnostics: Diagnostic[] = [];
  const hidden = new Set<number>();
  for (const opening of overrides.hide ?? []) {
    const words = normalise(opening);
    const matches = article.body.flatMap((paragraph, index) => (normalise(paragraph.text).startsWith(words) ? [index] : []));
    if (matches.length === 0) diagnostics.push(warning('sidecar-hide-unmatched', `No paragraph starts with "${opening}"; hid nothing for it`));
    for (const index of matches) hidden.add(index);
  }
  const dropped: DroppedText[] = [...hidden].sort((a, b) => a - b).map((index) => ({
    rule: 'curator-hidden',
    line: article.bodyLines[index] ?? 1,
    text: article.body[index]?.text ?? '',
  }));
  const kept = article.body.flatMap((paragraph, index) => (hidden.has(index) ? [] : [{ paragraph, line: article.bodyLines[index] ?? 1 }]));
  const { byline } = article;
  return {
    value: {
      title: overrides.title ?? article.title,
      dek: overrides.dek === undefined ? article.dek : overrides.dek,
      summary: overrides.summary === undefined ? article.summary : overrides.summary,
      byline: {
        author: overrides.byline === undefined ? byline.author : overrides.byline,
        outlet: overrides.outlet === undefined ? byline.outlet : overrides.outlet,
        // The curator's date is what the source should have printed; its zone, if any, is in the offset.
        published: overrides.published === undefined ? byline.published : overrides.published === null ? null : { iso: overrides.published, zone: null },
      },
      body: kept.map(({ paragraph }, index) => ({ ...paragraph, id: `p-${index + 1}` })),
      bodyLines: kept.map(({ line }) => line),
      dropped: [...article.dropped, ...dropped],
    },
    diagnostics,
  };
}

/**
 * Correct what was extracted from the article: the values of the date phrases the curator names
 * (and of the timeline events they date), and set the editorial fields: note, corrections,
 * featured, draft.
 */
export function applyBriefingOverrides(briefing: Briefing, overrides: Overrides): Staged<Briefing> {
  const diagnostics: Diagnostic[] = [];
  // A date and its copies in timeline events are the same phrase at the same place.
  const placeOf = (date: DateMention) => `${date.paragraph}@${date.offset}`;
  const corrected = new Map<string, DateMention>();
  for (const correction of overrides.dates ?? []) {
    const calendar = parseTimeMl(correction.value);
    const range = calendar === null ? null : rangeOf(calendar);
    if (calendar === null) {
      diagnostics.push(warning('sidecar-date-value', `Cannot place "${correction.value}" on the calendar; left "${correction.phrase}" as it was`));
      continue;
    }
    const targets = briefing.dates.filter(
      (date) => date.phrase === correction.phrase && (correction.paragraph === undefined || date.paragraph === correction.paragraph),
    );
    if (targets.length === 0) {
      const where = correction.paragraph === undefined ? '' : ` in ${correction.paragraph}`;
      diagnostics.push(warning('sidecar-date-unmatched', `Found no date phrase "${correction.phrase}"${where}; corrected nothing for it`));
    }
    for (const date of targets) {
      corrected.set(placeOf(date), {
        ...date,
        value: correction.value,
        type: calendar.precision === 'time' ? 'TIME' : 'DATE',
        precision: calendar.precision,
        start: range === null ? null : formatDay(range.first),
        end: range === null ? null : formatDay(range.last),
      });
    }
  }
  const fix = (date: DateMention) => corrected.get(placeOf(date)) ?? date;
  return {
    value: {
      ...briefing,
      dates: briefing.dates.map(fix),
      timeline: briefing.timeline.map((event) => ({ ...event, date: fix(event.date), conflicts: event.conflicts.map(fix) })),
      source: overrides.url === undefined ? briefing.source : { ...briefing.source, url: overrides.url },
      note: overrides.note ?? briefing.note,
      corrections: overrides.corrections ?? briefing.corrections,
      featured: overrides.featured ?? briefing.featured,
      draft: overrides.draft ?? briefing.draft,
    },
    diagnostics,
  };
}

/**
 * Give entities the names the curator set (`Nicolas Maduro: Nicolás Maduro`), by their name or
 * an alias. Applied after the whole set is linked, so the curator has the last word.
 */
export function applyEntityOverrides(briefing: Briefing, names: Readonly<Record<string, string>>): Staged<Briefing> {
  const wanted = new Map(Object.entries(names));
  const used = new Set<string>();
  const renamed = renameEntities(briefing, (_kind, entity) => {
    const key = [entity.name, ...entity.aliases].find((name) => wanted.has(name));
    if (key === undefined) return entity.name;
    used.add(key);
    return wanted.get(key) ?? entity.name;
  });
  const diagnostics = [...wanted.keys()]
    .filter((name) => !used.has(name))
    .map((name) => warning('sidecar-entity-unmatched', `Found no person, organisation or place named "${name}"; renamed nothing for it`));
  return { value: renamed, diagnostics };
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
