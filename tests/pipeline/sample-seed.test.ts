import { describe, expect, test } from 'vitest';
import { fileLines, ingestFile, SAMPLE_SEED } from '../support/seeds.ts';

// The sample seed: headline (line 1), byline (2), the headline again (3), dek (4), `TL;DR` (5),
// summary (6), eleven body paragraphs (7–17), then summary and body pasted again (18–29).
const lines = fileLines(SAMPLE_SEED);
const line = (number: number) => lines[number - 1];
const briefing = ingestFile(SAMPLE_SEED);

describe('the sample seed', () => {
  test('has its headline as title, once', () => {
    expect(briefing.title).toBe('CIA drone strike on Venezuelan port marks first known US attack inside the Country');
  });

  test('names the outlet and desk as a reader would', () => {
    expect(briefing.outlet).toBe('The Times of India');
    expect(briefing.byline).toBe('TOI Global Desk');
  });

  test('is dated in Indian Standard Time, as The Times of India prints it', () => {
    expect(briefing.published).toBe('2025-12-30T23:15:00+05:30');
    expect(briefing.publishedZone).toBe('IST');
  });

  test('takes the standfirst as dek and the TL;DR paragraph as summary', () => {
    expect(briefing.dek).toBe(line(4));
    expect(briefing.dek).toMatch(/^U\.S\. intelligence sources say the CIA carried out a drone strike/);
    expect(briefing.summary).toBe(line(6));
    expect(briefing.summary).toMatch(/^As per reports, the CIA executed a drone attack/);
  });

  test('keeps the eleven body paragraphs once each, in order, numbered p-1 to p-11', () => {
    expect(briefing.body.map((paragraph) => paragraph.text)).toEqual(lines.slice(6, 17));
    expect(briefing.body.map((paragraph) => paragraph.id)).toEqual(Array.from({ length: 11 }, (_, i) => `p-${i + 1}`));
    expect(briefing.body[0]?.text).toMatch(/^The Central Intelligence Agency carried out a drone strike earlier this month/);
    expect(briefing.body.at(-1)?.text).toMatch(/^Administration officials have offered differing explanations/);
  });

  test('lists the repeated headline, the label and the whole second copy as dropped, with their lines', () => {
    expect(briefing.dropped).toEqual([
      { rule: 'repeated-title', line: 3, text: line(3) },
      { rule: 'summary-label', line: 5, text: 'TL;DR' },
      ...Array.from({ length: 12 }, (_, i) => ({ rule: 'duplicate-paragraph', line: 18 + i, text: line(18 + i) })),
    ]);
  });

  test('accounts for every line with text: kept in a field or dropped', () => {
    const kept = [briefing.title, line(2), briefing.dek, briefing.summary, ...briefing.body.map((p) => p.text)];
    const dropped = briefing.dropped.map((piece) => piece.text);
    const withText = lines.filter((text) => text.trim() !== '');
    expect(withText).toHaveLength(29);
    for (const text of withText) expect([...kept, ...dropped]).toContain(text);
    expect(kept.length + dropped.length).toBe(withText.length);
  });

  test('records where it came from', () => {
    expect(briefing.slug).toBe('000-19c9abe1674f8dc9');
    expect(briefing.source).toEqual({
      file: '000_19c9abe1674f8dc9.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      encoding: 'utf-8',
    });
    expect(briefing.diagnostics).toEqual([]);
  });
});
