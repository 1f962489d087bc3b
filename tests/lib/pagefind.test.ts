import { describe, expect, test } from 'vitest';
import { buildExcerpt, splitWords, toFilterValue } from '../../src/lib/pagefind.ts';

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
