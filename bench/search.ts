/**
 * `npm run bench:search -- SITE_FOLDER`: search in Chromium on a built site, such as the copy
 * `npm run bench -- --keep` leaves. Serves it with `astro preview`, opens the search dialog on
 * the home page and reports, for a first query and for follow-ups: the time from the query to
 * five results shown (the UI's 150 ms debounce included), and the search files the first query
 * fetched (as sent, and gzipped). Figures go to the terminal; no test asserts on them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { previewFixtureSite } from '../tests/support/site.ts';

const root = process.argv[2];
if (root === undefined) throw new Error('Usage: npm run bench:search -- SITE_FOLDER (a built copy, as `npm run bench -- --keep` leaves)');
const dist = path.join(root, 'dist');
const server = await previewFixtureSite({ root, dist, base: '/', buildLog: '', page: () => ({ type: 'root', children: [] }), remove: () => {} });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pagefind/')) fetched.push(url.pathname);
  });
  await page.goto(server.url);
  await page.keyboard.press('/');
  /** Milliseconds from a query to five results in the dialog. */
  const timeQuery = (query: string) =>
    page.evaluate(
      (text) =>
        new Promise<number>((resolve, reject) => {
          const dialog = document.querySelector('dialog[data-search-dialog]');
          const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
          const list = dialog?.querySelector('.search-results');
          if (!input || !list) throw new Error('No search dialog on the home page');
          const started = performance.now();
          // A query that never shows five results fails with what the dialog says, not a hang.
          setTimeout(() => reject(new Error(`No five results for "${text}" in 30 s: ${dialog?.querySelector('.search-status')?.textContent ?? ''}`)), 30_000);
          const observer = new MutationObserver(() => {
            if (input.value === text && list.children.length >= 5) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(list, { childList: true });
          input.value = text;
          input.dispatchEvent(new Event('input'));
        }),
      query,
    );
  const first = await timeQuery('strike');
  const files = [...new Set(fetched)];
  const bytes = files.map((file) => readFileSync(path.join(dist, file.replace(/^\/+/, ''))));
  const raw = bytes.reduce((sum, content) => sum + content.length, 0);
  const gzip = bytes.reduce((sum, content) => sum + gzipSync(content).length, 0);
  const followUps = [];
  for (const query of ['harbour', 'minister', 'port', 'talks']) followUps.push(await timeQuery(query));
  console.log(`first query: 5 results in ${first.toFixed(0)} ms; ${files.length} search files, ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`);
  console.log(`follow-up queries: ${followUps.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
} finally {
  await browser.close();
  await server.stop();
}
