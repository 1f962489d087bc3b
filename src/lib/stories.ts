/**
 * Story pages: the briefings of several outlets about one story, the story's timeline (each
 * event once, citing every briefing that tells it) and where the outlets disagree. Built once
 * per build from the front matter ingest wrote: one pass over the briefings.
 */
import type { ShownFrontMatter, StoryCount, StoryEvent, Telling } from '../schemas/briefing.ts';
import { publishedTime } from './published.ts';

/** One story of the site. */
export interface Story {
  readonly id: string;
  readonly title: string;
  /** Its briefings, oldest first. */
  readonly members: readonly ShownFrontMatter[];
  /** The outlets that covered it, in the order they first did. */
  readonly outlets: readonly string[];
  /** Every dated event its briefings tell, in calendar order; those several tell are one entry. */
  readonly events: readonly StoryEvent[];
  /** Counts its briefings give differently. */
  readonly counts: readonly StoryCount[];
}

/** The path of a story's page, relative to the site root. */
export function storyPath(id: string): string {
  return `stories/${id}/`;
}

/**
 * Gather the stories of a set of briefings (given newest first or in any order) by their
 * `story` id.
 */
export function buildStories(briefings: readonly ShownFrontMatter[]): Map<string, Story> {
  const byId = new Map<string, ShownFrontMatter[]>();
  for (const briefing of briefings) {
    if (briefing.story === null) continue;
    byId.set(briefing.story.id, [...(byId.get(briefing.story.id) ?? []), briefing]);
  }
  const stories = new Map<string, Story>();
  for (const [id, found] of byId) {
    // A story of one published briefing (the others drafts) is no story on the site.
    if (found.length < 2) continue;
    const members = [...found].sort(byPublished);
    stories.set(id, {
      id,
      title: (members[0] as ShownFrontMatter).story?.title ?? (members[0] as ShownFrontMatter).title,
      members,
      outlets: [...new Set(members.flatMap((member) => (member.outlet ? [member.outlet] : [])))],
      events: storyTimeline(members),
      counts: uniqueBy(
        members.flatMap((member) => member.storyCounts),
        (count) => count.what,
      ),
    });
  }
  return stories;
}

/** The events of a story: those several members tell, once each, and those one member tells alone. */
function storyTimeline(members: readonly ShownFrontMatter[]): StoryEvent[] {
  const merged = uniqueBy(
    members.flatMap((member) => member.storyEvents),
    (event) => event.id,
  );
  const told = new Set(merged.flatMap((event) => event.tellings.map(tellingKey)));
  const alone = members.flatMap((member) =>
    member.timeline
      .filter((event) => event.date.start !== null)
      .map((event): Telling => ({ briefing: member.slug, outlet: member.outlet, paragraph: event.paragraph, text: event.text, date: event.date }))
      .filter((telling) => !told.has(tellingKey(telling)))
      .map((telling): StoryEvent => ({ id: `${telling.briefing}:${tellingKey(telling)}`, date: telling.date, tellings: [telling], disputed: false })),
  );
  return [...merged, ...alone].sort((a, b) => compare(a.date.start ?? '', b.date.start ?? '') || compare(a.date.end ?? '', b.date.end ?? ''));
}

function tellingKey(telling: Telling): string {
  return `${telling.briefing}\n${telling.paragraph}\n${telling.date.offset}\n${telling.date.phrase}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Oldest first, undated last. */
function byPublished(a: ShownFrontMatter, b: ShownFrontMatter): number {
  const [ta, tb] = [publishedTime(a.published), publishedTime(b.published)].map((time) => (time === Number.NEGATIVE_INFINITY ? Infinity : time)) as [number, number];
  return ta - tb || compare(a.slug, b.slug);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
