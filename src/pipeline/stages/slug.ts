/**
 * Name briefings after their seeds: `seeds/World/Venezuela Strike.txt` → `world/venezuela-strike`.
 * A slug follows the file, not the title, so a better cleaner never moves a published URL.
 */
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
    .filter((segment) => segment !== '');
  return SlugSchema.parse(segments.length > 0 ? segments.join('/') : 'briefing');
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
  const taken = new Map<Slug, SeedPath>();
  return paths.map((path) => {
    const base = slugFromPath(path);
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = SlugSchema.parse(`${base}-${suffix}`);
    const diagnostics =
      slug === base
        ? []
        : [warning('slug-collision', `The slug "${base}" is already used by ${taken.get(base)}; named this briefing "${slug}"`)];
    taken.set(slug, path);
    return { path, slug, diagnostics };
  });
}
