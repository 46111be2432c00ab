import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

/** The system Chromium (Debian `chromium`): the tests never download a browser. */
export const CHROMIUM = process.env['COCKPIT_CHROMIUM'] ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the dashboard end-to-end tests need the system Chromium (apt-get install chromium)`);
  }
  // playwright-core launches headless with a fresh temporary profile; these flags keep it off the network.
  return chromium.launch({
    executablePath: CHROMIUM,
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
