/**
 * Name briefings after their seeds: `seeds/World/Venezuela Strike.txt` → `world/venezuela-strike`.
 * A slug follows the file, not the title, so a better cleaner never moves a published URL.
 */
import { createHash } from 'node:crypto';
import { SlugSchema } from '../../schemas/briefing.ts';
import { warning, type Diagnostic } from '../diagnostics.ts';
import type { SeedPath, Slug } from '../types.ts';

/**
 * The slug of a seed path: folders kept, extension dropped, letters folded to ASCII lower
 * case, and every other run of characters turned into one hyphen.
 *
 * @example slugFromPath('World/Cañón Strike (2).txt') // 'world/canon-strike-2'
 */
export function slugFromPath(path: SeedPath): Slug {
  const segments = path
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) =>
      segment
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((segment) => segment !== '')
    .map((segment) => capSlugSegment(segment));
  return SlugSchema.parse(segments.length > 0 ? segments.join('/') : 'briefing');
}

/**
 * The most bytes one part of a slug (a folder or file name) may take. File systems allow 255
 * bytes in a name; the slug also becomes `<name>.mdx`, its temporary `<name>.mdx.<pid>.tmp`, a
 * collision's `-2` and a folder of the built site, and a URL this long is still one a reader
 * can take in.
 */
export const MAX_SLUG_SEGMENT_BYTES = 100;

/** Hex digits of the hash that keeps capped names apart. */
const HASH_DIGITS = 8;

/**
 * Cap one part of a slug to `maxBytes` bytes: a longer one keeps its start, cut after a whole
 * character and without a trailing hyphen, and ends in a hash of the whole part, so it stays
 * the same from run to run and two long names with the same start stay apart.
 *
 * @example capSlugSegment('a'.repeat(300)) // 'aaa…a-' followed by 8 hex digits, 100 bytes in all
 */
export function capSlugSegment(segment: string, maxBytes: number = MAX_SLUG_SEGMENT_BYTES): string {
  const encoder = new TextEncoder();
  if (encoder.encode(segment).length <= maxBytes) return segment;
  const hash = createHash('sha256').update(segment).digest('hex').slice(0, HASH_DIGITS);
  const room = maxBytes - HASH_DIGITS - 1;
  let kept = '';
  let bytes = 0;
  for (const char of segment) {
    bytes += encoder.encode(char).length;
    if (bytes > room) break;
    kept += char;
  }
  kept = kept.replace(/-+$/, '');
  return kept === '' ? hash : `${kept}-${hash}`;
}

/** The slug a seed gets, and what was said about it. */
export interface SlugAssignment {
  readonly path: SeedPath;
  readonly slug: Slug;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Give every seed a distinct slug. Seeds are taken in the order given (sorted paths), so the
 * first keeps its slug and later ones get `-2`, `-3`, … with a `slug-collision` warning.
 */
export function assignSlugs(paths: readonly SeedPath[]): SlugAssignment[] {
  const claim = slugClaimer();
  return paths.map((path) => claim(path, slugFromPath(path)));
}

/**
 * A claimer of distinct slugs: the first to ask for a slug gets it, later ones get `-2`, `-3`, …
 * with a `slug-collision` warning.
 */
function slugClaimer(): (path: SeedPath, base: Slug) => SlugAssignment {
  const taken = new Map<Slug, SeedPath>();
  return (path, base) => {
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = SlugSchema.parse(`${base}-${suffix}`);
    const diagnostics =
      slug === base ? [] : [warning('slug-collision', `The slug "${base}" is already used by ${taken.get(base)}; named this briefing "${slug}"`)];
    taken.set(slug, path);
    return { path, slug, diagnostics };
  };
}

/**
 * Whether a seed's file name is a content hash (`3f9a…e1.txt`, 16 or more hex digits and
 * nothing else), which would make a URL no reader can read.
 *
 * @example isHashName('news/042bb7b5fedab6eac7db5765.txt') // true
 * @example isHashName('000_19c9abe1674f8dc9.txt') // false
 */
export function isHashName(path: SeedPath): boolean {
  const stem = (path.split('/').at(-1) ?? '').replace(/\.[^.]+$/, '');
  return /^[0-9a-f]{16,}$/i.test(stem);
}

/** The most characters a slug made from a title keeps: enough for the headline's gist. */
const TITLE_SLUG_CHARS = 60;

/**
 * The slug of a briefing named after its title, in its seed's folder, cut at a word.
 *
 * @example slugFromTitle('news/042bb7b5fedab6eac7db5765.txt', 'U.S. Strikes: What We Know') // 'news/u-s-strikes-what-we-know'
 */
export function slugFromTitle(path: SeedPath, title: string): Slug | null {
  // A title with no Latin letters or digits (Korean, Russian) gives no name; the path's slug stays.
  if (!/[a-z0-9]/i.test(title.normalize('NFKD'))) return null;
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const name = slugFromPath(`${title.replace(/\//g, ' ')}.txt` as SeedPath);
  const cut = name.length <= TITLE_SLUG_CHARS ? name : name.slice(0, TITLE_SLUG_CHARS + 1).replace(/-[^-]*$/, '');
  return slugFromPath(`${folder}${cut}.txt` as SeedPath);
}

/** A seed with the slug its path gave it and the title its briefing got (null: no briefing). */
export interface TitledSeed {
  readonly path: SeedPath;
  readonly slug: Slug;
  readonly title: string | null;
}

/**
 * The slug each seed's briefing is published under. A seed with a readable file name keeps its
 * path's slug. A hash-named seed gets one from its title, once: the `lock` (seed path → slug,
 * written at ingest) keeps it when the title later changes, and a briefing already published
 * under its hash slug (`published` holds that slug) keeps that. Taken slugs get `-2`, `-3`, …
 */
export function readableSlugs(seeds: readonly TitledSeed[], lock: ReadonlyMap<SeedPath, Slug>, published: ReadonlySet<Slug>): SlugAssignment[] {
  const claim = slugClaimer();
  const titleSlug = (seed: TitledSeed) =>
    isHashName(seed.path) && seed.title !== null && !published.has(seed.slug) ? slugFromTitle(seed.path, seed.title) : null;
  // Locked slugs are claimed first, then path slugs, then new title slugs, so a published URL never moves for a newcomer.
  const locked = new Map(
    seeds.flatMap((seed) => (isHashName(seed.path) && lock.has(seed.path) ? [[seed.path, claim(seed.path, lock.get(seed.path) as Slug)] as const] : [])),
  );
  const fromTitle = new Map(seeds.flatMap((seed) => (locked.has(seed.path) ? [] : [[seed.path, titleSlug(seed)] as const])));
  const byPath = new Map(
    seeds.flatMap((seed) => (!locked.has(seed.path) && fromTitle.get(seed.path) === null ? [[seed.path, claim(seed.path, seed.slug)] as const] : [])),
  );
  return seeds.map((seed) => locked.get(seed.path) ?? byPath.get(seed.path) ?? claim(seed.path, fromTitle.get(seed.path) ?? seed.slug));
}
