/**
 * Text typed just before a crash is offered back. The built renderer, bridged to the real
 * handlers, opens a project; a sentence is typed into a narrative; as soon as the recovery journal
 * holds it — and the narrative file does not, because the narrative save has not reached the main
 * process (the bridge holds `saveNarrative`: the app dies inside its autosave pause) — the whole
 * Chromium process is SIGKILLed. A fresh browser opens the same project and must offer the text:
 * restored, it is in the editor, the preview and then the file; discarded, it is gone for good.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { installBridge, type Bridge, type BridgeOptions } from './bridge';
import { editor, editorText, navTo, report, waitFor } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { SAMPLE_DIR } from './helpers/paths';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';

const PRIVACY_PL = 'Skargi i incydenty dotyczące prywatności';

/** SIGKILL for the browser process itself (no unload handlers, no flush): what a crash does. */
async function killBrowser(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const main = processInfo.find((p) => p.type === 'browser');
  if (main === undefined) throw new Error('no browser process in SystemInfo.getProcessInfo');
  const gone = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  process.kill(main.id, 'SIGKILL');
  await gone;
}

describe.skipIf(skipWithoutChromium())('narratives typed before a crash', () => {
  const work = mkdtempSync(join(tmpdir(), 'raport-e2e-crash-'));
  const browsers: Browser[] = [];
  const bridges: Bridge[] = [];

  const projectFolder = (name: string): string => {
    const folder = join(work, name);
    cpSync(SAMPLE_DIR, folder, { recursive: true });
    return folder;
  };
  const journalOf = (folder: string) => join(folder, '.raport-recovery.json');
  const narrativeOf = (folder: string) => join(folder, 'narratives', 'pl', 'privacy.md');

  async function start(options: BridgeOptions = {}): Promise<{ browser: Browser; page: Page; bridge: Bridge; errors: string[] }> {
    const browser = await launchChromium();
    browsers.push(browser);
    const { page, errors } = await newAppPage(browser);
    await serveRenderer(page);
    const bridge = await installBridge(page, { watchInputs: false, ...options });
    bridges.push(bridge);
    await page.goto(APP_URL);
    return { browser, page, bridge, errors };
  }

  async function open(page: Page, bridge: Bridge, folder: string, label = 'Otwórz projekt…'): Promise<void> {
    bridge.queueFolder('project', folder);
    await page.getByRole('button', { name: label }).click();
  }

  /** Opens `folder`, types `sentence` at the end of the privacy narrative, and kills the browser once only the journal has it. */
  async function typeAndCrash(folder: string, sentence: string): Promise<void> {
    const { browser, page, bridge } = await start({ hold: ['saveNarrative'] });
    await open(page, bridge, folder);
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
    await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).getByRole('button', { name: PRIVACY_PL }).click();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${sentence}`);
    await report(page).getByText(sentence).waitFor();
    // Recorded within moments of typing …
    await waitFor(() => existsSync(journalOf(folder)) && readFileSync(journalOf(folder), 'utf8').includes(sentence), 5000, 'the recovery journal');
    // … while the narrative file is still the old one.
    expect(readFileSync(narrativeOf(folder), 'utf8')).not.toContain(sentence);
    await killBrowser(browser);
    expect(readFileSync(narrativeOf(folder), 'utf8')).not.toContain(sentence);
  }

  afterEach(async () => {
    for (const b of browsers.splice(0)) await b.close().catch(() => undefined);
    for (const b of bridges.splice(0)) b.dispose();
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('restore: the typed text is back in the editor and the preview, then saved, and the journal is cleared', async () => {
    const folder = projectFolder('przywroc');
    const saved = readFileSync(narrativeOf(folder), 'utf8');
    const sentence = 'Zdanie wpisane tuż przed awarią.';
    await typeAndCrash(folder, sentence);

    const { page, bridge, errors } = await start();
    await open(page, bridge, folder);
    const dialog = page.getByRole('alertdialog', { name: 'Przywrócić niezapisany tekst?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(new RegExp(`${PRIVACY_PL} \\(polski\\), wpisano `));
    // Nothing is restored without asking: the file is as saved.
    expect(readFileSync(narrativeOf(folder), 'utf8')).toBe(saved);
    expect(await axeViolations(page)).toEqual([]);
    // Escape does not dismiss the question.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'Przywróć tekst' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The section with the text is open, and the text is in the editor and the chapter.
    expect(await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).locator('[aria-current="true"]').innerText()).toBe(PRIVACY_PL);
    await report(page).getByText(sentence).waitFor();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => editorText(page)).toContain(sentence);
    // Saved to its file; a normal save clears the journal.
    await waitFor(() => readFileSync(narrativeOf(folder), 'utf8') === `${saved} ${sentence}`, 5000, 'the narrative on disk');
    await waitFor(() => !existsSync(journalOf(folder)), 5000, 'the journal to be cleared');
    expect(errors).toEqual([]);

    // Opened again: nothing to offer.
    await navTo(page, 'Start');
    await open(page, bridge, folder);
    await page.getByRole('heading', { level: 1, name: 'Pisanie i podgląd' }).waitFor();
    await report(page).getByText(sentence).waitFor();
    expect(await dialog.count()).toBe(0);
  });

  it('discard (in English): the text is dropped, the narratives stay as saved, and it is not offered again', async () => {
    const folder = projectFolder('odrzuc');
    const saved = readFileSync(narrativeOf(folder), 'utf8');
    const sentence = 'A sentence typed just before the crash.';
    await typeAndCrash(folder, sentence);

    const { page, bridge, errors } = await start();
    await navTo(page, 'Ustawienia');
    await page.getByRole('radio', { name: 'English' }).check();
    await navTo(page, 'Start', 'Main navigation');
    await open(page, bridge, folder, 'Open project…');
    const dialog = page.getByRole('alertdialog', { name: 'Restore unsaved text?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Privacy complaints and incidents \(Polish\), typed /);

    await dialog.getByRole('button', { name: 'Discard' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitFor(() => !existsSync(journalOf(folder)), 5000, 'the journal to be removed');
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
    expect(await report(page).getByText(sentence).count()).toBe(0);
    await editor(page).click();
    await page.keyboard.press('Control+End');
    expect(await editorText(page)).not.toContain(sentence);
    expect(readFileSync(narrativeOf(folder), 'utf8')).toBe(saved);
    expect(errors).toEqual([]);

    await navTo(page, 'Start', 'Main navigation');
    await open(page, bridge, folder, 'Open project…');
    await page.getByRole('heading', { level: 1, name: 'Write & preview' }).waitFor();
    await page.waitForTimeout(300);
    expect(await dialog.count()).toBe(0);
  });
});
