/**
 * The links a briefing page makes to entity and topic pages, looked up in the index built once
 * for the whole site.
 */
import type { ShownFrontMatter } from '../schemas/briefing.ts';
import { ENTITY_KINDS, type EntityIndex, type EntityKind } from './entities.ts';

/** A briefing's names, grouped by kind and linked, and the page of each entity by name. */
export interface BriefingLinks {
  /** `href` is `null` for a name without a page of its own (`hasOwnPage`). */
  readonly groups: { kind: EntityKind | 'topics'; links: { name: string; href: string | null; role: string | null }[] }[];
  /** Page paths (relative to the site root) by entity name, for speakers and sources. */
  readonly pages: Record<string, string>;
}

/** Link every person, organisation, place and topic of a briefing to its page, where it has one. */
export function linkBriefingNames(briefing: ShownFrontMatter, index: EntityIndex): BriefingLinks {
  const pages: Record<string, string> = {};
  const groups: BriefingLinks['groups'] = [];
  for (const kind of ENTITY_KINDS) {
    const links = briefing.entities[kind].map((entity) => {
      const href = pagePath(kind, index.slugOf(kind, entity.name));
      if (href !== null) pages[entity.name] ??= href;
      return { name: entity.name, href, role: entity.role };
    });
    groups.push({ kind, links });
  }
  groups.push({
    kind: 'topics',
    links: briefing.topics.map((topic) => ({ name: topic.name, href: pagePath('topics', index.slugOf('topics', topic.name)), role: null })),
  });
  return { groups, pages };
}

function pagePath(kind: EntityKind | 'topics', slug: string | undefined): string | null {
  return slug === undefined ? null : `${kind}/${slug}/`;
}
