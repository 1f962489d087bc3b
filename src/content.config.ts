/**
 * The `briefings` collection: the MDX files ingest writes (and curators may edit) under
 * `content/briefings`, their front matter checked against the briefing schema.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { FrontMatterSchema } from './schemas/briefing.ts';

export const collections = {
  briefings: defineCollection({
    loader: glob({ base: './content/briefings', pattern: '**/*.mdx' }),
    schema: FrontMatterSchema,
  }),
};
