/**
 * Debian's Chromium, driven by playwright-core, started the way this machine allows: headless
 * and without the background services that would try to reach the network.
 */
import { chromium, type Browser } from 'playwright-core';
import { buildFixtureSite, previewFixtureSite, type FixtureOptions, type FixtureSite } from './site.ts';

/** Where Chromium is; `CHROMIUM_PATH` overrides Debian's location. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fixture site, built and served under its base path, and a browser to read it with. */
export interface BrowsedSite {
  readonly site: FixtureSite;
  /** The site's address, base path included. */
  readonly url: string;
  readonly browser: Browser;
  /** Close the browser, stop the server and remove the site. */
  close(): Promise<void>;
}

/** Build a fixture site, serve it with `astro preview`, and launch Chromium. */
export async function openFixtureSite(options: FixtureOptions): Promise<BrowsedSite> {
  const site = await buildFixtureSite(options);
  const server = await previewFixtureSite(site);
  const browser = await launchBrowser();
  return {
    site,
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.stop();
      site.remove();
    },
  };
}
