/**
 * Debian's Chromium driven by playwright-core (no downloaded browsers). One browser per test
 * file; each test gets a fresh context.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, skipWithoutChromium } from '../../helpers/skip-reason.js';

/** /usr/bin/chromium, or CHROMIUM_PATH (set it to a missing path to see the skip message). */
export const CHROMIUM = CHROMIUM_PATH;
/**
 * The skip flag for a file's `describe.skipIf`: true when Chromium is missing, and then it prints
 * "skipped: Debian Chromium not found at … (apt-get install chromium)" once.
 */
export { skipWithoutChromium };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function newAppPage(browser: Browser, options: { acceptDownloads?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1360, height: 860 },
    locale: 'pl-PL',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  // Uncaught errors and console errors (a CSP violation is one) fail the tests that check them.
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}
