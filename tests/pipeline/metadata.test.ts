import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Briefing, Entity } from '../../src/pipeline/types.ts';
import { ingestFile, ingestText, ROOT, SAMPLE_SEED } from '../support/seeds.ts';

const fixture = (name: string) => ingestFile(path.join(ROOT, 'tests', 'fixtures', 'seeds', name));
const names = (entities: readonly Entity[]) => entities.map((entity) => entity.name);
const find = (entities: readonly Entity[], name: string) => entities.find((entity) => entity.name === name);
const allNames = (briefing: Briefing) => Object.values(briefing.entities).flatMap((list) => list.flatMap((entity) => [entity.name, ...entity.aliases]));

describe('entities of the sample seed', () => {
  const briefing = ingestFile(SAMPLE_SEED);
  const { people, organizations, places } = briefing.entities;

  test('are exactly its five people, "Trump" read as Donald Trump', () => {
    expect(new Set(names(people))).toEqual(new Set(['Nicolás Maduro', 'Donald Trump', 'Allie Weiskopf', 'Susie Wiles', 'Pete Hegseth']));
    expect(find(people, 'Donald Trump')?.aliases).toEqual(['Trump']);
    expect(find(people, 'Donald Trump')?.mentions).toEqual(['p-4', 'p-5', 'p-7', 'p-10']);
  });

  test('merge the spellings of a name and keep the title apart as the role', () => {
    expect(find(people, 'Nicolás Maduro')).toEqual({
      name: 'Nicolás Maduro',
      aliases: ['Nicolas Maduro', 'Maduro'],
      role: 'President',
      affiliation: null,
      mentions: ['dek', 'p-6', 'p-11'],
    });
    expect(find(people, 'Allie Weiskopf')).toMatchObject({ role: 'Col.', affiliation: 'U.S. Special Operations Command' });
    expect(find(people, 'Susie Wiles')).toMatchObject({ role: 'Chief of Staff', affiliation: 'White House' });
    expect(find(people, 'Pete Hegseth')).toMatchObject({ role: 'Secretary of Defence' });
  });

  test('include its organisations, the CIA under one name, and nothing with punctuation', () => {
    expect(names(organizations)).toEqual(
      expect.arrayContaining(['Central Intelligence Agency', 'CNN', 'Tren de Aragua', 'U.S. Special Operations Command', 'White House']),
    );
    expect(find(organizations, 'Central Intelligence Agency')?.aliases).toEqual(['CIA']);
    // A dot may end an abbreviation (`U.S.`), never a word (`government.`).
    for (const name of allNames(briefing)) expect(name).not.toMatch(/[,;:’']$|\p{Ll}{2}\.$|['’]s$|^(?:The|Staff|Defence) /u);
  });

  test('include its places, "the eastern Pacific" with its direction', () => {
    expect(names(places)).toEqual(expect.arrayContaining(['Venezuela', 'Caribbean', 'eastern Pacific', 'Latin America']));
  });

  test('hold nothing that is not a name of its kind', () => {
    expect(names(people)).not.toContain('Tren de Aragua');
    expect(allNames(briefing)).not.toEqual(expect.arrayContaining(['IST']));
    for (const junk of ['Staff Susie Wiles', "Maduro's government.", "CNN's", 'Sources', 'Country', 'Venezuelan', 'American']) {
      expect(allNames(briefing)).not.toContain(junk);
    }
  });
});

