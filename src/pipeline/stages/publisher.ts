/**
 * The publisher a page names for itself: in its copyright notice (`© 2019 Example Times. All
 * rights reserved.`, `Copyright © 2005-2019 Gadget Wire, LLC`, `copyright Example Review 2019`),
 * or in the links and headings its masthead and footer print around its own name (`Example
 * Times homepage`, `Follow Example Times online:`, `Support Example Times`). A notice that
 * names a group (`© 2019 Example Media Group`, `The Example Company`) names the owner, not the
 * outlet, and is not read; nor is a credit on a picture (`© AFP`), which has no year and
 * reserves no rights.
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

/** A name in a site's own links: one to five capitalised words (`The Verge`, `Dawgs By Nature`, `IndiaPost`). */
const SITE_NAME = String.raw`((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.+-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.+-]*){0,4})`;

/**
 * Lines a site prints about itself, its name inside: its logo's link (`X homepage`, `X main
 * menu`, `X - Back to home`), its social and mail links (`Follow X online:`, `Follow X on
 * Instagram`, `Subscribe to X by Email`) and its asks (`Support X`, `Talk to X`).
 */
const SELF_REFERENCES = [
  new RegExp(String.raw`^${SITE_NAME}\s+(?:home\s?page|main menu|logo)$`, 'u'),
  new RegExp(String.raw`^${SITE_NAME}\s+[-–—|]\s+back to home$`, 'iu'),
  new RegExp(String.raw`^follow\s+${SITE_NAME}\s+(?:online\b|on (?:facebook|twitter|instagram|youtube|linkedin)\b)`, 'iu'),
  new RegExp(String.raw`^subscribe to\s+${SITE_NAME}\s+(?:by|via) e-?mail$|^subscribe to\s+${SITE_NAME}\s+on youtube$`, 'iu'),
  new RegExp(String.raw`^(?:support|talk to)\s+${SITE_NAME}$`, 'iu'),
];

/** Words that stand where a site's name would, naming nothing: `Follow us on Twitter`, `Back To Main Menu`. */
const NOT_A_SITE = /^(?:us|our|the|me|him|her|them|this|main|newsletter|independent journalism)$/i;

/**
 * The site's name in a line the site prints about itself, or null.
 *
 * @example readSelfReference('Follow The Daily Example online:') // 'The Daily Example'
 */
export function readSelfReference(text: string): string | null {
  for (const pattern of SELF_REFERENCES) {
    const match = pattern.exec(text.trim());
    const name = match?.slice(1).find((group) => group !== undefined);
    // The patterns ignore case for their own words, and so for the name's: its words must be capitalised.
    const capitalised = name?.split(/\s+/).every((word, index) => (index === 0 && /^the$/i.test(word)) || /^\p{Lu}/u.test(word));
    if (name !== undefined && capitalised && !NOT_A_SITE.test(name)) return name;
  }
  return null;
}
