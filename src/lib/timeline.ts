/**
 * The timeline on pages: dates in words at their precision, events of every briefing in
 * calendar order and grouped by year and month, the `datetime` a `<time>` element can carry,
 * and the Knight Lab TimelineJS export. Pure functions over the briefings' front matter.
 */
import type { PaginateFunction } from 'astro';
import type { DateMention, ShownFrontMatter, TimelineEvent } from '../schemas/briefing.ts';
import { h } from 'hastscript';
import { toEventHtml, toGroupLabel, toHtmlText, toParagraphsHtml } from './timeline-js-html.ts';
import { pageCacheKey } from './cache-keys.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = MONTHS.map((month) => month.slice(0, 3));
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const DAY_PARTS: Readonly<Record<string, string>> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function readDay(text: string | null): Day | null {
  const match = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf({ year, month, day }: Day): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function shortDay({ year, month, day }: Day): string {
  return `${day} ${SHORT_MONTHS[month - 1]} ${year}`;
}

/**
 * A date in words, at its precision and no finer, as a reader would say it.
 *
 * @example describeDate({ value: '2025-W52', precision: 'week', start: '2025-12-22', end: '2025-12-28', … }) // 'week of 22 Dec 2025'
 * @example describeDate({ value: '2025-W32', precision: 'week', start: '2025-08-01', end: '2025-08-07', … }) // 'first week of August 2025'
 * @example describeDate({ value: '2025-12', precision: 'month', start: '2025-12-01', end: '2025-12-30', … }) // 'December 2025, up to the 30th'
 */
export function describeDate(date: Pick<DateMention, 'value' | 'precision' | 'start' | 'end'>): string {
  const start = readDay(date.start);
  const end = readDay(date.end);
  if (start === null || end === null) return describeReference(date.value);
  switch (date.precision) {
    case 'time': {
      const clock = /T(\d{2}:\d{2}|MO|AF|EV|NI)$/.exec(date.value)?.[1];
      if (clock === undefined) return shortDay(start);
      const part = DAY_PARTS[clock];
      return part === undefined ? `${shortDay(start)}, ${clock === '24:00' ? 'midnight' : clock}` : `${part} of ${shortDay(start)}`;
    }
    case 'day':
      return shortDay(start);
    case 'week':
      return describeWeek(date.value, start, end);
    case 'month':
      return describePart(`${MONTHS[start.month - 1]} ${start.year}`, start, end, 1, daysInMonth(start.year, start.month));
    case 'quarter':
      return `${ORDINALS[Number(date.value.slice(-1)) - 1] ?? ''} quarter of ${start.year}`;
    case 'half':
      return `${ORDINALS[Number(date.value.slice(-1)) - 1] ?? ''} half of ${start.year}`;
    case 'season': {
      const season = SEASONS[date.value.slice(-2)] ?? 'season';
      return season === 'winter' ? `winter ${start.year}–${String((start.year + 1) % 100).padStart(2, '0')}` : `${season} ${start.year}`;
    }
    case 'year':
      return describePart(String(start.year), start, end, 0, 0);
    case 'decade':
      return `the ${describeDecade(start, end)}`;
    case 'century':
      return `the ${ordinalNumber(Math.floor(start.year / 100) + 1)} century`;
    case 'reference':
      return describeReference(date.value);
  }
}

function describeWeek(value: string, start: Day, end: Day): string {
  if (value.endsWith('-WE')) return `weekend of ${start.day}–${shortDay(end)}`;
  const length = (Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000 + 1;
  // A week counted in a month (`the first week of August`): seven days from its 1st, 8th, 15th or 22nd, or its last seven.
  if (length === 7 && weekdayOf(start) !== 1 && start.month === end.month) {
    const month = `${MONTHS[start.month - 1]} ${start.year}`;
    if (end.day === daysInMonth(start.year, start.month)) return `last week of ${month}`;
    if ((start.day - 1) % 7 === 0) return `${ORDINALS[(start.day - 1) / 7] ?? ''} week of ${month}`;
  }
  // `early last week`, `late last week`: part of an ISO week.
  if (length < 7) {
    const part = weekdayOf(start) === 1 ? 'early' : weekdayOf(start) === 4 ? 'late' : 'mid';
    return `${part} in the week of ${shortDay(mondayBefore(start))}`;
  }
  return `week of ${shortDay(start)}`;
}

function mondayBefore(day: Day): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day - ((weekdayOf(day) + 6) % 7)));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A month or year in words, with the part of it the phrase points to: `early December 2025`
 * for its first third, `late 2025` for its last (September to December), `December 2025, up
 * to the 30th` for the days before the publication.
 */
