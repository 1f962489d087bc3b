import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodePalettePng, type Rgb } from '../../src/lib/palette-png.ts';

/** The RGB pixels a PNG decodes to, and what its header says it is. */
async function decode(png: Buffer) {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const metadata = await sharp(png).metadata();
  return { pixels: [...data], width: info.width, height: info.height, isPalette: metadata.isPalette };
}

const palette: Rgb[] = [
  [253, 252, 250],
  [27, 27, 26],
  [155, 41, 21],
];

describe('palette PNGs', () => {
  test('decode to the same pixels when every colour is in the palette', async () => {
    // 3 × 2 pixels, RGBA: page, ink, accent / accent, page, ink.
    const rgba = new Uint8Array([253, 252, 250, 255, 27, 27, 26, 255, 155, 41, 21, 255, 155, 41, 21, 255, 253, 252, 250, 255, 27, 27, 26, 255]);
    const decoded = await decode(encodePalettePng(rgba, 3, 2, palette));
    expect(decoded).toMatchObject({ width: 3, height: 2, isPalette: true });
    expect(decoded.pixels).toEqual([253, 252, 250, 27, 27, 26, 155, 41, 21, 155, 41, 21, 253, 252, 250, 27, 27, 26]);
  });

  test('paint a colour outside the palette in the nearest one', async () => {
    const rgba = new Uint8Array([240, 240, 240, 255, 60, 50, 40, 255, 170, 60, 30, 255]);
    expect((await decode(encodePalettePng(rgba, 3, 1, palette))).pixels).toEqual([253, 252, 250, 27, 27, 26, 155, 41, 21]);
  });

  test('refuse an empty or oversized palette and pixels that do not fill the picture', () => {
    const pixel = new Uint8Array([0, 0, 0, 255]);
    expect(() => encodePalettePng(pixel, 1, 1, [])).toThrow(/1 to 256/);
    expect(() =>
      encodePalettePng(
        pixel,
        1,
        1,
        Array.from({ length: 257 }, (): Rgb => [0, 0, 0]),
      ),
    ).toThrow(/1 to 256/);
    expect(() => encodePalettePng(pixel, 2, 1, palette)).toThrow(/2 × 1/);
  });
});
