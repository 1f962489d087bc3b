import { describe, expect, test } from 'vitest';
import { buildEntityIndex, buildRelatedIndex, entryPage, selectEvents, sortByAppearances, sortByName, toEntitySlug } from '../../src/lib/entities.ts';
import type { Entity, FrontMatter, Slug, TimelineEvent } from '../../src/pipeline/types.ts';
import { makeBriefing } from '../support/briefings.ts';

const entity = (name: string, aliases: string[] = []): Entity => ({ name, aliases, role: null, mentions: ['p-1'], affiliation: null });
const briefing = (slug: string, people: string[], topics: string[] = [], timeline: TimelineEvent[] = []): FrontMatter => ({
  ...makeBriefing({ slug: slug as Slug, title: slug, timeline, topics: topics.map((name) => ({ name, origin: 'text' as const })) }),
  entities: { people: people.map((name) => entity(name)), organizations: [], places: [] },
  generator: 'dossier',
});
const event = (text: string, about: string[], paragraph = 'p-1'): TimelineEvent => ({
  text,
  paragraph,
  about,
  date: { phrase: 'Monday', paragraph, offset: 0, value: '2025-12-29', start: '2025-12-29', end: '2025-12-29', precision: 'day', type: 'DATE' },
  conflicts: [],
});

