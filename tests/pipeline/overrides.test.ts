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
});