function describePart(name: string, start: Day, end: Day, firstDay: number, lastDay: number): string {
  if (firstDay === 0) {
    // A year: its thirds are January–April, May–August, September–December.
    const fromStart = start.month === 1 && start.day === 1;
    const toEnd = end.month === 12 && end.day === 31;
    const monthEnd = end.day === daysInMonth(end.year, end.month);
    if (fromStart && toEnd) return name;
    if (fromStart && end.month === 4 && monthEnd) return `early ${name}`;
    if (start.month === 5 && start.day === 1 && end.month === 8 && monthEnd) return `mid-${name}`;
    if (start.month === 9 && start.day === 1 && toEnd) return `late ${name}`;
    if (fromStart) return `${name}, up to ${end.day} ${SHORT_MONTHS[end.month - 1]}`;
    return `${name}, from ${start.day} ${SHORT_MONTHS[start.month - 1]}`;
  }
  if (start.day === firstDay && end.day === lastDay) return name;
  const third = Math.floor(lastDay / 3);
  if (start.day === firstDay && end.day === third) return `early ${name}`;
  if (start.day === third + 1 && end.day === lastDay - third) return `mid-${name}`;
  if (start.day === lastDay - third + 1 && end.day === lastDay) return `late ${name}`;
  if (start.day === firstDay) return `${name}, up to the ${ordinalNumber(end.day)}`;
  return `${name}, from the ${ordinalNumber(start.day)}`;
}

/** A decade, or its early (0–3), middle (4–6) or late (7–9) years. */
function describeDecade(start: Day, end: Day): string {
  const decade = start.year - (start.year % 10);
  const span = [start.year - decade, end.year - decade].join('-');
  const part = span === '0-3' ? 'early ' : span === '4-6' ? 'mid-' : span === '7-9' ? 'late ' : '';
  return `${part}${decade}s`;
}

function ordinalNumber(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
  return `${value}${suffix}`;
}

function describeReference(value: string): string {
  if (value === 'PRESENT_REF') return 'now';
  if (value === 'PAST_REF') return 'in the past';
  if (value === 'FUTURE_REF') return 'in the future';
  return 'date unknown';
}

/**
 * The `datetime` of a `<time>` element for a date: a valid HTML date, month, year, week or
 * local date and time no finer than the date itself; null when HTML has no such form (decades,
 * centuries, references).
 *
 * @example htmlDatetime({ value: '2025-W52', precision: 'week', … }) // '2025-W52'
 * @example htmlDatetime({ value: '2025-Q4', precision: 'quarter', … }) // '2025'
 */
export function htmlDatetime(date: Pick<DateMention, 'value' | 'precision' | 'start' | 'end'>): string | null {
  if (date.start === null) return null;
  switch (date.precision) {
    case 'time':
      return /T\d{2}:\d{2}$/.test(date.value) && !date.value.endsWith('T24:00') ? date.value : date.start;
    case 'day':
      return date.start;
    case 'week': {
      // The ISO week when the days lie in it (a weekend, `late last week`), else their month.
      const week = /^\d{4}-W\d{2}/.exec(date.value)?.[0];
      const start = readDay(date.start);
      const end = readDay(date.end);
      if (week !== undefined && start !== null && end !== null && isoWeekValue(start) === week && isoWeekValue(end) === week) return week;
      return date.start.slice(0, 7) === date.end?.slice(0, 7) ? date.start.slice(0, 7) : date.start.slice(0, 4);
    }
    case 'month':
      return date.start.slice(0, 7);
    case 'quarter':
    case 'half':
    case 'season':
    case 'year':
      return date.start.slice(0, 4);
    default:
      return null;
  }
}

