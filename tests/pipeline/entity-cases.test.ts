import { describe, expect, test } from 'vitest';
import type { Briefing, Entity } from '../../src/pipeline/types.ts';
import { ingestText } from '../support/seeds.ts';

/** Ingest a headline and paragraphs written here, and return the briefing. */
function ingest(...paragraphs: string[]): Briefing {
  const outcome = ingestText('case.txt', `A headline about the day\n\n${paragraphs.join('\n\n')}\n`);
  if (!outcome.briefing) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.briefing;
}
const names = (entities: readonly Entity[]) => entities.map((entity) => entity.name);
const everyName = (briefing: Briefing) => Object.values(briefing.entities).flatMap((list) => list.flatMap((entity) => [entity.name, ...entity.aliases]));

describe('names that are not people, organisations or places', () => {
  test('products and works are none of them; the company that makes them is one', () => {
    const briefing = ingest('Apple unveiled the new MacBook Pro on Tuesday in Cupertino. Fans of Star Wars lined up outside the store, and Tim Cook greeted them.');
    expect(everyName(briefing)).not.toContain('MacBook Pro');
    expect(everyName(briefing)).not.toContain('Star Wars');
    expect(names(briefing.entities.organizations)).toContain('Apple');
    expect(names(briefing.entities.people)).toEqual(['Tim Cook']);
  });

  test('events are no names of people, organisations or places', () => {
    const briefing = ingest('Brazil hosted the World Cup in 2014. The Cold War had ended long before, said Ana Souza.');
    expect(everyName(briefing)).not.toContain('World Cup');
    expect(everyName(briefing)).not.toContain('Cold War');
    expect(names(briefing.entities.places)).toEqual(['Brazil']);
  });

  test('nationalities and peoples are not places', () => {
    const briefing = ingest('Jewish community leaders met French and German diplomats in Paris on Monday, Ana Souza said.');
    for (const word of ['Jewish', 'French', 'German']) expect(everyName(briefing)).not.toContain(word);
    expect(names(briefing.entities.places)).toEqual(['Paris']);
  });

  test('a subheading in title case names nothing by its capitals', () => {
    const briefing = ingest(
      'Ana Souza reviewed the service for a week.',
      "Price, Battery, Screen: Everything We Know About Corvin's Ultra Phone",
      'Harbour Games said the service would improve.',
    );
    expect(names(briefing.entities.people)).toEqual(['Ana Souza']);
    expect(everyName(briefing).filter((name) => /Reviews|Everything/.test(name))).toEqual([]);
  });

  test('units and common acronyms are not organisations', () => {
    const briefing = ingest('The drive holds 512 GB and the LED screen costs 300 USD, the CEO of Samsung said. The game runs at 60 FPS, Ana Souza said.');
    for (const word of ['GB', 'LED', 'USD', 'CEO', 'FPS']) expect(everyName(briefing)).not.toContain(word);
    expect(names(briefing.entities.organizations)).toEqual(['Samsung']);
  });
});

