/**
 * Render the default social image, `public/social.png` (1200 × 630, the size Open Graph and
 * Twitter cards show), from the site's name and description, with the Chromium the browser tests
 * use. Run it again after changing the title or description in `src/site-config.ts`:
 *
 *     node scripts/render-social-image.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/support/browser.ts';
import { siteConfig } from '../src/site-config.ts';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'social.png');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const html = `<!doctype html><html><body style="margin:0">
<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px 90px;display:flex;flex-direction:column;justify-content:space-between;background:#fdfcfa;color:#1b1b1a;font-family:Charter,'DejaVu Serif',Georgia,serif;border-top:18px solid #9b2915">
  <div style="font:700 28px system-ui,'DejaVu Sans',sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#9b2915">Briefings</div>
  <div>
    <div style="font-size:132px;font-weight:700;letter-spacing:-.02em;line-height:1">${escape(siteConfig.title)}</div>
    <div style="margin-top:28px;font-size:40px;line-height:1.3;color:#5a5750;max-width:900px">${escape(siteConfig.description)}</div>
  </div>
  <div style="height:4px;background:#dedad2"></div>
</div></body></html>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: OUT });
  console.log(`Wrote ${path.relative(process.cwd(), OUT)}`);
} finally {
  await browser.close();
}