/** The ISO week a day falls in, as `2025-W52`. */
function isoWeekValue(day: Day): string {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  // The week belongs to the year its Thursday falls in.
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = date.getUTCFullYear();
  const week = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The anchor of a paragraph on its briefing page: the summary box, or the body paragraph. */
export function paragraphAnchor(paragraph: string): string {
  return paragraph === 'summary' ? 'summary-heading' : paragraph;
}

/** An event of one briefing, as it stands on the timeline of every briefing. */
export interface TimelineEntry {
  readonly slug: string;
  readonly title: string;
  readonly outlet: string | null;
  /** The title of the story the briefing belongs to, when it belongs to one. */
  readonly story?: string;
  readonly event: TimelineEvent;
}

/** Which way the timeline runs. */
export type TimelineOrder = 'newest' | 'oldest';

/** A group of the timeline: a year (with its months) or, for coarser dates, a decade or century. */
export interface TimelineGroup {
  /** `2025`, `the 1990s`. */
  readonly heading: string;
  /** Stable anchor for the group: `y2025`, `d1990`. */
  readonly id: string;
  /** Whether the group began on an earlier page. */
  readonly continued: boolean;
  readonly sections: readonly TimelineSection[];
}

/** A month of a year, or the events of a year known only to the quarter, season or year. */
export interface TimelineSection {
  /** `December 2025`; `Also in 2025` for the events not placed in a month. */
  readonly heading: string;
  readonly id: string;
  /** Whether the section began on an earlier page. */
  readonly continued: boolean;
  readonly entries: readonly TimelineEntry[];
}

/** What the timeline needs of a briefing. */
export type TimelineSource = Pick<ShownFrontMatter, 'slug' | 'title' | 'outlet'> &
  Partial<Pick<ShownFrontMatter, 'story'>> & { readonly timeline: readonly TimelineEvent[] };

/** Every dated event of every briefing, each with the briefing it comes from. */
export function collectTimeline(briefings: readonly TimelineSource[]): TimelineEntry[] {
  return briefings.flatMap((briefing) =>
    briefing.timeline
      .filter((event) => event.date.start !== null && event.date.end !== null)
      .map((event) => ({ slug: briefing.slug, title: briefing.title, outlet: briefing.outlet, ...(briefing.story ? { story: briefing.story.title } : {}), event })),
  );
}

const FINE = new Set(['time', 'day', 'week', 'month']);

/** Timeline entries in calendar order, newest or oldest first; ties go by title. */
export function sortTimeline(entries: readonly TimelineEntry[], order: TimelineOrder): TimelineEntry[] {
  const direction = order === 'newest' ? -1 : 1;
  return [...entries].sort(
    (a, b) =>
      direction * compare(a.event.date.start ?? '', b.event.date.start ?? '') ||
      direction * compare(a.event.date.end ?? '', b.event.date.end ?? '') ||
      compare(a.title, b.title),
  );
}

/**
 * Sort and group timeline entries: by year, then by month for dates known to the month or
 * finer; dates known only to the quarter, half, season or year come after that year's months,
 * and decades and centuries stand as groups of their own.
 */
export function groupTimeline(entries: readonly TimelineEntry[], order: TimelineOrder): TimelineGroup[] {
  const direction = order === 'newest' ? -1 : 1;
  const groups = new Map<string, { heading: string; id: string; first: string; sections: Map<string, { heading: string; id: string; continued: false; entries: TimelineEntry[] }> }>();
  for (const entry of sortTimeline(entries, order)) {
    const { precision, start } = entry.event.date;
    if (start === null) continue;
    const year = start.slice(0, 4);
    const coarse = precision === 'decade' || precision === 'century';
    const span = coarse ? spanGroup(entry.event.date) : null;
    const groupKey = span?.id ?? year;
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = span === null ? { heading: year, id: `y${year}`, first: `${year}-01-01`, sections: new Map() } : { ...span, sections: new Map() };
      groups.set(groupKey, group);
    }
    const monthly = FINE.has(precision);
    const sectionKey = coarse ? 'all' : monthly ? start.slice(0, 7) : 'rest';
    let section = group.sections.get(sectionKey);
    if (section === undefined) {
      const heading = coarse ? group.heading : monthly ? `${MONTHS[Number(start.slice(5, 7)) - 1]} ${year}` : `Also in ${year}`;
      section = { heading, id: coarse ? `${group.id}-all` : monthly ? `m${start.slice(0, 7)}` : `y${year}-rest`, continued: false, entries: [] };
      group.sections.set(sectionKey, section);
    }
    section.entries.push(entry);
  }
  return [...groups.values()]
    .sort((a, b) => direction * compare(a.first, b.first))
    .map((group) => ({
      heading: group.heading,
      id: group.id,
      continued: false,
      // Months in the timeline's direction; the events not placed in a month close their year.
      // A year with no month has its events straight under its heading, not under `Also in 2047`.
      sections: [...group.sections.entries()]
        .sort(([a], [b]) => (a === 'rest' ? 1 : b === 'rest' ? -1 : direction * compare(a, b)))
        .map(([key, section]) => (key === 'rest' && group.sections.size === 1 ? { ...section, heading: group.heading } : section)),
    }));
}