describe('places and people the way news writes them', () => {
  test('a dateline place is a place and the agency after it an organisation', () => {
    const briefing = ingest("OSLO (Reuters) - Norway's government said on Friday it would raise taxes on oil companies.");
    expect(names(briefing.entities.places)).toEqual(expect.arrayContaining(['Oslo', 'Norway']));
    expect(names(briefing.entities.organizations)).toEqual(['Reuters']);
  });

  test('`Maria Lopez of Chile` is a person and a place', () => {
    const briefing = ingest('Maria Lopez of Chile said the vote was fair.');
    expect(names(briefing.entities.people)).toEqual(['Maria Lopez']);
    expect(names(briefing.entities.places)).toEqual(['Chile']);
  });

  test('a title of two or three words is the role, not the start of the name', () => {
    const briefing = ingest('The studio grew under Northwind Chief Executive Bob Iger, who retired in 2020.', 'Chief Operating Officer Lena Marsh said the plant would reopen.');
    expect(names(briefing.entities.people)).toEqual(['Bob Iger', 'Lena Marsh']);
    expect(briefing.entities.people.map((person) => person.role)).toEqual(['Chief Executive', 'Chief Operating Officer']);
  });

  test('a title before a name is the role, however the name is written', () => {
    const briefing = ingest('In May, the agency’s Administrator Jim Bridenstine said the plan held, and Hon. Funke Adeyemi agreed.');
    expect(briefing.entities.people.map(({ name, role }) => [name, role])).toEqual([
      ['Jim Bridenstine', 'Administrator'],
      ['Funke Adeyemi', 'Hon.'],
    ]);
  });

  test('hyphenated and accented names stay whole', () => {
    const briefing = ingest('Pavle Petrović and Jean-Luc Mélenchon met Ana María Gómez-Ortega in Zagreb on Monday.');
    expect(names(briefing.entities.people)).toEqual(['Pavle Petrović', 'Jean-Luc Mélenchon', 'Ana María Gómez-Ortega']);
    expect(names(briefing.entities.places)).toEqual(['Zagreb']);
  });
});

describe('organisations the way their names are written', () => {
  test('a title with `of` and no person after it is the role; what it is of is a name of its own', () => {
    const founder = ingest('Lena Marsh, Founder of Kestrel Robotics Inc, said the rover would fly in May.');
    expect(names(founder.entities.organizations)).toEqual(['Kestrel Robotics Inc']);
    const governor = ingest('The Governor General of Belize opened the session on Monday, Ana Souza said.');
    expect(names(governor.entities.organizations)).toEqual([]);
    expect(names(governor.entities.places)).toEqual(['Belize']);
  });

  test('an ordinal before a name is part of it, but not a date’s', () => {
    const briefing = ingest('The 41st Signal Brigade moved to Norvik in 1958, and the 1st Cavalry Regiment followed it on 5th July.');
    expect(names(briefing.entities.organizations)).toEqual(['41st Signal Brigade', '1st Cavalry Regiment']);
    expect(everyName(briefing).filter((name) => name.includes('July'))).toEqual([]);
  });

  test('a name headed by the word for a studio, label, orchestra, museum or library is an organisation', () => {
    const briefing = ingest(
      'Larkspur Recordings released the album in 1998, and Harbourlight Studios mixed it, Ana Souza said.',
      'Delmar Pictures bought the rights, and the Fenwick Orchestra recorded the score for Corvale Broadcasting.',
      'The Brenmoor Museum lent the paintings, and the Ashcombe Library kept the letters.',
    );
    expect(names(briefing.entities.organizations)).toEqual([
      'Larkspur Recordings',
      'Harbourlight Studios',
      'Delmar Pictures',
      'Fenwick Orchestra',
      'Corvale Broadcasting',
      'Brenmoor Museum',
      'Ashcombe Library',
    ]);
  });
});

describe('one name named in several sentences', () => {
  test('a band named by one word is an organisation, read from what every sentence says of it', () => {
    const briefing = ingest('The band Vantora played in Cork on Friday.', 'Fans of Vantora waited outside the hall.', 'The drummer left Vantora in 2019.');
    expect(names(briefing.entities.organizations)).toEqual(['Vantora']);
    expect(names(briefing.entities.people)).toEqual([]);
    expect(names(briefing.entities.places)).toEqual(['Cork']);
  });
});

