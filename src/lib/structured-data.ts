/**
 * schema.org data for a briefing page, as JSON-LD, so search engines and readers' tools know
 * what the page is, who wrote it, where it came from and how it was corrected.
 */
import type { Entity, ShownFrontMatter } from '../schemas/briefing.ts';
import { pageLanguage } from './language.ts';

/** Words that make a byline a newsroom unit rather than a person: `TOI Global Desk`, `Staff`, `Reuters`-style services. */
const NEWSROOM_WORDS =
  /\b(?:desk|staff|bureau|team|newsroom|agency|agencies|service|wire|editors?|editorial|reporters?|correspondents?|news|network|online|web|digital|media|press)\b/i;

/** A name as people write it: two to four capitalised words, particles (`de`, `van`, `bin`) allowed. */
const PERSONAL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|da|del|der|di|du|la|le|van|von|bin|al|ibn|y)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** A schema.org `Person` or `Organization` with a name. */
export interface Agent {
  readonly '@type': 'Person' | 'Organization';
  readonly name: string;
}

/**
 * Who a byline names, typed as schema.org reads it: a `Person` only for people (a person the
 * briefing itself names, or a byline shaped like a personal name), an `Organization` for desks,
 * outlets and agencies, and nobody for a byline that is a place (`New Delhi`). Several authors
 * joined by `and` or commas give several agents.
 *
 * @example bylineAuthors({ byline: 'TOI Global Desk', ... }) // [{ '@type': 'Organization', name: 'TOI Global Desk' }]
 * @example bylineAuthors({ byline: 'Jane Doe and Ali Khan', ... }) // two Persons
 */
export function bylineAuthors(briefing: Pick<ShownFrontMatter, 'byline' | 'outlet' | 'entities'>): Agent[] {
  const byline = briefing.byline?.replace(/^by\s+/i, '').trim();
  if (!byline) return [];
  if (NEWSROOM_WORDS.test(byline) || sameName(byline, briefing.outlet) || names(briefing.entities.organizations).has(fold(byline))) {
    return [{ '@type': 'Organization', name: byline }];
  }
  const places = names(briefing.entities.places);
  const people = names(briefing.entities.people);
  const parts = byline.split(/\s*(?:,|\band\b|&)\s*/).filter((part) => part.length > 0);
  if (parts.every((part) => people.has(fold(part)) || (PERSONAL_NAME.test(part) && !places.has(fold(part))))) {
    return parts.map((name) => ({ '@type': 'Person', name }));
  }
  if (places.has(fold(byline))) return [];
  return [{ '@type': 'Organization', name: byline }];
}

/**
 * The day a briefing last changed for readers: the latest day of its corrections log, or null
 * when it was never corrected.
 *
 * @example lastModified({ corrections: [{ date: '2026-01-02', text: '…' }] }) // '2026-01-02'
 */
export function lastModified(briefing: Pick<ShownFrontMatter, 'corrections'>): string | null {
  return briefing.corrections
    .map((correction) => correction.date)
    .reduce<string | null>((latest, date) => (latest === null || date > latest ? date : latest), null);
}

/**
 * The `NewsArticle` object of a briefing, with `url` its absolute address and `image` the
 * absolute address of its social image.
 *
 * @example toNewsArticle(briefing, 'https://example.org/briefings/x/', 'https://example.org/social.png').headline // 'CIA drone strike …'
 */
export function toNewsArticle(briefing: ShownFrontMatter, url: string, image: string): Record<string, unknown> {
  const authors = bylineAuthors(briefing);
  const publisher = briefing.outlet ? { '@type': 'NewsMediaOrganization', name: briefing.outlet } : null;
  const modified = lastModified(briefing);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: briefing.title,
    url,
    mainEntityOfPage: url,
    image: [image],
    ...(pageLanguage(briefing) ? { inLanguage: pageLanguage(briefing) } : {}),
    ...(briefing.dek || briefing.summary ? { description: briefing.dek ?? briefing.summary } : {}),
    ...(briefing.published ? { datePublished: briefing.published } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(authors.length > 0 ? { author: authors.length === 1 ? authors[0] : authors } : publisher ? { author: publisher } : {}),
    ...(publisher ? { publisher } : {}),
    ...(briefing.source.url ? { isBasedOn: briefing.source.url } : {}),
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

/** Names and aliases of entities, folded for comparison. */
function names(entities: readonly Entity[]): Set<string> {
  return new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases].map(fold)));
}

function sameName(a: string, b: string | null): boolean {
  return b !== null && fold(a) === fold(b);
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
