/**
 * The built renderer WITHOUT Electron and without the bridge: the browser implementation of the
 * API (renderer/src/api/browser-api.ts) with the bundled sample, localStorage and downloads.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editor, figure, inputCard, navTo, report, stat } from './helpers/app';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';

const SENTENCE = 'Zdanie zapisane w przeglądarce.';

describe.skipIf(skipWithoutChromium())('the renderer in a plain browser (browser API)', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await newAppPage(browser, { acceptDownloads: true }));
    await serveRenderer(page);
    await page.goto(APP_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens the bundled sample: the chapter is in the preview', async () => {
    await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
    expect(await figure(page, 'access.stores_sign_language_or_loop').innerText()).toBe('120');
    expect(await figure(page, 'privacy.a').innerText()).toBe('16');
  });

  it('reads the sample CSVs as bytes (the Windows-1250 register is detected as such)', async () => {
    await navTo(page, 'Dane');
    const card = inputCard(page, 'privacy');
    await expect.poll(() => stat(card, 'Kodowanie')).toBe('Windows-1250');
    expect(await stat(card, 'Wiersze odczytane')).toBe('121'); // 66 rows of 2020 + 55 of 2019 (README of the sample)
    expect(await stat(card, 'Wiersze odrzucone')).toBe('0');
  });

  it('shows a data card for every kind of the registry, the digital register too, and its figures in the preview', async () => {
    const card = inputCard(page, 'digital');
    await card.getByRole('heading', { name: /Rejestr dostępności cyfrowej/ }).waitFor();
    await expect.poll(() => stat(card, 'Wiersze odczytane')).toBe('8');
    expect(await stat(card, 'Kodowanie')).toBe('UTF-8 z BOM');
    await navTo(page, 'Pisanie i podgląd');
    expect(await figure(page, 'digital.channels_total').innerText()).toBe('8');
    expect(await figure(page, 'digital.share_criteria_met').innerText()).toBe('91,1%');
  });

  it('keeps narrative edits in localStorage across a reload', async () => {
    await navTo(page, 'Pisanie i podgląd');
    await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).getByRole('button', { name: 'Nowoczesne centra danych' }).click();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n\n${SENTENCE}`);
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Zapisano');
    await page.reload();
    await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
    await report(page).getByText(SENTENCE).waitFor();
  });

  it('exports by downloading a real DOCX and the HTML page', async () => {
    await navTo(page, 'Eksport');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Eksportuj' }).click();
    await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
    await expect.poll(() => downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
      'customer-services-2020-pl.docx',
      'customer-services-2020-pl.html',
    ]);
    const docx = downloads.find((d) => d.suggestedFilename().endsWith('.docx'))!;
    const bytes = new Uint8Array(readFileSync((await docx.path())!));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]); // a ZIP, as every DOCX
    expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain(SENTENCE);

    // A browser cannot open files: it says so instead of pretending.
    await page.getByRole('button', { name: 'Otwórz plik customer-services-2020-pl.docx' }).click();
    await page.getByRole('alert').filter({ hasText: 'Przeglądarka nie może otwierać plików' }).waitFor();
    expect(errors).toEqual([]);
  });
});