describe('one name, one entity', () => {
  const kindsOf = (briefing: Briefing, name: string) =>
    Object.entries(briefing.entities).flatMap(([kind, list]) => (list.some((entity) => entity.name === name) ? [kind] : []));

  test('a name read differently from sentence to sentence is one entity, of the kind all its mentions say together', () => {
    const briefing = ingest('Velkor said on Monday it would raise $2bn.', 'Shares of Velkor rose in New York.', 'Analysts at Velkor were upbeat, and Velkor shares closed higher in Oslo.');
    expect(kindsOf(briefing, 'Velkor')).toEqual(['organizations']);
  });

  test('the place an organisation is named after, named alone, is the place', () => {
    const briefing = ingest(
      'The New Mexico Water Board met late on Monday after a dry summer in New Mexico.',
      'Rain has not fallen in New Mexico since May, and the New Mexico Water Board has waited too long.',
      'The case was heard in the Western District of Texas, the first such case in Texas since the flood.',
    );
    expect(names(briefing.entities.places)).toEqual(['New Mexico', 'Texas']);
    expect(briefing.entities.organizations.map(({ name, aliases }) => [name, aliases])).toEqual([
      ['New Mexico Water Board', []],
      ['Western District of Texas', []],
    ]);
  });

  test('a first name after the full name is the same person', () => {
    const briefing = ingest('Taylor Swift won three awards on Sunday night in Los Angeles.', 'Taylor thanked her fans and her band from the stage, and said the tour would go on.');
    expect(briefing.entities.people.map(({ name, aliases, mentions }) => [name, aliases, mentions])).toEqual([['Taylor Swift', ['Taylor'], ['p-1', 'p-2']]]);
  });

  test('a position before a name in a stat line, or a common word a sentence opens with, is not part of the name', () => {
    const briefing = ingest(
      'Snap counts from Sunday: DL Marcus Okafor played 61 snaps, and CB Devon Hale played 58.',
      'Employee John Harris said he saw the fire start in the kitchen.',
      'Defenseman James Moore scored in the second period, his coach said.',
    );
    expect(names(briefing.entities.people)).toEqual(expect.arrayContaining(['Marcus Okafor', 'Devon Hale', 'John Harris', 'James Moore']));
    expect(names(briefing.entities.people).filter((name) => /^(?:DL|CB|Employee|Defenseman) /.test(name))).toEqual([]);
  });

  test('an instrument code after a market’s name is not part of it', () => {
    const briefing = ingest('Copper on the London Metal Exchange CMCU3 fell 0.4% to $5,870 a tonne, traders said.');
    expect(names(briefing.entities.organizations)).toEqual(['London Metal Exchange']);
  });

  test('a product named after its maker is no person', () => {
    const briefing = ingest('The new car comes with Amazon Alexa built in, and its owners can ask Amazon Alexa for the range, the maker said.');
    expect(names(briefing.entities.people)).toEqual([]);
  });

  test('a name with digits in it is no person’s', () => {
    const briefing = ingest('Oil prices rose on Monday, and Brent LCOc1 was up 2% at $62 a barrel, traders said.');
    expect(names(briefing.entities.people)).toEqual([]);
  });

  test('a surname after its `Jr.` is the same person', () => {
    const briefing = ingest('Prosecutors said Patrick W. Okafor Jr., 55, pleaded guilty on Monday to making threats.', 'Okafor faces up to ten years in prison, and Okafor’s lawyer said he would appeal.');
    expect(briefing.entities.people.map(({ name, aliases }) => [name, aliases])).toEqual([['Patrick W. Okafor Jr.', ['Okafor']]]);
    expect(names(briefing.entities.organizations)).toEqual([]);
  });
});

describe('a company named by one word', () => {
  test('is an organisation, though it speaks and acts as a person does', () => {
    const briefing = ingest('Nissan said on Tuesday it would close two plants next year.', 'Union leaders met Nissan the same afternoon, and Nissan agreed to talks.');
    expect(names(briefing.entities.organizations)).toEqual(['Nissan']);
    expect(names(briefing.entities.people)).toEqual([]);
  });

  test('that is also a first name stays a person when the text says so', () => {
    const briefing = ingest('James Carter said on Tuesday he would run again.', 'James told reporters he had the votes.');
    expect(names(briefing.entities.people)).toEqual(['James Carter']);
  });
});