/**
 * The group of a decade or century: one per span, whatever part of it a phrase names (`the
 * mid-2020s` and `the 2020s` are both under `The 2020s`), placed at the span's first day.
 *
 * @example spanGroup({ value: '202', precision: 'decade', start: '2023-01-01', … }) // { heading: 'The 2020s', id: 'd2020', first: '2020-01-01' }
 */
function spanGroup(date: Pick<DateMention, 'value' | 'precision' | 'start' | 'end'>): { heading: string; id: string; first: string } {
  const digits = /^\d+/.exec(date.value)?.[0] ?? (date.start ?? '').slice(0, date.precision === 'decade' ? 3 : 2);
  if (date.precision === 'decade') return { heading: `The ${digits}0s`, id: `d${digits}0`, first: `${digits}0-01-01` };
  const whole = { ...date, start: `${digits}00-01-01`, end: `${digits}99-12-31` };
  return { heading: describeDate(whole).replace(/^the /, 'The '), id: `c${digits}00`, first: `${digits}00-01-01` };
}

/**
 * Events on one page of the timeline: about 35 KiB of HTML (an event is about half a KiB, the
 * page around it 8 KiB), however long the timeline grows. At a hundred, pages were 57 KiB, the
 * largest kind of page after the briefings.
 */
export const TIMELINE_PAGE_SIZE = 50;

/** The heading and anchor of a group or section of the timeline. */
export interface TimelineHeading {
  readonly heading: string;
  readonly id: string;
}

/** An event in its place on the whole timeline, in the order the pages show them. */
export interface TimelineRow {
  readonly group: TimelineHeading;
  readonly section: TimelineHeading;
  /** Whether the event opens its group, and its section, on the whole timeline. */
  readonly opensGroup: boolean;
  readonly opensSection: boolean;
  readonly entry: TimelineEntry;
}

/**
 * The grouped timeline as one list of events, in reading order, each knowing its group and
 * section: what `paginate()` cuts into pages. (Cutting the sorted events and grouping each page
 * again could order a page differently from the whole: groups that start on the same day.)
 */
export function flattenTimeline(groups: readonly TimelineGroup[]): TimelineRow[] {
  return groups.flatMap((group) => {
    const groupHeading: TimelineHeading = { heading: group.heading, id: group.id };
    return group.sections.flatMap((section, sectionIndex) => {
      const sectionHeading: TimelineHeading = { heading: section.heading, id: section.id };
      return section.entries.map((entry, index) => ({
        group: groupHeading,
        section: sectionHeading,
        opensGroup: sectionIndex === 0 && index === 0,
        opensSection: index === 0,
        entry,
      }));
    });
  });
}

/**
 * The events of one page back into groups and sections, in the order they come; a group or
 * section whose first event is on an earlier page is marked `continued`.
 */
