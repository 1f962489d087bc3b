/**
 * The benchmark's yardstick: a bare Astro site with `@astrojs/mdx`, one `.mdx` page per seed
 * (its headline and paragraphs, so the pages are as long as the briefings), a list page, and a
 * search index made by Pagefind's command line. What any Astro MDX site of that size costs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { linkDependencies } from '../tests/support/site.ts';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ integrations: [mdx()] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  posts: defineCollection({
    loader: glob({ base: './src/posts', pattern: '**/*.mdx' }),
    schema: z.object({ title: z.string(), published: z.string() }),
  }),
};
`;

const POST_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const posts = await getCollection('posts');
  return posts.map((post) => ({ params: { slug: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{post.data.title}</title></head>
  <body><main data-pagefind-body><h1>{post.data.title}</h1><p>{post.data.published}</p><Content /></main></body>
</html>
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Posts</title></head>
  <body><ul>{posts.map((post) => <li><a href={\`/posts/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></body>
</html>
`;

/** Write a bare site whose pages are the seeds of `seedsDir` into a new temporary folder; returns the folder. */
export function makeBareSite(seedsDir: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dossier-bare-'));
  const posts = path.join(root, 'src', 'posts');
  mkdirSync(posts, { recursive: true });
  mkdirSync(path.join(root, 'src', 'pages', 'posts'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(root, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(path.join(root, 'src', 'pages', 'index.astro'), INDEX_PAGE);
  writeFileSync(path.join(root, 'src', 'pages', 'posts', '[slug].astro'), POST_PAGE);
  for (const file of readdirSync(seedsDir).sort()) {
    // A generated seed: headline, byline, repeated headline, then the dek and the paragraphs.
    const [title = '', byline = '', , ...paragraphs] = readFileSync(path.join(seedsDir, file), 'utf8').trim().split('\n');
    const body = paragraphs.map((text) => text.replace(/[{}<>\\]/g, (character) => `\\${character}`)).join('\n\n');
    const front = `---\ntitle: ${JSON.stringify(title)}\npublished: ${JSON.stringify(byline.split('|').at(-1)?.trim() ?? '')}\n---\n\n`;
    writeFileSync(path.join(posts, file.replace(/\.txt$/, '.mdx')), `${front}${body}\n`);
  }
  linkDependencies(root);
  return root;
}
