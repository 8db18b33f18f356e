/**
 * A 100,000-row privacy register in the Data view: imported off the UI thread, shown in a
 * virtualised grid whose DOM stays small, scrollable to its last line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBridge, type Bridge } from './bridge';
import { inputCard, navTo, report, stat } from './helpers/app';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { screenshot } from './helpers/screenshots';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';

const ROWS = 100_000;
const TYPES = ['skarga', 'wyciek', 'utrata', 'kradzież'];
const SOURCES = ['klient', 'strona trzecia', 'organ nadzorczy', 'wewnętrzne'];

/** Rows 2…100 001; every 25 000th row has a date that does not exist. */
function bigRegister(): string {
  const lines = ['Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna;Liczba osób;Przyczyna'];
  for (let i = 1; i <= ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const date = i % 25_000 === 0 ? '30.02.2020' : `${day}.${month}.2020`;
    lines.push(`PRV/2020/${String(i).padStart(6, '0')};${date};${TYPES[i % 4]};${SOURCES[(i >> 2) % 4]};${i % 3 === 0 ? 'nie' : 'tak'};${i % 5};przyczyna ${i % 17}`);
  }
  return lines.join('\r\n') + '\r\n';
}

const plain = (s: string) => s.replace(/\s/g, '');

describe.skipIf(skipWithoutChromium())('a 100,000-row register', () => {
  let browser: Browser;
  let page: Page;
  let bridge: Bridge;
  const work = mkdtempSync(join(tmpdir(), 'raport-e2e-grid-'));
  const csv = join(work, 'rejestr-100k.csv');

  beforeAll(async () => {
    writeFileSync(csv, bigRegister(), 'utf8');
    browser = await launchChromium();
    ({ page } = await newAppPage(browser));
    await serveRenderer(page);
    bridge = await installBridge(page, { watchInputs: false });
    await page.goto(APP_URL);
    await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    bridge?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports it with counts and the rejected rows', async () => {
    await navTo(page, 'Dane');
    const card = inputCard(page, 'privacy');
    bridge.queueCsv(csv);
    const started = Date.now();
    await card.getByRole('button', { name: /plik… Rejestr skarg i incydentów/ }).click();
    await expect.poll(async () => plain(await stat(card, 'Wiersze odczytane')), { timeout: 30_000 }).toBe('100000');
    console.log(`100,000 rows attached and imported in ${Date.now() - started} ms`);
    expect(plain(await stat(card, 'Wiersze odrzucone'))).toBe('4');
    expect(plain(await stat(card, 'Wiersze użyte'))).toBe('99996');
  });

  it('renders a bounded number of rows and scrolls to the last line', async () => {
    const card = inputCard(page, 'privacy');
    const opened = Date.now();
    await card.locator('details.rows summary').click();
    const grid = card.getByRole('table', { name: 'Wiersze pliku rejestr-100k.csv' });
    await grid.locator('[role="row"]').nth(5).waitFor();
    console.log(`grid of 100,000 rows shown in ${Date.now() - opened} ms`);
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(ROWS + 1));
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(200);

    // The rejected row at line 25 001 is marked.
    const frame = await grid.evaluate((el) => {
      const t0 = performance.now();
      el.scrollTop = 25_000 * 30 - 60;
      return new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))));
    });
    console.log(`scroll to row 25 000 painted in ${frame.toFixed(1)} ms`);
    const bad = grid.locator('.row-rejected', { has: page.locator('.cell-line', { hasText: /^25001$/ }) });
    await bad.waitFor();
    expect(await bad.locator('.cell-state').innerText()).toBe('odrzucony');

    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const last = grid.locator('.cell-line', { hasText: /^100001$/ });
    await last.waitFor();
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(200);
    await card.locator('details.rows').scrollIntoViewIfNeeded();
    await screenshot(page, '09-grid-100k');
  });

  it('typing stays fast with the big register loaded (its import is reused, not redone)', async () => {
    await navTo(page, 'Pisanie i podgląd');
    await page.locator('.narrative-editor .cm-content').click();
    await page.keyboard.press('Control+End');
    const started = Date.now();
    await page.keyboard.type(' Duży rejestr.');
    await report(page).getByText('Duży rejestr.').waitFor({ timeout: 5000 });
    console.log(`14 keystrokes with 100,000 rows loaded → preview in ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
