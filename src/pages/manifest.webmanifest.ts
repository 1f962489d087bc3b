/**
 * The web app manifest, so the site can be installed and opened like an app; every address in it
 * is under the site's base path.
 */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: 'Dossier',
    short_name: 'Dossier',
    description: 'Curated news briefings with their sources, timeline and search, readable offline.',
    start_url: withBase(base, ''),
    scope: withBase(base, ''),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b57a4',
    icons: [{ src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
