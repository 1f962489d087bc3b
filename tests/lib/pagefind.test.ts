import { describe, expect, test } from 'vitest';
import { buildExcerpt, splitWords, toFilterValue, toPagefindDate } from '../../src/lib/pagefind.ts';
import { hitPattern } from '../../src/scripts/highlight.ts';

describe('toFilterValue', () => {
  test('escapes each ampersand once more, for the decoding Pagefind adds', () => {
    expect(toFilterValue("&lt;img src=x onerror=alert('outlet')&gt;")).toBe("&amp;lt;img src=x onerror=alert('outlet')&amp;gt;");
    expect(toFilterValue('<svg onload=alert(1)> & co')).toBe('<svg onload=alert(1)> &amp; co');
  });
});

describe('buildExcerpt', () => {
  const words = splitWords('one two three four five six seven eight nine ten');

  test('marks the hits in the window where they are densest, with ellipses where it cuts', () => {
    expect(buildExcerpt({ words, hits: [1, 6, 7], from: 0, to: words.length }, 4)).toEqual([
      { text: '… six ', marked: false },
      { text: 'seven', marked: true },
      { text: ' ', marked: false },
      { text: 'eight', marked: true },
      { text: ' nine …', marked: false },
    ]);
  });

  test('stays inside the part it is given, and keeps the text as it is', () => {
    const text = splitWords('a &lt;b&gt; <i>c</i> d');
    expect(buildExcerpt({ words: text, hits: [2, 3], from: 1, to: 3 }, 10)).toEqual([
      { text: '&lt;b&gt; ', marked: false },
      { text: '<i>c</i>', marked: true },
    ]);
  });

  test('starts at the part when there is no hit in it', () => {
    expect(buildExcerpt({ words, hits: [], from: 2, to: 10 }, 2)).toEqual([{ text: 'three four …', marked: false }]);
  });
});

describe('toPagefindDate', () => {
  test('gives a dated briefing its sort key, year filter and day as the source has it', () => {
    expect(toPagefindDate('2025-12-30T23:15:00+05:30', Date.parse('2025-12-30T17:45:00Z'))).toEqual({
      'data-pagefind-sort': 'published:2025-12-30T17:45:00.000Z',
      'data-pagefind-filter': 'year:2025',
      'data-pagefind-meta': 'published:2025-12-30',
    });
  });

  test('sorts an undated briefing before every date, so last when newest come first, with no year', () => {
    const undated = toPagefindDate(null, Number.NaN);
    expect(Object.keys(undated)).toEqual(['data-pagefind-sort']);
    expect((undated['data-pagefind-sort'] ?? '') < 'published:0001-01-01T00:00:00.000Z').toBe(true);
  });
});

describe('hitPattern', () => {
  test('matches the words of a query at word starts, to the end of the word', () => {
    const pattern = hitPattern('port (strike)');
    expect('The ports, a strikes; airport'.match(pattern ?? /$^/)).toEqual(['ports', 'strikes']);
    expect(hitPattern('  ')).toBeNull();
  });
});
