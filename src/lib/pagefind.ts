/**
 * Values for Pagefind's filters. Pagefind's default search UI writes each filter value into
 * the search page with `innerHTML` (a Svelte `{@html}` block), and Pagefind decodes character
 * references in the values it indexes, so escaping them on the page does not survive into the
 * UI. A value from seed text such as `<img src=x onerror=…>` would become markup there.
 *
 * Markup needs `<`: without it, `innerHTML` makes only text (a character reference such as
 * `&lt;` becomes the text `<`, never a tag). So each value is indexed with its angle brackets
 * replaced by the look-alike quotation marks `‹` and `›`, and reads as the text it was.
 */

/**
 * A filter value that Pagefind's UI can only ever show as text.
 *
 * @example toFilterValue('<b>Eve</b> & co') // '‹b›Eve‹/b› & co'
 */
export function toFilterValue(text: string): string {
  return text.replaceAll('<', '‹').replaceAll('>', '›');
}
