/**
 * An export whose file is open in Word, or read-only, in the built renderer against the real
 * handlers: the app says which file and why, offers another name ("… (2).docx", editable), writes
 * under it, and nothing in the app is lost. The files cannot be locked for root in a test, so the
 * handlers get the real atomic writer wrapped to fail for one name, as Windows fails for a DOCX
 * that Word holds open. Along the way, the imported CSVs are shown to stay byte-identical.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAtomically, type WriteFile } from '../../electron/main/fs-atomic';
import { installBridge, type Bridge } from './bridge';
import { editor, inputCard, navTo, report, stat } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { SAMPLE_DIR } from './helpers/paths';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';

/** A privacy register whose one unknown value ("Zgłoszenie klienta") is mapped in the app. */
const PRIVACY_CSV = ['Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna', 'PRV/1;15.01.2020;skarga;klient;tak', 'PRV/2;20.02.2020;wyciek;wewnętrzne;tak', 'PRV/3;05.03.2020;Zgłoszenie klienta;klient;tak', ''].join('\r\n');
const SENTENCE = 'Zdanie, które przetrwa nieudany eksport.';
const DOCX = 'customer-services-2020-pl.docx';
const HTML = 'customer-services-2020-pl.html';

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe.skipIf(skipWithoutChromium())('an export file that is locked or read-only', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let bridge: Bridge;
  const work = mkdtempSync(join(tmpdir(), 'raport-e2e-locked-'));
  const project = join(work, 'projekt');
  const csvPath = join(work, 'z-systemu', 'rejestr-prywatnosci.csv');
  const inputs = [csvPath, join(project, 'service-metrics.csv'), join(project, 'accessibility-register.csv')];
  let hashes: string[];
  /** Which file the disk refuses, and how (EBUSY: open in Word; EACCES: read-only). */
  let refuse: { name: string; code: string } | null = null;

  const writeFile: WriteFile = async (path, data) => {
    if (refuse !== null && basename(path) === refuse.name) {
      throw Object.assign(new Error(`${refuse.code}: simulated, rename '${path}'`), { code: refuse.code, path, syscall: 'rename' });
    }
    await writeAtomically(path, data);
  };

  beforeAll(async () => {
    cpSync(SAMPLE_DIR, project, { recursive: true });
    // The register comes from another system, outside the project.
    mkdirSync(dirname(csvPath));
    writeFileSync(csvPath, PRIVACY_CSV, 'utf8');
    hashes = inputs.map(sha256);

    browser = await launchChromium();
    ({ page, errors } = await newAppPage(browser));
    await serveRenderer(page);
    bridge = await installBridge(page, { writeFile });
    await page.goto(APP_URL);
  });

  afterAll(async () => {
    await browser?.close();
    bridge?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('opens a project, attaches a register and maps its unknown value, writes a sentence', async () => {
    bridge.queueFolder('project', project);
    await page.getByRole('button', { name: 'Otwórz projekt…' }).click();
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();

    await navTo(page, 'Dane');
    const card = inputCard(page, 'privacy');
    bridge.queueCsv(csvPath);
    await card.getByRole('button', { name: /plik… Rejestr skarg i incydentów/ }).click();
    await card.getByText(basename(csvPath), { exact: true }).waitFor();
    await card.getByRole('combobox', { name: 'Przypisz „Zgłoszenie klienta” do znanej wartości' }).selectOption('complaint');
    await expect.poll(() => stat(card, 'Wiersze użyte')).toBe('3');
    await expect.poll(() => page.getByTestId('status-problems').innerText()).toBe('Dane bez błędów');

    await navTo(page, 'Pisanie i podgląd');
    await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).getByRole('button', { name: 'Skargi i incydenty dotyczące prywatności' }).click();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` ${SENTENCE}`);
    await report(page).getByText(SENTENCE).waitFor();
  });

  it('a DOCX open in Word: the message names it, another name is offered, and the export goes through under it', async () => {
    const exportDir = join(work, 'eksport-1');
    refuse = { name: DOCX, code: 'EBUSY' };
    await navTo(page, 'Eksport');
    bridge.queueFolder('export', exportDir);
    await page.getByRole('button', { name: 'Eksportuj' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Eksport się nie udał' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain(join(exportDir, DOCX));
    expect(text).toContain('jest otwarty w innym programie');
    expect(text).toContain('Dane pozostały w aplikacji.');
    // Nothing half-written: the DOCX failed first, so no file and no temporary file is there.
    expect(existsSync(exportDir) ? readdirSync(exportDir) : []).toEqual([]);

    const form = page.getByRole('form', { name: 'Zapisz pod inną nazwą' });
    const name = form.getByRole('textbox', { name: 'Nowa nazwa pliku' });
    expect(await name.inputValue()).toBe('customer-services-2020-pl (2).docx');
    expect(await axeViolations(page)).toEqual([]);

    // Nothing was lost meanwhile: the sentence is in the chapter, the mapped value still counts.
    await navTo(page, 'Pisanie i podgląd');
    await report(page).getByText(SENTENCE).waitFor();
    await navTo(page, 'Dane');
    expect(await stat(inputCard(page, 'privacy'), 'Wiersze użyte')).toBe('3');
    await navTo(page, 'Eksport');
    expect(await name.inputValue()).toBe('customer-services-2020-pl (2).docx');

    // A name that is not a plain DOCX name is refused with a reason.
    await name.fill('../rozdział.docx');
    await form.getByText('Podaj samą nazwę pliku').waitFor();
    expect(await form.getByRole('button', { name: 'Zapisz pod tą nazwą' }).isDisabled()).toBe(true);
    await name.fill('rozdział.html');
    await form.getByText('Nazwa musi kończyć się na .docx.').waitFor();

    await name.fill('Rozdział dla zarządu (2).docx');
    await form.getByRole('button', { name: 'Zapisz pod tą nazwą' }).click();
    await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
    const written = await page.locator('.written-name').allInnerTexts();
    expect(written).toEqual(['Rozdział dla zarządu (2).docx', HTML]);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(exportDir, 'Rozdział dla zarządu (2).docx'))))['word/document.xml']!);
    expect(xml).toContain(SENTENCE);
    expect(readFileSync(join(exportDir, HTML), 'utf8')).toContain(SENTENCE);
    expect(readdirSync(exportDir).sort()).toEqual([HTML, 'Rozdział dla zarządu (2).docx'].sort());
  });

  it('a read-only HTML: "no permission", the DOCX before it is written, the HTML goes under another name', async () => {
    const exportDir = join(work, 'eksport-2');
    refuse = { name: HTML, code: 'EACCES' };
    bridge.queueFolder('export', exportDir);
    await page.getByRole('button', { name: 'Wybierz folder…' }).click();
    await page.getByText(exportDir, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Eksportuj' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Eksport się nie udał' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`Brak uprawnień do zapisu ${join(exportDir, HTML)}`);
    expect(readdirSync(exportDir)).toEqual([DOCX]);
    const form = page.getByRole('form', { name: 'Zapisz pod inną nazwą' });
    const name = form.getByRole('textbox', { name: 'Nowa nazwa pliku' });
    expect(await name.inputValue()).toBe('customer-services-2020-pl (2).html');
    await form.getByRole('button', { name: 'Zapisz pod tą nazwą' }).click();
    await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
    expect(await page.locator('.written-name').allInnerTexts()).toEqual([DOCX, 'customer-services-2020-pl (2).html']);
    expect(readdirSync(exportDir).sort()).toEqual([DOCX, 'customer-services-2020-pl (2).html'].sort());
  });

  it('the imported CSVs are byte-identical after all of it; the app saved only its own files', () => {
    expect(inputs.map(sha256)).toEqual(hashes);
    expect(readFileSync(join(project, 'narratives', 'pl', 'privacy.md'), 'utf8')).toContain(SENTENCE);
    const mappings = JSON.parse(readFileSync(join(project, 'mappings.json'), 'utf8')) as { privacy: { type: Record<string, string> } };
    expect(Object.values(mappings.privacy.type)).toEqual(['complaint']);
    expect(errors).toEqual([]);
  });
});
