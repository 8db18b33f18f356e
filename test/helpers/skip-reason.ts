/**
 * Skips that say why. A test that cannot run on this machine (no LibreOffice, no Chromium, no
 * build) is skipped, never passed silently: `skipUnless` prints the reason once per test file
 * and returns the flag for `describe.skipIf` / `it.skipIf`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasLibreOffice } from './libreoffice.js';

const printed = new Set<string>();

/** True (skip) when `available` is false; then prints "skipped: <reason>" once. */
export function skipUnless(available: boolean, reason: string): boolean {
  if (!available && !printed.has(reason)) {
    printed.add(reason);
    console.warn(`skipped: ${reason}`);
  }
  return !available;
}

/**
 * Debian's Chromium, driven by playwright-core: /usr/bin/chromium, or the path in `CHROMIUM_PATH`
 * (which test/helpers/browser.ts and test/e2e/helpers/chromium.ts launch too). Point it at a
 * missing file to see the skip.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True (skip) when Chromium is not at CHROMIUM_PATH, with the printed reason. */
export const skipWithoutChromium = (): boolean =>
  skipUnless(existsSync(CHROMIUM_PATH), `Debian Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium${process.env.CHROMIUM_PATH === undefined ? '' : ', or unset CHROMIUM_PATH'})`);

/** True (skip) when soffice or pdftotext is missing, with the printed reason. */
export const skipWithoutLibreOffice = (): boolean =>
  skipUnless(hasLibreOffice(), 'LibreOffice (soffice) or poppler (pdftotext) not found (apt-get install libreoffice-writer-nogui poppler-utils)');

/** True (skip) when poppler's pdfimages is missing, with the printed reason. */
export const skipWithoutPdfImages = (): boolean =>
  skipUnless(spawnSync('pdfimages', ['-v']).status === 0, 'poppler (pdfimages) not found (apt-get install poppler-utils)');
