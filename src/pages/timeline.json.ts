/**
 * `/timeline.json`: the newest events of every briefing's timeline in Knight Lab's TimelineJS
 * format, with absolute links, ready to drop into their viewer. Capped (`TIMELINE_JS_MAX_EVENTS`)
 * so the file stays small and the viewer usable however many briefings there are.
 */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { getCollection } from 'astro:content';
import { withBase } from '../lib/paths.ts';
import { isPublished } from '../lib/published.ts';
import { collectTimeline, toTimelineJs } from '../lib/timeline.ts';

export const GET: APIRoute = async ({ site }) => {
  const briefings = await getCollection('briefings', isPublished);
  const timeline = toTimelineJs(collectTimeline(briefings.map((entry) => entry.data)), (path) => new URL(withBase(base, path), site).href);
  return new Response(`${JSON.stringify(timeline, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
