/**
 * The comparison key of a name: two spellings of one name (`Nicolás Maduro`, `Nicolas Maduro`;
 * `U.S.`, `US`; `al-Qaeda`, `al Qaeda`) get the same key.
 */

/**
 * Fold a name for comparison: no accents, no case, no dots or apostrophes, no leading `the`,
 * hyphens and runs of spaces as one space.
 *
 * @example foldName('The  Nicolás-Maduro’s') // 'nicolas maduros'
 * @example foldName('U.S.') // 'us'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[\s\-‐–]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** How many letters of a name carry accents: the more, the more carefully it was written. */
export function countAccents(name: string): number {
  return name.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
}
