import { describe, expect, test } from 'vitest';
import type { Entity, Slug } from '../../../src/pipeline/types.ts';
import { linkBriefings } from '../../../src/pipeline/whole-set/link-briefings.ts';
import { mergeTopics } from '../../../src/pipeline/whole-set/weigh-topics.ts';
import { makeBriefing } from '../../support/briefings.ts';

const person = (name: string, aliases: string[] = [], mentions = ['p-1']): Entity => ({ name, aliases, role: null, mentions, affiliation: null });
const withPeople = (slug: string, people: Entity[]) =>
  makeBriefing({ slug: slug as Slug, entities: { people, organizations: [], places: [] } });

describe('linkBriefings: one name per entity across briefings', () => {
  test('gives the spelling most briefings use, accents first on a tie, to all of them', () => {
    const linked = linkBriefings([
      { briefing: withPeople('a', [person('Nicolas Maduro')]), keyphrases: [] },
      { briefing: withPeople('b', [person('Nicolás Maduro', ['Maduro'])]), keyphrases: [] },
    ]);
    expect(linked.map((briefing) => briefing.entities.people[0]?.name)).toEqual(['Nicolás Maduro', 'Nicolás Maduro']);
    expect(linked[0]?.entities.people[0]?.aliases).toEqual(['Nicolas Maduro']);
  });

  test('resolves a short form one briefing kept alone to the only full name other briefings give it', () => {
    const linked = linkBriefings([
      { briefing: { ...withPeople('a', [person('Hegseth')]), quotes: [{ text: 'We are ready to act today', speaker: 'Hegseth', paragraph: 'p-1' }] }, keyphrases: [] },
      { briefing: withPeople('b', [person('Pete Hegseth', ['Hegseth'])]), keyphrases: [] },
    ]);
    expect(linked[0]?.entities.people).toEqual([person('Pete Hegseth', ['Hegseth'])]);
    expect(linked[0]?.quotes[0]?.speaker).toBe('Pete Hegseth');
  });

  test('leaves a short form alone when two full names share it', () => {
    const linked = linkBriefings([
      { briefing: withPeople('a', [person('Bush')]), keyphrases: [] },
      { briefing: withPeople('b', [person('George W. Bush', ['Bush'])]), keyphrases: [] },
      { briefing: withPeople('c', [person('George H. W. Bush', ['Bush'])]), keyphrases: [] },
    ]);
    expect(linked[0]?.entities.people[0]?.name).toBe('Bush');
  });

  test('never renames a short name to a longer name of another shape that merely contains it', () => {
    const organization = (name: string, aliases: string[] = []): Entity => ({ ...person(name, aliases) });
    const withOrganizations = (slug: string, organizations: Entity[]) =>
      makeBriefing({ slug: slug as Slug, entities: { people: [], organizations, places: [] } });
    const linked = linkBriefings([
      { briefing: withOrganizations('a', [organization('JAXA')]), keyphrases: [] },
      { briefing: withOrganizations('b', [organization('Ruth Calloway of JAXA', ['JAXA'])]), keyphrases: [] },
      { briefing: withOrganizations('c', [organization('CNES')]), keyphrases: [] },
      { briefing: withOrganizations('d', [organization('Centre National Etudes Spatiales', ['CNES'])]), keyphrases: [] },
    ]);
    expect(linked.map((briefing) => briefing.entities.organizations[0]?.name)).toEqual([
      'JAXA',
      'Ruth Calloway of JAXA',
      'Centre National Etudes Spatiales',
      'Centre National Etudes Spatiales',
    ]);
  });
});

describe('linkBriefings: topics weighed against the whole set', () => {
  test('prefers the phrases other briefings do not use, and never a word inside a chosen phrase', () => {
    const common = { key: 'official statement', name: 'official statements', count: 3 };
    const linked = linkBriefings([
      {
        briefing: makeBriefing({ slug: 'a' as Slug }),
        keyphrases: [common, { key: 'drone strike', name: 'drone strikes', count: 3 }, { key: 'strike', name: 'strike', count: 4 }, { key: 'port', name: 'port', count: 1 }],
      },
      { briefing: makeBriefing({ slug: 'b' as Slug }), keyphrases: [common] },
      { briefing: makeBriefing({ slug: 'c' as Slug }), keyphrases: [common] },
    ]);
    expect(linked[0]?.topics).toEqual([
      { name: 'drone strikes', origin: 'text' },
      { name: 'official statements', origin: 'text' },
    ]);
  });

  test('puts a curator\'s topics first and drops the same topic from the text', () => {
    expect(mergeTopics(['Drone strikes', 'Venezuela crisis'], ['drone strikes', 'port facility'])).toEqual([
      { name: 'Drone strikes', origin: 'curator' },
      { name: 'Venezuela crisis', origin: 'curator' },
      { name: 'port facility', origin: 'text' },
    ]);
    const [linked] = linkBriefings([{ briefing: makeBriefing({ slug: 'a' as Slug }), keyphrases: [] }], { topics: new Map([['a', ['Elections']]]) });
    expect(linked?.topics).toEqual([{ name: 'Elections', origin: 'curator' }]);
  });
});