describe('toEntitySlug', () => {
  test('makes URL names without accents, dots or case', () => {
    expect(toEntitySlug('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(toEntitySlug('U.S. Special Operations Command')).toBe('us-special-operations-command');
    expect(toEntitySlug('习近平')).toMatch(/^name-[0-9a-z]+$/);
  });

  test('caps a long name as briefing slugs are capped, and keeps two long names apart', () => {
    const long = 'Harbour Authority of the Northern Districts '.repeat(10);
    const slug = toEntitySlug(long);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(/^harbour-authority-of-the-northern-districts-.*-[0-9a-f]{8}$/);
    expect(toEntitySlug(`${long}East`)).not.toBe(slug);
    expect(toEntitySlug(long)).toBe(slug);
  });
});

describe('buildEntityIndex', () => {
  test('gives each name one page listing its briefings in the order given, and two names one slug two pages', () => {
    const index = buildEntityIndex([briefing('new', ['Donald Trump', 'U.S', 'US']), briefing('old', ['Donald Trump', 'US', 'U.S'])]);
    const trump = index.byKind.get('people')?.get('donald-trump');
    expect(trump?.appearances.map(({ briefing }) => briefing.slug)).toEqual(['new', 'old']);
    expect(index.slugOf('people', 'U.S')).toBe('us');
    expect(index.slugOf('people', 'US')).toBe('us-2');
  });

  test('gives a page only to a name of two briefings or more, and lists the others without one', () => {
    const index = buildEntityIndex([briefing('new', ['Donald Trump', 'Susie Wiles'], ['drone strike']), briefing('old', ['Donald Trump'])]);
    expect(index.slugOf('people', 'Donald Trump')).toBe('donald-trump');
    expect(index.slugOf('people', 'Susie Wiles')).toBeUndefined();
    expect(index.slugOf('topics', 'drone strike')).toBeUndefined();
    const wiles = index.byKind.get('people')?.get('susie-wiles');
    expect(wiles && entryPage(wiles)).toBeNull();
    const trump = index.byKind.get('people')?.get('donald-trump');
    expect(trump && entryPage(trump)).toBe('people/donald-trump/');
  });

  test('lists the timeline events that involve an entity', () => {
    const events = [event('Maduro spoke on Monday.', []), event('The strike came on Monday.', ['Nicolás Maduro']), event('Rain fell on Monday.', [])];
    const index = buildEntityIndex([{ ...briefing('a', []), entities: { people: [entity('Nicolás Maduro', ['Maduro'])], organizations: [], places: [] }, timeline: events }]);
    expect(index.byKind.get('people')?.get('nicolas-maduro')?.appearances[0]?.events.map((e) => e.text)).toEqual([
      'Maduro spoke on Monday.',
      'The strike came on Monday.',
    ]);
  });
});

describe('the index page and the A to Z lists', () => {
  const people = () => buildEntityIndex([briefing('a', ['Zoë Baird', 'Ada Lovelace']), briefing('b', ['Zoë Baird', 'Émile Zola']), briefing('c', ['Zoë Baird', 'Ada Lovelace'])]).byKind.get('people')?.values() ?? [];

  test('put the names in the most briefings first, ties by name', () => {
    expect(sortByAppearances(people()).map((entry) => entry.name)).toEqual(['Zoë Baird', 'Ada Lovelace', 'Émile Zola']);
  });

  test('sort names as a reader would, accents beside their letters', () => {
    expect(sortByName(people()).map((entry) => entry.name)).toEqual(['Ada Lovelace', 'Émile Zola', 'Zoë Baird']);
  });

  test('build the index once for the same briefings, asked again by another page', () => {
    const briefings = [briefing('a', ['Ada Lovelace'])];
    expect(buildEntityIndex([...briefings])).toBe(buildEntityIndex([...briefings]));
  });
});

describe('selectEvents', () => {
  test('matches whole names only', () => {
    expect(selectEvents(entity('Iran'), [event('Tirana voted on Monday.', [])])).toEqual([]);
  });

  test('finds a name between any characters that are not letters or digits, wherever it is written', () => {
    const texts = ['Iran voted on Monday.', 'On Monday, Iran.', '“Iran” voted', 'Tirana and then Iran voted', 'Iran-backed groups met on Monday'];
    const events = texts.map((text) => event(text, []));
    expect(selectEvents(entity('Iran'), events)).toEqual(events);
  });

  test('leaves a name run into other letters, accented or not, or digits', () => {
    const texts = ['Iranian voters', 'Irané voted', 'Iran2 voted', 'éIran voted', '𝐀Iran voted'];
    expect(selectEvents(entity('Iran'), texts.map((text) => event(text, [])))).toEqual([]);
  });

  test('matches an alias in the text, or the name among the event’s subjects', () => {
    const byAlias = event('The Islamic Republic spoke on Monday.', []);
    const bySubject = event('It spoke on Monday.', ['Iran']);
    expect(selectEvents(entity('Iran', ['Islamic Republic']), [byAlias, bySubject, event('Others met.', [])])).toEqual([byAlias, bySubject]);
  });
});

describe('buildRelatedIndex', () => {
  /** Briefings that name nobody the others name, so that the names below are rare over the set. */
  const others = Array.from({ length: 40 }, (_, index) => briefing(`other-${index}`, [`Person ${index}`], []));

  test('ranks briefings by what they share, rare names counting more', () => {
    const related = buildRelatedIndex([
      briefing('a', ['Donald Trump', 'Allie Weiskopf'], ['drone strike']),
      briefing('b', ['Donald Trump', 'Allie Weiskopf'], []),
      briefing('c', ['Allie Weiskopf', 'Donald Trump'], ['drone strike']),
      briefing('d', ['Someone Else'], []),
      ...others,
    ]);
    expect(related.get('a')?.map((entry) => entry.briefing.slug)).toEqual(['c', 'b']);
    expect(related.get('a')?.[0]?.shared).toEqual(['Donald Trump', 'Allie Weiskopf', 'drone strike']);
    expect(related.get('d')).toEqual([]);
  });

  test('does not relate two briefings by one name that many briefings have', () => {
    const wire = Array.from({ length: 12 }, (_, index) => briefing(`wire-${index}`, ['Reuters', `Source ${index}`], []));
    const related = buildRelatedIndex([...wire, briefing('listing', ['Reuters', 'Alibaba'], []), briefing('moon', ['Reuters', 'Titan'], []), ...others]);
    expect(related.get('listing')).toEqual([]);
    expect(related.get('moon')).toEqual([]);
  });
});
