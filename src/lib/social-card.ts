/**
 * Social cards: the 1200 × 630 picture a link to a briefing shows when it is shared (Open Graph,
 * Twitter), drawn at build time from the briefing's title, outlet and date and the site's name,
 * in the colours of `src/styles/tokens.css`. Satori lays the card out as SVG, and sharp paints it
 * and keeps it in a palette; both run in the build, offline, with the serif of
 * `@fontsource/source-serif-4`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { shorten } from './excerpt.ts';
import { formatPublished } from './published.ts';

/** The size Open Graph and Twitter show a large card at. */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * Bump when the layout below changes, so cached cards are drawn again. The colours, the words
 * and the font files are part of each card's key already.
 */
const TEMPLATE_VERSION = 2;

/** What a card shows. */
export interface SocialCard {
  readonly title: string;
  readonly outlet: string | null;
  /** The publication date in words, or null for an undated briefing. */
  readonly date: string | null;
  readonly siteName: string;
}

/** The colours a card is painted in: the light scheme of the site's design tokens. */
export interface SocialCardColours {
  readonly page: string;
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  readonly accent: string;
}

/** The subsets of the font a card is set in: the Latin, Cyrillic, Greek and Vietnamese alphabets. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] as const;
const FONT_WEIGHTS = [400, 700] as const;
const fontPackage = createRequire(import.meta.url).resolve('@fontsource/source-serif-4/package.json');
// Each subset is its own family, listed in order: Satori looks for a glyph in the next family of
// the list, but of one family with one weight it keeps a single file.
const fontName = (subset: string) => `Source Serif 4 ${subset}`;
const FONT_STACK = FONT_SUBSETS.map(fontName).join(', ');

/** The card of a briefing, from what its page shows. */
export function toSocialCard(
  briefing: { title: string; outlet: string | null; published: string | null; publishedZone: string | null },
  siteName: string,
): SocialCard {
  return {
    title: briefing.title.normalize('NFC'),
    outlet: briefing.outlet?.normalize('NFC') ?? null,
    date: briefing.published === null ? null : formatPublished(briefing.published, briefing.publishedZone),
    siteName: siteName.normalize('NFC'),
  };
}

/**
 * The light colours of the design tokens, read from the text of `tokens.css`, whose colours are
 * written `--name: light-dark(#light, #dark);`. A card is one picture for every reader, and
 * sharing previews sit mostly on light backgrounds.
 */
export function readTokenColours(css: string): SocialCardColours {
  const light = (name: keyof SocialCardColours): string => {
    const match = new RegExp(`--${name}:\\s*light-dark\\(\\s*(#[0-9a-fA-F]{3,8})\\s*,`).exec(css);
    if (!match?.[1]) throw new Error(`Cannot find the colour --${name} as light-dark(#…, #…) in the design tokens`);
    return match[1];
  };
  return { page: light('page'), text: light('text'), muted: light('muted'), rule: light('rule'), accent: light('accent') };
}

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_SUBSETS.flatMap((subset) =>
      FONT_WEIGHTS.map(async (weight) => {
        const file = new URL(`files/source-serif-4-${subset}-${weight}-normal.woff`, `file://${fontPackage}`);
        // Satori reads TrueType, OpenType and WOFF, not WOFF 2.
        const data = await readFile(file);
        const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        return { name: fontName(subset), data: buffer, weight, style: 'normal' } satisfies Font;
      }),
    ),
  );
  return fonts;
}

/** A title's size: the longer the title, the smaller, so four lines at most fill the card. */
function titleSize(title: string): number {
  if (title.length <= 50) return 76;
  if (title.length <= 90) return 62;
  return 50;
}

/** At most this many characters of a title fit; a longer one ends in an ellipsis at a word. */
const TITLE_LIMIT = 150;

/** An element of a card as Satori reads it: the shape of a React element, without React. */
interface CardElement {
  readonly type: 'div';
  readonly props: { readonly style: Readonly<Record<string, string | number>>; readonly children: string | readonly CardElement[] };
}

// Satori lays out only flex boxes.
const box = (style: Record<string, string | number>, children: string | readonly CardElement[]): CardElement => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card as Satori's element tree: site name above, title, then a rule and the outlet and date. */
function cardTree(card: SocialCard, colours: SocialCardColours): CardElement {
  const source = [card.outlet, card.date].filter((part) => part !== null && part !== '').join(' · ');
  return box(
    {
      width: SOCIAL_CARD_SIZE.width,
      height: SOCIAL_CARD_SIZE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      paddingTop: 56,
      paddingBottom: 60,
      paddingLeft: 80,
      paddingRight: 80,
      background: colours.page,
      color: colours.text,
      borderTop: `18px solid ${colours.accent}`,
      fontFamily: FONT_STACK,
    },
    [
      box({ fontSize: 28, fontWeight: 700, letterSpacing: '0.12em', textTransform: 'uppercase', color: colours.accent }, card.siteName),
      box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, letterSpacing: '-0.01em' }, shorten(card.title, TITLE_LIMIT)),
      box({ flexDirection: 'column' }, [
        box({ height: 4, background: colours.rule, marginBottom: 24 }, []),
        box({ fontSize: 32, color: colours.muted }, source),
      ]),
    ],
  );
}

/** The key a card is cached under: its words, its colours, the font and the layout's version. */
export function socialCardKey(card: SocialCard, colours: SocialCardColours): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, colours, font: FONT_STACK, subsets: FONT_SUBSETS, version: TEMPLATE_VERSION }))
    .digest('base64url');
}

/**
 * Draw a card as a PNG, or return null when the font lacks a glyph of its words (a title in
 * Persian or Korean): such a card would show boxes, and the page keeps the site's default image.
 */
export async function renderSocialCard(card: SocialCard, colours: SocialCardColours): Promise<Buffer | null> {
  let missingGlyphs = false;
  const svg = await satori(cardTree(card, colours), {
    ...SOCIAL_CARD_SIZE,
    fonts: await loadFonts(),
    // Satori asks for more fonts only for characters that none of the given fonts has.
    loadAdditionalAsset: () => {
      missingGlyphs = true;
      return Promise.resolve([]);
    },
  });
  if (missingGlyphs) return null;
  // sharp paints the SVG and quantizes it outside the JavaScript heap. Painting it with resvg
  // and handing its 3 MB of pixels to JavaScript (to write a palette PNG there, a quantizer
  // search the less) was half the cost alone, but in a build, whose heap holds the whole content
  // store, each card's pixels brought the next full garbage collection nearer: no cheaper there.
  // Five colours and their anti-aliased edges look the same in a 16-colour palette, at a third
  // of the bytes (about 15 KiB a card instead of 45), which counts on a site of 10,000
  // briefings; the lightest quantizer effort costs about 13 CPU ms a card, a heavier one more.
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 16, effort: 1, compressionLevel: 6, dither: 0 }).toBuffer();
}
