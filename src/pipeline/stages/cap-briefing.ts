/**
 * Bound what one briefing can put on the site. Every list of a briefing grows with its seed or
 * its sidecar, and some make pages of their own: a megabyte of dated clauses made a page of
 * 32,000 timeline events, a sidecar of 20,000 topics 20,000 topic pages. Real articles stay far
 * below these caps; past them, the briefing keeps what matters most and a warning says what was cut.
 */
import { warning, type Diagnostic, type Staged } from '../diagnostics.ts';
import type { Briefing, Entity } from '../types.ts';

/** The most each list of one briefing keeps. */
export interface BriefingLimits {
  /** Timeline events: a long feature has a few dozen dated clauses. */
  readonly timeline: number;
  /** Topics, the curator's first: each has a page of its own. */
  readonly topics: number;
  /** People, organisations and places, each kind apart: each name has a page of its own. */
  readonly entities: number;
}

export const BRIEFING_LIMITS: BriefingLimits = { timeline: 300, topics: 25, entities: 200 };

/** How many of the left-out names a warning quotes. */
const EXAMPLES = 3;

const KIND_NAMES = { people: 'people', organizations: 'organisations', places: 'places' } as const;

/**
 * Cut a briefing's timeline, topics and entities to `limits`. The timeline keeps the events
 * read first, from the summary and the first paragraphs (the top of a news story carries its
 * news), in calendar order still; topics keep their order, so the curator's come first; each kind of entity keeps
 * the names mentioned in the most passages.
 *
 * @example capBriefing(briefingWith400Topics).diagnostics[0].message
 *   // 'The briefing has 400 topics; kept the first 25 and left out 375, such as "a", "b" and "c"'
 */
export function capBriefing(briefing: Briefing, limits: BriefingLimits = BRIEFING_LIMITS): Staged<Briefing> {
  const diagnostics: Diagnostic[] = [];
  let { timeline, topics, entities } = briefing;

  if (timeline.length > limits.timeline) {
    const order = (paragraph: string) => (paragraph === 'summary' ? 0 : Number(/^p-(\d+)$/.exec(paragraph)?.[1] ?? Infinity));
    // Reading order: the paragraph, then the place of the date in it.
    const ranked = timeline
      .map((event, index) => ({ index, at: order(event.paragraph), offset: event.date.offset }))
      .sort((a, b) => a.at - b.at || a.offset - b.offset || a.index - b.index);
    const kept = new Set(ranked.slice(0, limits.timeline).map(({ index }) => index));
    const last = timeline[ranked[limits.timeline - 1]?.index ?? 0]?.paragraph ?? 'summary';
    diagnostics.push(
      warning(
        'briefing-limit',
        `The briefing has ${count(timeline.length)} timeline events; kept the ${count(limits.timeline)} of its first paragraphs (up to ${last}) and left out ${count(timeline.length - limits.timeline)}`,
      ),
    );
    timeline = timeline.filter((_event, index) => kept.has(index));
  }

  if (topics.length > limits.topics) {
    const cut = topics.slice(limits.topics);
    diagnostics.push(
      warning(
        'briefing-limit',
        `The briefing has ${count(topics.length)} topics; kept the first ${count(limits.topics)} and left out ${count(cut.length)}, such as ${quote(cut.map(({ name }) => name))}`,
      ),
    );
    topics = topics.slice(0, limits.topics);
  }

  for (const kind of ['people', 'organizations', 'places'] as const) {
    const list = entities[kind];
    if (list.length <= limits.entities) continue;
    const ranked = list.map((entity, index) => ({ entity, index })).sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.index - b.index);
    const kept = new Set(ranked.slice(0, limits.entities).map(({ index }) => index));
    const cut: Entity[] = ranked.slice(limits.entities).map(({ entity }) => entity);
    diagnostics.push(
      warning(
        'briefing-limit',
        `The briefing names ${count(list.length)} ${KIND_NAMES[kind]}; kept the ${count(limits.entities)} mentioned most and left out ${count(cut.length)}, such as ${quote(cut.map(({ name }) => name))}`,
      ),
    );
    entities = { ...entities, [kind]: list.filter((_entity, index) => kept.has(index)) };
  }

  if (diagnostics.length === 0) return { value: briefing, diagnostics };
  return { value: { ...briefing, timeline, topics, entities, diagnostics: [...briefing.diagnostics, ...diagnostics] }, diagnostics };
}

function count(value: number): string {
  return value.toLocaleString('en');
}

/** `"a", "b" and "c"`: the first few names, each cut to a readable length. */
function quote(names: readonly string[]): string {
  const shown = names.slice(0, EXAMPLES).map((name) => `"${name.length > 40 ? `${name.slice(0, 39)}…` : name}"`);
  return shown.length < 2 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