describe('quotes and sources of the sample seed', () => {
  const briefing = ingestFile(SAMPLE_SEED);

  test("attribute Trump's quote to him, with its paragraph", () => {
    expect(briefing.quotes).toEqual([
      { text: 'So we hit all the boats, and now we hit the area', speaker: 'Donald Trump', paragraph: 'p-5' },
      { text: 'It’s the implementation area, and that is no longer around.', speaker: 'Donald Trump', paragraph: 'p-5' },
    ]);
  });

  test('list whom the article relies on, named and unnamed', () => {
    expect(briefing.sources.map((source) => [source.who, source.paragraph])).toEqual([
      ['reports', 'summary'],
      ['multiple sources familiar with the operation', 'p-1'],
      ['sources', 'p-2'],
      ['two sources', 'p-3'],
      ['Allie Weiskopf, a spokesperson for U.S. Special Operations Command', 'p-3'],
      ['Donald Trump', 'p-4'],
      ['Donald Trump', 'p-5'],
      ['one source', 'p-8'],
      ['prior CNN reporting', 'p-10'],
      ['Susie Wiles', 'p-11'],
    ]);
    expect(briefing.sources.find((source) => source.paragraph === 'p-10')?.entity).toBe('CNN');
    expect(briefing.sources.find((source) => source.who === 'two sources')?.text).toBe('according to two sources');
  });
});

describe('entity fixtures', () => {
  test('alias-merging.txt: one person for three spellings, one organisation for a name and its initials', () => {
    const { entities, quotes } = fixture('alias-merging.txt');
    expect(entities.people).toEqual([
      { name: 'Nicolás Maduro', aliases: ['Nicolas Maduro', 'Maduro'], role: 'President', affiliation: null, mentions: ['p-1', 'p-3'] },
    ]);
    expect(entities.organizations).toEqual([
      { name: 'Central Intelligence Agency', aliases: ['CIA'], role: null, affiliation: null, mentions: ['p-2'] },
    ]);
    expect(quotes).toEqual([{ text: 'We will not bow to any empire, not today and not ever.', speaker: 'Nicolás Maduro', paragraph: 'p-3' }]);
  });

  test('possessives.txt: names without their possessive', () => {
    const briefing = fixture('possessives.txt');
    expect(names(briefing.entities.organizations)).toEqual(['CNN', 'Ministry of Foreign Affairs']);
    expect(names(briefing.entities.places)).toEqual(['Venezuela', 'Colombia']);
    expect(names(briefing.entities.people)).toEqual(['Nicolás Maduro']);
    for (const name of allNames(briefing)) expect(name).not.toMatch(/['’]s?$/);
  });

  test('titles-and-roles.txt: titles, ranks and abbreviated positions as roles, the organisation before a title as affiliation', () => {
    const { people, organizations } = fixture('titles-and-roles.txt').entities;
    expect(people.map(({ name, role, affiliation }) => [name, role, affiliation])).toEqual([
      ['Allie Weiskopf', 'Col.', 'U.S. Special Operations Command'],
      ['Susie Wiles', 'Chief of Staff', 'White House'],
      ['Pete Hegseth', 'Secretary of Defence', null],
      ['Narendra Modi', 'Prime Minister', null],
      ['Sheldon Richardson', 'DL', 'Browns'],
      ['Kevin Mayer', null, null],
    ]);
    expect(find(people, 'Pete Hegseth')?.aliases).toEqual(['Hegseth']);
    // `Co` without its full stop still ends a company's name; the team before an abbreviated position is one; `CBS All Access` is no person.
    expect(names(organizations)).toEqual(expect.arrayContaining(['U.S. Special Operations Command', 'White House', 'Vanity Fair', 'Browns', 'Walt Disney Co.']));
    expect(names(people)).not.toContain('CBS All Access');
  });

  test('all-caps-headline.txt: a headline in capitals adds mentions, never names of its own', () => {
    const { entities } = fixture('all-caps-headline.txt');
    expect(entities.organizations).toEqual([
      { name: 'Central Intelligence Agency', aliases: ['CIA'], role: null, affiliation: null, mentions: ['title', 'p-1'] },
    ]);
    expect(names(entities.places)).toEqual(['Venezuela']);
    expect(entities.people).toEqual([]);
  });

  test('a lone surname with a speech verb is a person; a capitalised word at a sentence start is not', () => {
    const { entities } = ingestText(
      'lone.txt',
      'Talks resume\n\nWitnesses said the port was quiet. Later, Okonkwo said the talks would resume, and Okonkwo left.\n',
    ).briefing as Briefing;
    expect(names(entities.people)).toEqual(['Okonkwo']);
  });
});
