/**
 * Values for Pagefind's filters. Pagefind's default search UI writes filter values into the
 * page with `innerHTML` (a Svelte `{@html}` block), so a value from seed text such as
 * `<img src=x onerror=…>` would become markup in the search page. Each value is therefore
 * indexed as HTML text, entities escaped: what the UI writes as HTML reads back as the text.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A filter value as Pagefind's UI must receive it: the text, HTML-escaped once.
 *
 * @example toFilterValue('AT&T <b>') // 'AT&amp;T &lt;b&gt;'
 */
export function toFilterValue(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
