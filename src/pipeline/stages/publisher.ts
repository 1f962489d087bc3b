/**
 * The publisher a page names for itself in its copyright notice: `© 2019 Example Times. All
 * rights reserved.`, `Copyright © 2005-2019 Gadget Wire, LLC`, `copyright Example Review 2019`.
 * A notice that names a group (`© 2019 Example Media Group`, `The Example Company`)
 * names the owner, not the outlet, and is not read; nor is a credit on a picture (`© AFP`),
 * which has no year and reserves no rights.
 */

/** The copyright sign or word, and the years after it. */
const NOTICE_START = /(?:©|\(c\)|ⓒ|\bcopyright\b)(?:\s*(?:©|\(c\)|ⓒ|copyright\b))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*,?\s*)?/iu;

/** Where the holder's name ends: a full stop, a comma, a bar, a bracket, a quote, a dash, the reservation. */
const NAME_END = /\.(?=\s|$)|[,|(“"]|\s[-–—]\s|\ball rights?\b/iu;

/** The holder's name: capitalised words (`CityAM`, `The Daily Example`, `Example.com`). */
const HOLDER = /^((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})/u;

/** Company forms after a name: they go, the name stays (`Example News LLC` → `Example News`). */
const COMPANY_FORM = /(?:,?\s+(?:inc|llc|ltd|limited|pty|plc|gmbh))+\.?$/i;

/** Words that make a holder an owning company, not a masthead. */
const GROUP_WORDS = /\b(?:media|group|communications?|interactive|networks?|publishing|publications?|holdings?|enterprises?|services|company|corp|corporation|partners|ventures|digital|organi[sz]ation)\b/i;

/** What shows the notice is the page's own, not a credit: a year in it, or rights reserved. */
const OWN_NOTICE = /(?:19|20)\d\d|\ball rights? reserved\b/i;

/**
 * The outlet's name in a copyright notice, or null when the line is no notice of the page's own,
 * names an owning company, or no name.
 *
 * @example readCopyrightHolder('© 2019 Example Times. All rights reserved.') // 'Example Times'
 */
export function readCopyrightHolder(text: string): string | null {
  const start = NOTICE_START.exec(text);
  if (start === null) return null;
  const notice = text.slice(start.index);
  // A notice opens its line or follows a sentence or a separator: `Sports data © Example` credits
  // a supplier, and `Copyright Policy` in a menu is no notice.
  if (!OWN_NOTICE.test(notice) || !/(?:^|[.!?|·•–—]\s*)$/u.test(text.slice(0, start.index).trimEnd())) return null;
  const after = text.slice(start.index + start[0].length).replace(/^[\s,]+/, '');
  const match = HOLDER.exec(after.split(NAME_END)[0] ?? '');
  if (!match?.[1]) return null;
  const name = match[1]
    .replace(/\s+(?:todos|tous|alle)$/i, '')
    .replace(COMPANY_FORM, '')
    .trim();
  return name === '' || GROUP_WORDS.test(name) || /^(?:all|the)$/i.test(name) ? null : name;
}
