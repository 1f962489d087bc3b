import { describe, expect, test } from 'vitest';
import { readCopyrightHolder, readSelfReference } from '../../src/pipeline/stages/publisher.ts';
import { ingestText } from '../support/seeds.ts';

describe('readCopyrightHolder', () => {
  test('reads the outlet a notice names, without its company form', () => {
    expect(readCopyrightHolder('© 2021 The Harbour Gazette. All rights reserved.')).toBe('The Harbour Gazette');
    expect(readCopyrightHolder('Copyright © 2008-2021 Gearbox Daily, LLC')).toBe('Gearbox Daily');
    expect(readCopyrightHolder('copyright Lantern Review 2021 - ISSN 1234-5678')).toBe('Lantern Review');
    expect(readCopyrightHolder('© 2021 Ferrylog.com. All rights reserved (About Us).')).toBe('Ferrylog.com');
  });

  test('does not take an owning company for the outlet', () => {
    expect(readCopyrightHolder('© 2021 Northwind Media Group. All rights reserved.')).toBeNull();
    expect(readCopyrightHolder('© 2021 The Lantern Company')).toBeNull();
    expect(readCopyrightHolder('© 1999-2021 Pebble Communication')).toBeNull();
  });

  test('reads no outlet from a photo credit, a supplier credit or a menu', () => {
    expect(readCopyrightHolder('Boats wait at the quay on March 3, 2021. © Wireshots / Ann Lee')).toBeNull();
    expect(readCopyrightHolder('Match statistics © Scoreline 2021')).toBeNull();
    expect(readCopyrightHolder('Privacy Policy Copyright Policy Terms of Use 2021')).toBeNull();
  });
});

describe('readSelfReference', () => {
  test.each([
    ['The Harbour Gazette homepage', 'The Harbour Gazette'],
    ['Harbour Gazette main menu', 'Harbour Gazette'],
    ['The Harbour Gazette - Back to home', 'The Harbour Gazette'],
    ['Follow The Harbour Gazette online:', 'The Harbour Gazette'],
    ['Follow Harbour Gazette on Instagram , Facebook and Twitter .', 'Harbour Gazette'],
    ['Subscribe to Harbour Gazette by Email', 'Harbour Gazette'],
    ['Support The Harbour Gazette', 'The Harbour Gazette'],
  ])('reads the site’s name in `%s`', (line, name) => {
    expect(readSelfReference(line)).toBe(name);
  });

  test.each(['Follow us on Twitter', 'Back To Main Menu', 'Support independent journalism', 'Follow the harbour board online:', 'Follow The Harbour Gazette opinion section on Facebook'])(
    'reads no site in `%s`',
    (line) => {
      expect(readSelfReference(line)).toBeNull();
    },
  );
});

describe('the outlet of a briefing', () => {
  const seed = (footer: string) =>
    [
      'Harbour ferry adds two weekday crossings',
      '',
      'By Ann Lee',
      '',
      'The island ferry will run two extra crossings on weekdays from the first of May, the operator said on Friday, after a winter of full boats.',
      '',
      'Tickets for the new crossings go on sale next week, and the fares stay as they are, the operator said in its statement to passengers.',
      '',
      footer,
      '',
    ].join('\n');

  test('is the publisher the page names in its own copyright notice', () => {
    expect(ingestText('ferry.txt', seed('© 2021 The Harbour Gazette. All rights reserved.')).briefing?.outlet).toBe('The Harbour Gazette');
  });

  test('is the site the page names twice in its links about itself', () => {
    const page = `The Harbour Gazette homepage\n\n${seed('Follow The Harbour Gazette online:')}`;
    expect(ingestText('ferry.txt', page).briefing?.outlet).toBe('The Harbour Gazette');
  });

  test('is not a name the page gives once in such a link, which may be anyone’s', () => {
    expect(ingestText('ferry.txt', seed('Follow Ann Lee on Twitter')).briefing?.outlet).toBeNull();
  });

  test('is not the agency a photo credit names', () => {
    expect(ingestText('ferry.txt', seed('Photo: Reuters')).briefing?.outlet).toBeNull();
  });
});