describe('who said a quote', () => {
  test('through an apposition, after the quote or before it, the person and not the party', () => {
    const briefing = ingest(
      '“We will not accept this deal at any price,” Ann Lee, the Labour Party’s spokeswoman, said on Monday.',
      'Tom Ruiz, a senior adviser to the Green Party, said: “The vote is a farce and everyone knows it.”',
    );
    expect(briefing.quotes.map((quote) => quote.speaker)).toEqual(['Ann Lee', 'Tom Ruiz']);
  });

  test('after the verb, with the title kept as the role', () => {
    const briefing = ingest('The council met on Monday.', '“The vote is a farce, and everyone knows it,” said Rev. John Smith.');
    expect(briefing.quotes.map((quote) => quote.speaker)).toEqual(['John Smith']);
    expect(briefing.entities.people.find((person) => person.name === 'John Smith')?.role).toBe('Rev.');
  });

  test('a pronoun is the person last named as a subject, not one named inside a quote or as an owner', () => {
    const briefing = ingest(
      'Sonya Marsh, Peter Kahn’s lawyer, told reporters that her client meant no harm to Ann Lee.',
      '“Peter Kahn cares about his beliefs and his right to state them,” she said in an email.',
    );
    expect(briefing.quotes.map((quote) => quote.speaker)).toEqual(['Sonya Marsh']);
  });

  test('sources are kept as the text gives them', () => {
    const briefing = ingest('The strike hit a port, according to two sources familiar with the operation. Sonya Marsh told CNN the port was empty.');
    expect(briefing.sources.map((source) => source.who)).toEqual(expect.arrayContaining(['two sources familiar with the operation', 'Sonya Marsh']));
  });
});

describe('a page in Portuguese', () => {
  const outcome = ingestText(
    'pagina.txt',
    [
      'Professores de São Paulo pedem mais verbas para as escolas',
      'Milhares de professores se reuniram na Avenida Paulista nesta terça-feira para pedir melhores salários e mais respeito do governo estadual.',
      '“Nós queremos apenas que as crianças tenham uma escola digna”, disse a professora Maria Aparecida, que leciona há vinte anos na rede pública.',
      'O Sindicato dos Professores afirmou que a greve pode continuar na próxima semana, caso o governo não apresente uma proposta.',
    ].join('\n\n'),
  );

  test('is recorded as Portuguese, with no names or topics read by the English rules', () => {
    expect(outcome.briefing?.language).toBe('pt');
    expect(outcome.briefing?.entities).toEqual({ people: [], organizations: [], places: [] });
    expect(outcome.briefing?.sources).toEqual([]);
    expect(outcome.keyphrases).toEqual([]);
  });

  test('keeps its quote, with no speaker guessed', () => {
    expect(outcome.briefing?.quotes).toEqual([{ text: 'Nós queremos apenas que as crianças tenham uma escola digna', speaker: null, paragraph: 'p-2' }]);
  });
});

describe('topics', () => {
  test('are never a common noun, a kinship word or a unit alone', () => {
    const paragraph =
      'The boy and his father walked 12 inches of snow to the company office. The boy told relatives the company was closed. ' +
      'The drone strike hit the port again, and a second drone strike followed. His father said the snow was 12 inches deep.';
    const outcome = ingestText('topics.txt', `A headline about snow\n\n${paragraph}\n\n${paragraph}\n`);
    const keys = outcome.keyphrases.map((phrase) => phrase.key);
    for (const word of ['boy', 'father', 'relative', 'company', 'inch']) expect(keys).not.toContain(word);
    expect(keys).toContain('drone strike');
  });

  test('are never a unit, counted or not, in either spelling', () => {
    const paragraph =
      'Petrol now costs more per liter than milk, and diesel more per litre than it did in the drought. ' +
      'The price of a gallon rose again as the drought dried the canal, and the megabyte of data in the report was leaked.';
    const outcome = ingestText('units.txt', `Fuel prices climb\n\n${paragraph}\n\n${paragraph}\n`);
    const keys = outcome.keyphrases.map((phrase) => phrase.key);
    for (const unit of ['liter', 'litre', 'gallon', 'megabyte']) expect(keys).not.toContain(unit);
    expect(keys).toContain('drought');
  });
});
