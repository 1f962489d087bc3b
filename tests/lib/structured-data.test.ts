import { describe, expect, test } from 'vitest';
import { bylineAuthors, lastModified, toNewsArticle } from '../../src/lib/structured-data.ts';
import type { Entity } from '../../src/schemas/briefing.ts';
import { makeBriefing } from '../support/briefings.ts';

const entity = (name: string, aliases: string[] = []): Entity => ({ name, aliases, role: null, mentions: ['p-1'], affiliation: null });
const none = { people: [], organizations: [], places: [] };

describe('bylineAuthors', () => {
  test('types a desk, a staff line and the outlet itself as organisations', () => {
    expect(bylineAuthors({ byline: 'TOI Global Desk', outlet: 'The Times of India', entities: none })).toEqual([
      { '@type': 'Organization', name: 'TOI Global Desk' },
    ]);
    expect(bylineAuthors({ byline: 'Staff', outlet: null, entities: none })).toEqual([{ '@type': 'Organization', name: 'Staff' }]);
    expect(bylineAuthors({ byline: 'Reuters', outlet: 'Reuters', entities: none })).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
  });

  test('types people as persons, several when the byline joins them', () => {
    expect(bylineAuthors({ byline: 'By Jane Doe', outlet: null, entities: none })).toEqual([{ '@type': 'Person', name: 'Jane Doe' }]);
    expect(bylineAuthors({ byline: 'Jane Doe and Ali bin Khalid', outlet: null, entities: none })).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', name: 'Ali bin Khalid' },
    ]);
  });

  test('gives no author for a byline that is a place the briefing names', () => {
    expect(bylineAuthors({ byline: 'New Delhi', outlet: null, entities: { ...none, places: [entity('New Delhi')] } })).toEqual([]);
  });
});

describe('toNewsArticle', () => {
  test('links the original, carries the image, and dates the last correction as the modification', () => {
    const briefing = {
      ...makeBriefing({
        byline: 'City Desk',
        outlet: 'The Daily',
        corrections: [
          { date: '2026-01-02', text: 'First fix.' },
          { date: '2026-01-09', text: 'Second fix.' },
        ],
        source: { file: 'x.txt', sha256: '0'.repeat(64), encoding: 'utf-8', url: 'https://daily.example/a' } as never,
      }),
      generator: 'dossier' as const,
    };
    const article = toNewsArticle(briefing, 'https://example.org/briefings/x/', 'https://example.org/social.png');
    expect(article).toMatchObject({
      isBasedOn: 'https://daily.example/a',
      image: ['https://example.org/social.png'],
      dateModified: '2026-01-09',
      author: { '@type': 'Organization', name: 'City Desk' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'The Daily' },
    });
    expect(lastModified({ corrections: [] })).toBeNull();
  });
});