export function regroupTimeline(rows: readonly TimelineRow[]): TimelineGroup[] {
  const groups: { heading: string; id: string; continued: boolean; sections: { heading: string; id: string; continued: boolean; entries: TimelineEntry[] }[] }[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.id !== row.group.id) {
      group = { ...row.group, continued: !row.opensGroup, sections: [] };
      groups.push(group);
    }
    let section = group.sections.at(-1);
    if (section?.id !== row.section.id) {
      section = { ...row.section, continued: !row.opensSection, entries: [] };
      group.sections.push(section);
    }
    section.entries.push(row.entry);
  }
  return groups;
}

/** A link to where a group of the timeline begins: `2024` → `/timeline/7/#y2024`. */
export interface TimelineJump {
  readonly heading: string;
  readonly href: string;
}

/**
 * The pages of the timeline of `briefings`, `TIMELINE_PAGE_SIZE` events each, cut by Astro's
 * `paginate()`. Every page also gets `jumps`, a link to the page and anchor where each year (or
 * decade) begins, so a reader reaches 2019 without paging through what came after, and
 * `briefingCount`; and a `cacheKey`, so a page whose events did not change is not rendered again.
 */
export function paginateTimeline(briefings: readonly TimelineSource[], order: TimelineOrder, paginate: PaginateFunction) {
  const rows = flattenTimeline(groupTimeline(collectTimeline(briefings), order));
  const pages = paginate(rows, { pageSize: TIMELINE_PAGE_SIZE });
  const jumps: TimelineJump[] = [];
  for (const [index, row] of rows.entries()) {
    const page = pages[Math.floor(index / TIMELINE_PAGE_SIZE)];
    if (row.opensGroup && page !== undefined) jumps.push({ heading: row.group.heading, href: `${page.props.page.url.current}#${row.group.id}` });
  }
  // Every input of a page is plain data in its props: their digest is its incremental-build key.
  const shared = pageCacheKey({ jumps, briefingCount: briefings.length });
  return pages.map(({ params, props }) => ({
    params,
    props: { ...props, jumps, briefingCount: briefings.length },
    cacheKey: pageCacheKey({ page: props.page, shared }),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A date a briefing gives an event: where it says so, in words, and as written. */
export interface GivenDate {
  /** `the summary` or `the text`; `paragraph 3` when two paragraphs of the text disagree. */
  readonly where: string;
  readonly words: string;
  readonly phrase: string;
}

/** Every date a briefing gives an event, its own first, then those that disagree with it. */
export function datesGiven(event: TimelineEvent): GivenDate[] {
  const dates = [event.date, ...event.conflicts];
  const inText = dates.filter((date) => date.paragraph !== 'summary').length;
  return dates.map((date) => ({
    where: date.paragraph === 'summary' ? 'the summary' : inText > 1 ? `paragraph ${date.paragraph.replace(/^p-/, '')}` : 'the text',
    words: describeDate(date),
    phrase: date.phrase,
  }));
}

/** A date as TimelineJS reads it: strings of digits, `year` required. */
export interface TimelineJsDate {
  readonly year: string;
  readonly month?: string;
  readonly day?: string;
  readonly hour?: string;
  readonly minute?: string;
  readonly display_date?: string;
}

/** One slide of a TimelineJS timeline. */
export interface TimelineJsEvent {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly display_date: string;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group: string;
  readonly unique_id: string;
}

/** A timeline in Knight Lab's TimelineJS JSON format. */
export interface TimelineJs {
  readonly title: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: readonly TimelineJsEvent[];
}

/**
 * Most events `/timeline.json` carries. TimelineJS shows one slide per event and its makers
 * advise about twenty; tens of thousands make a file of tens of megabytes that the viewer cannot
 * page through. The newest events are kept; the timeline pages and the JSON contract have all.
 */
export const TIMELINE_JS_MAX_EVENTS = 500;

/**
 * The timeline in Knight Lab's TimelineJS format (https://timeline.knightlab.com/docs/json-format.html),
 * so it can be dropped into their viewer: the newest `limit` events, oldest first. Each event spans the days its date covers; its text
 * is the clause that dates it, as HTML built by `timeline-js-html.ts`, with a link to the paragraph it comes from.
 * `linkTo` turns a site path (`briefings/x/#p-4`) into the absolute address the viewer links to.
 */
export function toTimelineJs(entries: readonly TimelineEntry[], linkTo: (path: string) => string, limit = TIMELINE_JS_MAX_EVENTS): TimelineJs {
  const kept = entries.length > limit ? sortTimeline(entries, 'newest').slice(0, limit) : entries;
  const ids = new Map<string, number>();
  const events = groupTimeline(kept, 'oldest').flatMap((group) =>
    group.sections.flatMap((section) =>
      section.entries.map((entry): TimelineJsEvent => {
        const { event } = entry;
        const words = describeDate(event.date);
        const href = linkTo(`briefings/${entry.slug}/#${paragraphAnchor(event.paragraph)}`);
        const idBase = `${entry.slug.replaceAll('/', '-')}-${event.paragraph}`;
        const count = (ids.get(idBase) ?? 0) + 1;
        ids.set(idBase, count);
        const given = datesGiven(event);
        const conflicts = given.length > 1 ? [`Dates disagree: ${given.map((date) => `${date.where} says ${date.words} (“${date.phrase}”)`).join('; ')}.`] : [];
        const range = timelineJsRange(event.date);
        return {
          start_date: range.start,
          ...(range.end === undefined ? {} : { end_date: range.end }),
          display_date: words,
          text: {
            headline: toHtmlText(entry.title),
            text: toEventHtml({
              paragraphs: [event.text, ...conflicts],
              link: { href, text: entry.outlet === null ? 'Read it in context' : `Read it in context (${entry.outlet})` },
            }),
          },
          // One group per story, so the outlets' versions of it stand in one row of the viewer.
          group: toGroupLabel(entry.story ?? entry.title),
          unique_id: count === 1 ? idBase : `${idBase}-${count}`,
        };
      }),
    ),
  );
  const scope =
    kept.length < entries.length
      ? [
          `The newest ${kept.length} of the ${entries.length} dated events of every briefing, each linked to the paragraph it comes from. `,
          h('a', { href: linkTo('timeline/') }, 'The timeline'),
          ' lists them all.',
        ]
      : ['Dated events of every briefing, each linked to the paragraph it comes from.'];
  return { title: { text: { headline: 'Dossier timeline', text: toParagraphsHtml([scope]) } }, events };
}

/** Start and end of a date for TimelineJS, each no finer than the date. */
function timelineJsRange(date: DateMention): { start: TimelineJsDate; end?: TimelineJsDate } {
  const start = readDay(date.start);
  const end = readDay(date.end);
  if (start === null || end === null) return { start: { year: '0' } };
  const [year, month, day] = [String(start.year), String(start.month), String(start.day)];
  switch (date.precision) {
    case 'time': {
      const clock = /T(\d{2}):(\d{2})$/.exec(date.value);
      return { start: clock === null ? { year, month, day } : { year, month, day, hour: String(Number(clock[1])), minute: String(Number(clock[2])) } };
    }
    case 'day':
      return { start: { year, month, day } };
    case 'week':
      return { start: { year, month, day }, end: { year: String(end.year), month: String(end.month), day: String(end.day) } };
    case 'month':
      return { start: { year, month } };
    case 'quarter':
    case 'half':
    case 'season':
      return { start: { year, month }, end: { year: String(end.year), month: String(end.month) } };
    case 'year':
      return { start: { year } };
    default:
      return { start: { year }, end: { year: String(end.year) } };
  }
}

/**
 * A clause cut around its date phrase, to mark the phrase; null when the clause does not hold it
 * (the event kept a retelling's date).
 *
 * @example splitAtPhrase('Trump said Monday.', 'Monday') // { before: 'Trump said ', phrase: 'Monday', after: '.' }
 */
export function splitAtPhrase(text: string, phrase: string): { before: string; phrase: string; after: string } | null {
  const at = text.indexOf(phrase);
  if (at < 0 || phrase === '') return null;
  return { before: text.slice(0, at), phrase, after: text.slice(at + phrase.length) };
}
