import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { unpackedChromium } from './chromium-package.js';

/** Another Chromium instead of the npm package's (a system one, or on a machine the package does not cover). */
const CHROMIUM_OVERRIDE = process.env['COCKPIT_CHROMIUM'];

export async function launchChromium(): Promise<Browser> {
  const { executablePath, env } = CHROMIUM_OVERRIDE ? { executablePath: CHROMIUM_OVERRIDE, env: undefined } : await unpackedChromium();
  // playwright-core launches headless with a fresh temporary profile; these flags keep it off the network.
  return chromium.launch({
    executablePath,
    ...(env ? { env } : {}),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
    ],
  });
}

/** Every console error and uncaught page error of a page, so a test can fail on any of them. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error: Error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** A light, motionless context whose pages reach only the server under test: any other request (web fonts, CDNs) is a bug. */
export async function loopbackContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/** How far the page scrolls sideways: 0 when it fits the viewport. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}
