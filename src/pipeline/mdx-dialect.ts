/**
 * The MDX dialect briefings are written in, shared by the writer, the guard and the site's
 * Markdown processor (`astro.config.mjs`), so all three read a file the same way.
 *
 * GFM is off: its autolink literals turn `www.example.com` into a link even when escaped, and
 * briefings are prose. Smart punctuation is off: seed text is shown as written, quotes included.
 */
export const MDX_FEATURES = { gfm: false, smartPunctuation: false } as const;
