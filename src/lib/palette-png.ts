/**
 * A PNG in a palette fixed in advance: each pixel of an opaque RGBA picture becomes the index of
 * the nearest palette colour. For a picture drawn in a few known colours (a social card), this is
 * what a general quantizer finds after a search over every pixel, at a fraction of its cost.
 */
import { crc32, deflateSync } from 'node:zlib';

/** A colour as red, green and blue, 0-255 each. */
export type Rgb = readonly [number, number, number];

/** The bits of a pixel read as a 32-bit number that hold its red, green and blue. */
const COLOUR_BITS = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0x00ffffff : 0xffffff00;

/** PNG's first eight bytes. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encode `rgba` (`width` × `height` pixels, four bytes each, alpha ignored) as an 8-bit palette
 * PNG of `palette` (1 to 256 colours).
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error(`A PNG palette has 1 to 256 colours, not ${palette.length}`);
  if (rgba.length !== width * height * 4) throw new Error(`${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  // Each row starts with its filter type, 0 (none): the usual choice for palette indices.
  const rows = Buffer.alloc((width + 1) * height);
  // A pixel's four bytes read as one number (a copy when they do not start on a multiple of 4).
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(rgba.slice().buffer);
  const indexOf = new Map<number, number>();
  // Most pixels repeat the one before them (the background, the inside of letters).
  let previous = -1;
  let index = 0;
  for (let y = 0; y < height; y += 1) {
    let pixel = y * width;
    const rowEnd = (y + 1) * (width + 1);
    for (let out = rowEnd - width; out < rowEnd; out += 1, pixel += 1) {
      // Without its alpha byte (the highest on little-endian machines, the lowest otherwise), a
      // pixel is a small integer, which a Map looks up faster.
      const colour = pixels[pixel]! & COLOUR_BITS;
      if (colour !== previous) {
        previous = colour;
        const known = indexOf.get(colour);
        if (known === undefined) {
          index = nearest(rgba.subarray(pixel * 4, pixel * 4 + 3), palette);
          indexOf.set(colour, index);
        } else index = known;
      }
      rows[out] = index;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 3 (palette), then the only compression, filter and interlace methods.
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The index of the palette colour closest to `rgb` (its red, green and blue bytes), by distance in RGB. */
function nearest(rgb: Uint8Array, palette: readonly Rgb[]): number {
  const [red = 0, green = 0, blue = 0] = rgb;
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([r, g, b], at) => {
    const distance = (r - red) ** 2 + (g - green) ** 2 + (b - blue) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [at, distance];
  });
  return best;
}

/** A PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(typeAndData.length + 8);
  framed.writeUInt32BE(data.length, 0);
  typeAndData.copy(framed, 4);
  framed.writeUInt32BE(crc32(typeAndData), framed.length - 4);
  return framed;
}
