/**
 * schema.org data for a briefing page, as JSON-LD, so search engines and readers' tools know
 * what the page is, where it came from and how it was corrected.
 */
import type { FrontMatter } from '../schemas/briefing.ts';

/**
 * The `NewsArticle` object of a briefing, with `url` its absolute address.
 *
 * @example toNewsArticle(briefing, 'https://example.org/briefings/x/').headline // 'CIA drone strike …'
 */
export function toNewsArticle(briefing: FrontMatter, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: briefing.title,
    url,
    ...(briefing.dek || briefing.summary ? { description: briefing.dek ?? briefing.summary } : {}),
    ...(briefing.published ? { datePublished: briefing.published } : {}),
    ...(briefing.byline ? { author: { '@type': 'Person', name: briefing.byline } } : {}),
    ...(briefing.outlet ? { publisher: { '@type': 'NewsMediaOrganization', name: briefing.outlet } } : {}),
    ...(briefing.corrections.length > 0
      ? { correction: briefing.corrections.map((correction) => ({ '@type': 'CorrectionComment', datePublished: correction.date, text: correction.text })) }
      : {}),
    about: [
      ...briefing.entities.people.map((person) => ({ '@type': 'Person', name: person.name })),
      ...briefing.entities.organizations.map((organization) => ({ '@type': 'Organization', name: organization.name })),
      ...briefing.entities.places.map((place) => ({ '@type': 'Place', name: place.name })),
    ],
  };
}

/**
 * JSON for an inline `<script>`: `<` is written as `\u003c`, so text such as `</script>` in a
 * title can never end the script element.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
