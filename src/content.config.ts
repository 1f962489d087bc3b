/**
 * The `briefings` collection: the MDX files ingest writes (and curators may edit) under
 * `content/briefings`, their front matter checked against the briefing schema and stored without what only the build report reads. Plain bodies are
 * rendered by the loader; only files with a curator component go through `@astrojs/mdx`.
 */
import { defineCollection } from 'astro:content';
import { briefingsLoader } from './loaders/briefings.ts';
import { StoredFrontMatterSchema } from './schemas/briefing.ts';
import { CURATOR_COMPONENTS } from './site-config.ts';

export const collections = {
  briefings: defineCollection({
    loader: briefingsLoader({ base: './content/briefings', allowedComponents: CURATOR_COMPONENTS }),
    schema: StoredFrontMatterSchema,
  }),
};
