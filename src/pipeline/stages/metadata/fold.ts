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
  let folded = folds.get(name);
  if (folded === undefined) {
    // A memo, not state: the same name always folds the same way. Names repeat across a set of
    // briefings, and folding is most of the entity stage's time; the memo is emptied when full.
    if (folds.size >= MAX_MEMO) folds.clear();
    folded = foldUncached(name);
    folds.set(name, folded);
  }
  return folded;
}

const MAX_MEMO = 100_000;
const folds = new Map<string, string>();

function foldUncached(name: string): string {
  // Most names are plain ASCII; decomposing them to drop accents would find nothing to drop.
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain
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
