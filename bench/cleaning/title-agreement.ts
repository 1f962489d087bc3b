/**
 * Whether a briefing's title is the page's headline, as the gold `title` hint gives it: the
 * comparison `folds.ts` scores titles with, and `train-headline.ts` labels candidates with.
 */

/** A title with case, punctuation and spacing folded away. */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A title without a site's name after ` | `, ` - `, ` – ` or ` — `. */
function withoutSiteTail(title: string): string {
  // The tail is what follows the last separator with spaces around it; a name in it may have a
  // hyphen of its own (`NBC 5 Dallas-Fort Worth`).
  return title.replace(/\s+[|\-–—:·]\s+(?:(?!\s[|\-–—:·]\s)[^|–—]){1,60}$/u, '');
}

/**
 * Whether a briefing's title is the page's headline: equal once folded, a site's name before or
 * after it allowed. The gold hints were read from the page's `content='…'` attribute and stop at
 * its first straight quote (`Tuesday` for `Tuesday's college football: …`), so a found title is
 * also compared up to its first straight quote.
 */
export function titleAgrees(found: string, gold: string): boolean {
  const options = (title: string) => new Set([title, withoutSiteTail(title), withoutSitePrefix(title)].map(foldTitle));
  const golds = options(gold);
  const cut = /^[^'"]+(?=['"])/.exec(found)?.[0];
  for (const candidate of [...options(found), ...(cut === undefined ? [] : [foldTitle(cut)])]) {
    if (candidate !== '' && golds.has(candidate)) return true;
  }
  return false;
}

/** A title without a section's or site's name before ` | `: `Opinion | Is Football Violence a Crime?`. */
function withoutSitePrefix(title: string): string {
  return title.replace(/^[^|]{1,40}\s\|\s+/u, '');
}
