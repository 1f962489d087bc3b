import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { removeUnusedSocialCards, socialCardFile } from '../../src/io/social-card-cache.ts';
import { readTokenColours, renderSocialCard, socialCardKey, toSocialCard } from '../../src/lib/social-card.ts';

const colours = { page: '#fdfcfa', text: '#1b1b1a', muted: '#5a5750', rule: '#dedad2', accent: '#9b2915' };
const card = (title: string, outlet: string | null = 'The Daily') =>
  toSocialCard({ title, outlet, published: '2026-01-09T10:00:00+00:00', publishedZone: null }, 'Dossier');

/** The width and height in a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const bytes = Buffer.from(png);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const cacheDir = mkdtempSync(path.join(tmpdir(), 'dossier-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('social cards', () => {
  test('are 1200 × 630 PNGs, for Latin, Cyrillic and Greek titles alike', async () => {
    for (const title of ['Port strike ends after nine days', 'Центробанк сохранил ставку', 'Η Βουλή ψήφισε τον προϋπολογισμό']) {
      const png = await renderSocialCard(card(title), colours);
      expect(png, title).not.toBeNull();
      expect(pngSize(png ?? new Uint8Array()), title).toEqual([1200, 630]);
    }
  });

  test('are painted in the colours of the design tokens: an accent rule on top, the title in the text colour on the page', async () => {
    const png = await renderSocialCard(card('Port strike ends after nine days'), colours);
    const { data } = await sharp(png ?? Buffer.alloc(0))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
    // The palette may move a colour by a step or two of 255, not more.
    const near = (hex: string) => [1, 3, 5].map((at) => expect.toBeOneOf([-2, -1, 0, 1, 2].map((step) => Number.parseInt(hex.slice(at, at + 2), 16) + step)));
    expect(pixel(600, 5)).toEqual(near(colours.accent));
    expect(pixel(40, 300)).toEqual(near(colours.page));
    // The title's band holds the text colour and, at the letters' edges, blends of it with the page.
    const title = Array.from({ length: 1200 * 200 }, (_, at) => pixel(at % 1200, 215 + Math.floor(at / 1200)));
    expect(title).toContainEqual(near(colours.text));
    expect(new Set(title.map(String)).size).toBeGreaterThan(3);
  });

  test('are not drawn when the font lacks a glyph of the title or the outlet', async () => {
    expect(await renderSocialCard(card('بانک مرکزی نرخ بهره را ثابت نگه داشت'), colours)).toBeNull();
    expect(await renderSocialCard(card('한국은행 기준금리 동결'), colours)).toBeNull();
    expect(await renderSocialCard(card('Rates held', '조선일보'), colours)).toBeNull();
  });

  test('say the date in words and carry what they show in their key', () => {
    expect(card('Port strike ends').date).toBe('9 January 2026, 10:00 UTC');
    expect(socialCardKey(card('Port strike ends'), colours)).toBe(socialCardKey(card('Port strike ends'), colours));
    expect(socialCardKey(card('Port strike ends'), colours)).not.toBe(socialCardKey(card('Port strike ends', 'The Gazette'), colours));
    expect(socialCardKey(card('Port strike ends'), colours)).not.toBe(socialCardKey(card('Port strike ends'), { ...colours, accent: '#000000' }));
  });

  test('take the light colours of the design tokens', () => {
    const tokens = readFileSync(path.join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
    expect(readTokenColours(tokens)).toMatchObject({ page: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    expect(
      readTokenColours(
        '--page: light-dark(#fff, #000); --text: light-dark(#111, #eee); --muted: light-dark(#222, #ddd); --rule: light-dark(#333, #ccc); --accent: light-dark(#a00, #f88);',
      ),
    ).toEqual({
      page: '#fff',
      text: '#111',
      muted: '#222',
      rule: '#333',
      accent: '#a00',
    });
    expect(() => readTokenColours('--page: #fff;')).toThrow(/--page/);
  });

  test('are kept in the cache folder under their key, and a card that cannot be drawn is remembered', async () => {
    const file = await socialCardFile(card('Harbour reopens'), colours, cacheDir);
    expect(file).toBe(path.join(cacheDir, `${socialCardKey(card('Harbour reopens'), colours)}.png`));
    expect(pngSize(readFileSync(file ?? ''))).toEqual([1200, 630]);
    expect(await socialCardFile(card('한국은행 기준금리 동결'), colours, cacheDir)).toBeNull();
    expect(readdirSync(cacheDir).sort()).toEqual(
      [`${socialCardKey(card('Harbour reopens'), colours)}.png`, `${socialCardKey(card('한국은행 기준금리 동결'), colours)}.none`].sort(),
    );
  });

  test('that no briefing of the build asked for are removed from the cache', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-cards-'));
    try {
      const kept = await socialCardFile(card('Harbour reopens'), colours, folder);
      writeFileSync(path.join(folder, 'title-changed-since.png'), 'old');
      writeFileSync(path.join(folder, 'card-of-another-build.png.123.tmp'), 'in progress');
      await removeUnusedSocialCards(folder);
      expect(readdirSync(folder).sort()).toEqual([path.basename(kept ?? ''), 'card-of-another-build.png.123.tmp'].sort());
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
