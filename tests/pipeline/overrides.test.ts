import { describe, expect, test } from 'vitest';
import { parseOverrides } from '../../src/pipeline/stages/overrides.ts';

describe('parseOverrides', () => {
  test('reads every field a curator may set', () => {
    const sidecar = [
      'title: A corrected headline',
      'dek: null',
      'published: 2025-12-30T23:15:00+05:30',
      'topics: [drug trafficking, Venezuela]',
      'entities:',
      '  Nicolas Maduro: Nicolás Maduro',
      'dates:',
      '  - phrase: the first week of August',
      '    value: 2025-W32',
      'hide:',
      '  - Administration officials have offered',
      'note: The date of the strike is disputed.',
      'corrections:',
      '  - date: 2026-01-02',
      '    text: An earlier version named the wrong command.',
      'featured: true',
      'draft: false',
    ].join('\n');
    expect(parseOverrides(sidecar)).toEqual({
      value: {
        title: 'A corrected headline',
        dek: null,
        published: '2025-12-30T23:15:00+05:30',
        topics: ['drug trafficking', 'Venezuela'],
        entities: { 'Nicolas Maduro': 'Nicolás Maduro' },
        dates: [{ phrase: 'the first week of August', value: '2025-W32' }],
        hide: ['Administration officials have offered'],
        note: 'The date of the strike is disputed.',
        corrections: [{ date: '2026-01-02', text: 'An earlier version named the wrong command.' }],
        featured: true,
        draft: false,
      },
      diagnostics: [],
    });
  });

  test('takes an empty sidecar as no overrides', () => {
    expect(parseOverrides('# nothing yet\n')).toEqual({ value: {}, diagnostics: [] });
  });

  test('points at a wrong value and says what was expected', () => {
    expect(parseOverrides('title: Fine\nfeatured: maybe\n')).toEqual({
      value: null,
      diagnostics: [
        {
          severity: 'error',
          rule: 'sidecar-field',
          line: 2,
          column: 11,
          message: '"featured": expected true or false, found "maybe"; the sidecar was not applied',
        },
      ],
    });
  });

  test('points into lists and nested fields', () => {
    const { diagnostics } = parseOverrides('corrections:\n  - date: 2026-13-01\n    text: Fixed.\nhide:\n  - too short\n');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 11, '"corrections.0.date": expected a day such as 2026-01-02, found "2026-13-01"; the sidecar was not applied'],
      [
        5,
        5,
        '"hide.0": expected at least three opening words of the paragraph, so it is found unambiguously, found "too short"; the sidecar was not applied',
      ],
    ]);
  });

  test('names an unknown field and lists the known ones', () => {
    const [problem] = parseOverrides('title: Fine\ncolour: red\n').diagnostics;
    expect(problem).toMatchObject({ rule: 'sidecar-field', line: 2, column: 1 });
    expect(problem?.message).toMatch(/^Unknown field "colour"; expected one of title, dek, summary, .*, draft; the sidecar was not applied$/);
  });

  test('reports broken YAML at its place', () => {
    const { value, diagnostics } = parseOverrides('title: [unclosed\nnote: x\n');
    expect(value).toBeNull();
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'sidecar-yaml', line: 2, column: 1 });
  });

  test('refuses aliases that expand exponentially, at the first alias, without expanding them', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of [...'bcdefghi'].entries()) {
      const previous = 'abcdefghi'[index];
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const { value, diagnostics } = parseOverrides(`${levels.join('\n')}\ntitle: *i\n`);
    expect(value).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', rule: 'sidecar-yaml', line: 2, column: 8, message: 'Its aliases expand to more than 100 copies; the sidecar was not applied' },
    ]);
  });

  test('takes a few aliases as written', () => {
    expect(parseOverrides('title: &t A corrected headline\nnote: *t\n').value).toEqual({ title: 'A corrected headline', note: 'A corrected headline' });
  });

  test.each([
    ['2025-13-45T25:61Z'],
    ['2025-02-30'],
    ['2023-02-29'],
    ['0000-01-01'],
    ['2025-12-30T24:00:00Z'],
    ['2025-12-30T23:15:60+05:30'],
    ['2025-12-30T23:15:00+15:00'],
    ['2025-12-30T23:15:00+05:75'],
    ['30/12/2025'],
  ])('refuses the publication date %s, which is not on the calendar', (published) => {
    const { value, diagnostics } = parseOverrides(`published: "${published}"\n`);
    expect(value).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'sidecar-field',
        line: 1,
        column: 12,
        message: `"published": expected a date such as 2025-12-30T23:15:00+05:30 or 2025-12-30, on the calendar and in a year from 1000, found "${published}"; the sidecar was not applied`,
      }),
    ]);
  });

  test.each([['2024-02-29'], ['2025-12-30T23:15:00+05:30'], ['2025-12-31T23:59:59Z'], ['2025-06-01T08:00-14:00']])('takes the publication date %s', (published) => {
    expect(parseOverrides(`published: "${published}"\n`)).toEqual({ value: { published }, diagnostics: [] });
  });

  test('refuses a correction dated on a day the month does not have', () => {
    const { diagnostics } = parseOverrides('corrections:\n  - date: 2025-02-30\n    text: Fixed.\n');
    expect(diagnostics.map((d) => d.message)).toEqual(['"corrections.0.date": expected a day such as 2026-01-02, found "2025-02-30"; the sidecar was not applied']);
  });

  test('removes control characters and bidi overrides that YAML escapes write, as in seeds, with a warning', () => {
    const { value, diagnostics } = parseOverrides('title: "A quiet\\0 headline\\u202e"\ntopics: ["harbour\\x07 repairs"]\nnote: "Cafe\\u0301 reopens"\n');
    expect(value).toEqual({ title: 'A quiet headline', topics: ['harbour repairs'], note: 'Café reopens' });
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', rule: 'control-characters', message: 'Found 3 control or bidi override characters; removed them' })]);
  });
});
