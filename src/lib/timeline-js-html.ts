/**
 * The HTML fields of the TimelineJS export (`headline`, `text`, `group`), built as hast trees
 * and serialised by hast-util-to-html, never assembled from strings: TimelineJS writes these
 * fields into its page as HTML, so text from a seed must reach it as text nodes, escaped by the
 * serialiser, and a link's address as a property.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/**
 * Plain text as an HTML field: for a headline or a group label.
 *
 * @example toHtmlText('<b>Port</b> & harbour') // '&lt;b>Port&lt;/b> &amp; harbour'
 */
export function toHtmlText(text: string): string {
  return toHtml({ type: 'text', value: text }, { characterReferences: { useNamedReferences: true } });
}

/**
 * A group label. TimelineJS reads `group` as HTML and keeps its text (a `DOMParser` and
 * `textContent`), then writes that text into the page as HTML: the label is the text as HTML,
 * written as HTML once more, so that both readings leave the text it was.
 *
 * @example toGroupLabel('<b>Port</b>') // '&amp;lt;b>Port&amp;lt;/b>'
 */
export function toGroupLabel(text: string): string {
  return toHtmlText(toHtmlText(text));
}

/** One event's body: its paragraphs of text, then a link. */
export interface EventBody {
  readonly paragraphs: readonly string[];
  readonly link: { readonly href: string; readonly text: string };
}

/**
 * An event's `text` field: each paragraph a `<p>`, then the link in its own `<p>`.
 *
 * @example toEventHtml({ paragraphs: ['Talks stalled.'], link: { href: 'https://example.org/b/#p-2', text: 'Read it' } })
 * // '<p>Talks stalled.</p><p><a href="https://example.org/b/#p-2">Read it</a></p>'
 */
export function toEventHtml(body: EventBody): string {
  return toParagraphsHtml([...body.paragraphs.map((text) => [text]), [h('a', { href: body.link.href }, body.link.text)]]);
}

/**
 * Paragraphs of text and links as HTML, such as the timeline's introduction.
 *
 * @example toParagraphsHtml([['See ', h('a', { href: '/t/' }, 'the timeline'), '.']]) // '<p>See <a href="/t/">the timeline</a>.</p>'
 */
export function toParagraphsHtml(paragraphs: readonly (readonly (string | ElementContent)[])[]): string {
  return toHtml(paragraphs.map((content) => h('p', [...content])), { characterReferences: { useNamedReferences: true } });
}
