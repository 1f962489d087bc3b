import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureSite, type BrowsedSite } from '../support/browser.ts';
import { ROOT } from '../support/seeds.ts';

// A title, outlet and clause that would become markup in Knight Lab's viewer, which writes
// group labels, headlines and texts as HTML; the title in both forms, as markup and as
// character references (the viewer decodes group labels before it writes them).
const TITLE = "Harbour <b>talks</b> stall &lt;img src=x onerror=alert('title')&gt; <img src=x onerror=alert('title')>";
const OUTLET = "<svg onload=alert('outlet')>";
const SEED = [
  TITLE,
  `WORLD DESK | ${OUTLET} | Dec 30, 2025, 23:15 EST`,
  "The harbour talks stalled on Tuesday <img src=x onerror=alert('clause')>, officials said.",
  '',
].join('\n');

const VIEWER = path.join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');

let browsed: BrowsedSite;

beforeAll(async () => {
  browsed = await openFixtureSite({ seeds: { 'hostile.txt': SEED }, base: '/dossier/' });
});

afterAll(() => browsed?.close());

describe('/timeline.json in the TimelineJS viewer', () => {
  test('shows titles, outlets and clauses as text, and runs nothing', async () => {
    const page = await browsed.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // The viewer, served beside the site from the npm package, reading the site's own file.
    const origin = new URL(browsed.url).origin;
    await page.route(`${origin}/viewer/**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice('/viewer/'.length);
      if (file === 'index.html') {
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><link rel="stylesheet" href="css/timeline.css"><div id="timeline" style="width:900px;height:600px"></div>
<script src="js/timeline.js"></script><script>window.viewer = new TL.Timeline('timeline', '${browsed.url}timeline.json');</script>`,
        });
      }
      return existsSync(path.join(VIEWER, file)) ? route.fulfill({ path: path.join(VIEWER, file) }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${origin}/viewer/index.html`);
    const group = page.locator('.tl-timegroup-message').first();
    await expect.poll(() => group.textContent(), { timeout: 20_000 }).toBe(TITLE);
    await expect.poll(() => page.locator('.tl-slide-content .tl-headline').allTextContents()).toContain(TITLE);
    const text = await page.locator('.tl-slide-content .tl-text-content').allTextContents();
    expect(text.join('\n')).toContain("<img src=x onerror=alert('clause')>");
    expect(text.join('\n')).toContain(`Read it in context (${OUTLET})`);
    expect(await page.locator('#timeline b, #timeline img:not([src*="/viewer/"]), #timeline svg[onload]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
