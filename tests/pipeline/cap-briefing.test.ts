import { describe, expect, test } from 'vitest';
import { capBriefing } from '../../src/pipeline/stages/cap-briefing.ts';
import type { Entity, TimelineEvent } from '../../src/pipeline/types.ts';
import { makeBriefing } from '../support/briefings.ts';

const LIMITS = { timeline: 3, topics: 2, entities: 2 };

const event = (paragraph: string, day: number): TimelineEvent => {
  const value = `2025-01-${String(day).padStart(2, '0')}`;
  return { text: `Event of ${paragraph} on day ${day}`, paragraph, about: [], date: { phrase: 'then', type: 'DATE', paragraph, offset: 0, value, start: value, end: value, precision: 'day' }, conflicts: [] };
};
const person = (name: string, mentions: number): Entity => ({ name, aliases: [], role: null, mentions: Array.from({ length: mentions }, (_, index) => `p-${index + 1}`), affiliation: null });

describe('capBriefing', () => {
  test('leaves a briefing within the limits as it is, with nothing to say', () => {
    const briefing = makeBriefing({ timeline: [event('p-1', 1)], topics: [{ name: 'harbour', origin: 'text' }] });
    expect(capBriefing(briefing, LIMITS)).toEqual({ value: briefing, diagnostics: [] });
  });

  test('keeps the timeline events of the first paragraphs, in calendar order, and says how many it left out', () => {
    const timeline = [event('p-9', 1), event('p-2', 2), event('summary', 3), event('p-12', 4), event('p-1', 5)];
    const { value, diagnostics } = capBriefing(makeBriefing({ timeline }), LIMITS);
    expect(value.timeline.map((kept) => kept.paragraph)).toEqual(['p-2', 'summary', 'p-1']);
    expect(diagnostics.map((diagnostic) => [diagnostic.rule, diagnostic.message])).toEqual([
      ['briefing-limit', 'The briefing has 5 timeline events; kept the 3 of its first paragraphs (up to p-2) and left out 2'],
    ]);
    expect(value.diagnostics).toEqual(diagnostics);
  });

  test("keeps the first topics, the curator's, and names some of those it left out", () => {
    const topics = ['covert action', 'drug trafficking', 'ports', 'navies'].map((name) => ({ name, origin: 'curator' as const }));
    const { value, diagnostics } = capBriefing(makeBriefing({ topics }), LIMITS);
    expect(value.topics.map((topic) => topic.name)).toEqual(['covert action', 'drug trafficking']);
    expect(diagnostics[0]?.message).toBe('The briefing has 4 topics; kept the first 2 and left out 2, such as "ports" and "navies"');
  });

  test('keeps the people mentioned most, in their order, and names some of those it left out', () => {
    const people = [person('Ana Lopez', 1), person('Nicolás Maduro', 5), person('Li Wei', 1), person('Donald Trump', 3)];
    const { value, diagnostics } = capBriefing(makeBriefing({ entities: { people, organizations: [], places: [] } }), LIMITS);
    expect(value.entities.people.map((kept) => kept.name)).toEqual(['Nicolás Maduro', 'Donald Trump']);
    expect(diagnostics[0]?.message).toBe('The briefing names 4 people; kept the 2 mentioned most and left out 2, such as "Ana Lopez" and "Li Wei"');
  });
});
