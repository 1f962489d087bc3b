/**
 * Debian's Chromium, driven by playwright-core, started the way this machine allows: headless
 * and without the background services that would try to reach the network.
 */
import { chromium, type Browser } from 'playwright-core';

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
