/**
 * The whole flow in the built renderer, in Chromium, against the real main-process handlers
 * (test/e2e/bridge.ts): open the sample, import a CSV with errors, map an unknown value, see a
 * file change on disk, write with a live preview, export (and be asked before overwriting),
 * check GRI coverage, switch the UI language. The steps share one page, in order.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBridge, type Bridge } from './bridge';
import { editor, editorText, figure, inputCard, navTo, report, stat, waitFor } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { SAMPLE_DIR } from './helpers/paths';
import { launchChromium, newAppPage, skipWithoutChromium } from './helpers/chromium';
import { screenshot } from './helpers/screenshots';
import { APP_URL, serveRenderer } from './helpers/serve-renderer';
import { measureKeystrokes } from './helpers/latency';

const PRIVACY_CSV = [
  'Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna',
  'PRV/1;15.01.2020;skarga;klient;tak',
  'PRV/2;20.02.2020;wyciek;wewnętrzne;tak',
  'PRV/3;31.02.2020;skarga;klient;nie',
  'PRV/4;05.03.2020;Zgłoszenie klienta;klient;tak',
  'PRV/5;07.04.2020;kradzież;strona trzecia;tak',
  '',
].join('\r\n');

const SENTENCE = 'Zdanie testowe do eksportu.';

describe.skipIf(skipWithoutChromium())('the app in Chromium, bridged to the real handlers', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let bridge: Bridge;
  const work = mkdtempSync(join(tmpdir(), 'raport-e2e-flow-'));
  const csvPath = join(work, 'rejestr-prywatnosci.csv');
  const exportDir = mkdtempSync(join(tmpdir(), 'raport-e2e-export-'));
  const created: string[] = [];
  const sampleCopy = () => join(bridge.userDataDir, 'sample-project');

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, page, errors } = await newAppPage(browser));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://app.test' });
    await serveRenderer(page);
    bridge = await installBridge(page);
    await page.goto(APP_URL);
  });

  afterAll(async () => {
    await browser?.close();
    bridge?.dispose();
    for (const dir of [work, exportDir, ...created]) rmSync(dir, { recursive: true, force: true });
  });

  it('opens the sample in one click: the chapter with its GRI 418-1 figures and "120" stores', async () => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, '01-start');
    await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
    await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
    expect(await figure(page, 'access.stores_sign_language_or_loop').innerText()).toBe('120');
    expect(await figure(page, 'privacy.a_i').innerText()).toBe('14');
    expect(await figure(page, 'privacy.a_ii').innerText()).toBe('2');
    expect(await figure(page, 'privacy.b').innerText()).toBe('23');
    await expect.poll(() => page.getByTestId('status-problems').innerText()).toBe('Dane bez błędów');
    expect(errors).toEqual([]); // no CSP violation, no uncaught error
  });

  it('imports a privacy register with errors: counts, encoding, and every problem with its line', async () => {
    writeFileSync(csvPath, PRIVACY_CSV, 'utf8');
    await navTo(page, 'Dane');
    const card = inputCard(page, 'privacy');
    bridge.queueCsv(csvPath);
    await card.getByRole('button', { name: /plik… Rejestr skarg i incydentów/ }).click();
    await card.getByText('rejestr-prywatnosci.csv', { exact: true }).waitFor();
    await expect.poll(() => stat(card, 'Wiersze odrzucone')).toBe('2');
    expect(await stat(card, 'Wiersze odczytane')).toBe('5');
    expect(await stat(card, 'Wiersze użyte')).toBe('3');
    expect(await stat(card, 'Kodowanie')).toBe('UTF-8');
    expect(await stat(card, 'Separator')).toBe('średnik (;)');

    const table = card.locator('table.problems-table');
    const badDate = table.locator('tbody tr', { hasText: '31.02.2020' });
    expect(await badDate.locator('td.col-line').innerText()).toBe('4');
    const unknownType = table.locator('tbody tr', { hasText: 'Zgłoszenie klienta' });
    expect(await unknownType.locator('td.col-line').innerText()).toBe('5');

    // Sorted by line (ascending) at first; one click turns it around: line 5 first.
    await table.getByRole('button', { name: 'Sortuj według: Wiersz' }).click();
    expect(await table.locator('th', { hasText: 'Wiersz' }).getAttribute('aria-sort')).toBe('descending');
    expect(await table.locator('tbody tr').first().locator('td.col-line').innerText()).toBe('5');

    await card.getByRole('button', { name: 'Kopiuj wszystkie (TSV)' }).click();
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.trim().split('\n');
    expect(lines[0]).toBe('Waga\tWiersz\tKolumna\tOczekiwano\tZnaleziono\tOpis');
    expect(lines.some((l) => l.split('\t')[1] === '4' && l.includes('31.02.2020'))).toBe(true);

    await card.locator('details.rows summary').click();
    const grid = card.getByRole('table', { name: 'Wiersze pliku rejestr-prywatnosci.csv' });
    await expect.poll(() => grid.locator('.row-rejected').count()).toBe(2);
    expect(await grid.locator('.row-rejected .cell-line').allInnerTexts()).toEqual(['4', '5']);
    await card.scrollIntoViewIfNeeded();
    await page.getByRole('heading', { name: /Rejestr skarg i incydentów/ }).scrollIntoViewIfNeeded();
    await screenshot(page, '02-data-problems');
    expect(await axeViolations(page)).toEqual([]); // the problems table, mapping menus and grid, too
    expect(await page.getByTestId('status-problems').innerText()).toContain('Błędy: 2');

    // Export waits until the data is fixed, and says why.
    await navTo(page, 'Eksport');
    await page.getByText('Eksport jest niedostępny, dopóki dane zawierają błędy (2).', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Eksportuj' }).isDisabled()).toBe(true);
    await navTo(page, 'Dane');
  });

  it('maps an unknown value once: the row is accepted and mappings.json is written', async () => {
    const card = inputCard(page, 'privacy');
    await card.getByRole('combobox', { name: 'Przypisz „Zgłoszenie klienta” do znanej wartości' }).selectOption('complaint');
    await expect.poll(() => stat(card, 'Wiersze użyte')).toBe('4');
    expect(await stat(card, 'Wiersze odrzucone')).toBe('1');
    expect(await card.locator('tbody tr', { hasText: 'Zgłoszenie klienta' }).count()).toBe(0);
    const mappings = JSON.parse(readFileSync(join(sampleCopy(), 'mappings.json'), 'utf8')) as { privacy: { type: Record<string, string> } };
    expect(Object.values(mappings.privacy.type)).toEqual(['complaint']);
  });

  it('re-imports a CSV that changed on disk and says which file was reloaded', async () => {
    writeFileSync(csvPath, PRIVACY_CSV.replace('31.02.2020', '28.02.2020'), 'utf8');
    await page.getByText('Plik rejestr-prywatnosci.csv zmienił się na dysku i został wczytany ponownie.').waitFor({ timeout: 15_000 });
    const card = inputCard(page, 'privacy');
    await expect.poll(() => stat(card, 'Wiersze odrzucone')).toBe('0');
    expect(await stat(card, 'Wiersze użyte')).toBe('5');
    await expect.poll(() => page.getByTestId('status-problems').innerText()).toBe('Dane bez błędów');
  });

  it('takes a CSV dropped onto a card (its bytes, kept in the project)', async () => {
    const card = inputCard(page, 'service');
    const bytes = [...readFileSync(join(SAMPLE_DIR, 'service-metrics.csv'))];
    await card.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'wskazniki-upuszczone.csv', { type: 'text/csv' }));
      for (const type of ['dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }, bytes);
    await card.getByText('wskazniki-upuszczone.csv', { exact: true }).waitFor();
    await expect.poll(() => stat(card, 'Wiersze użyte')).toBe('86');
    expect(existsSync(join(sampleCopy(), 'inputs', 'wskazniki-upuszczone.csv'))).toBe(true);
  });

  it('edits a narrative: the preview follows each keystroke, scrolled to the section', async () => {
    await navTo(page, 'Pisanie i podgląd');
    await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).getByRole('button', { name: 'Skargi i incydenty dotyczące prywatności' }).click();
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const latencies = await measureKeystrokes(page, SENTENCE);
    const sorted = [...latencies].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
    console.log(`keystroke → preview: median ${median.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} keystrokes`);
    // The target is < 100 ms (measured 40–65 ms here); the margin keeps a busy CI machine from failing it.
    expect(median).toBeLessThan(150);
    await report(page).getByText(SENTENCE).waitFor();
    // The preview shows the section being edited.
    const top = await page.frameLocator('iframe.preview-frame').locator('[id="privacy"]').evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(400);
    await screenshot(page, '04-write-preview');
  });

  it('Ctrl+S writes the narrative at once, without waiting for the autosave pause', async () => {
    await page.keyboard.type(' Dopisek.');
    await page.keyboard.press('Control+S');
    const file = join(sampleCopy(), 'narratives', 'pl', 'privacy.md');
    // The autosave pause is 400 ms; the flush must land well before it.
    await waitFor(() => readFileSync(file, 'utf8').includes(`${SENTENCE} Dopisek.`), 300, 'the narrative on disk');
    await expect.poll(() => page.getByTestId('save-state').innerText()).toBe('Zapisano');
  });

  it('inserts a figure from the panel at the cursor', async () => {
    await page.keyboard.type(' Skarg zasadnych:');
    await page.getByRole('searchbox', { name: 'Szukaj liczby' }).fill('zasadne skargi razem');
    const button = page.getByRole('button', { name: /^Wstaw: a – zasadne skargi razem/ }).first();
    const value = await button.locator('.figure-value').innerText();
    await button.click();
    await expect.poll(() => editorText(page)).toContain('Skarg zasadnych:{{num privacy.a}}');
    await report(page).getByText(`Skarg zasadnych:${value}`, { exact: false }).waitFor();
    await page.getByRole('searchbox', { name: 'Szukaj liczby' }).fill('');
  });

  it('shows a narrative error with its file and line, and keeps the last good preview', async () => {
    await editor(page).click();
    await page.keyboard.press('Control+End');
    const broken = ' {{num privacy.a';
    await page.keyboard.type(broken);
    const banner = page.locator('section.banner-error', { hasText: 'Błędy w opisach i szablonach' });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/narratives\/pl\/privacy\.md, wiersz \d+/);
    await page.getByText('Podgląd pokazuje ostatnią poprawną wersję').waitFor();
    await report(page).getByText(SENTENCE).waitFor();
    for (let i = 0; i < broken.length; i++) await page.keyboard.press('Backspace');
    await banner.waitFor({ state: 'detached' });
  });

  it('exports DOCX, HTML, plain text and large print; the DOCX holds the edited sentence', async () => {
    await navTo(page, 'Eksport');
    await page.getByRole('checkbox', { name: 'Zwykły tekst (TXT)' }).check();
    await page.getByRole('checkbox', { name: 'Duży druk (DOCX, od 16 pt)' }).check();
    bridge.queueFolder('export', exportDir);
    await page.getByRole('button', { name: 'Eksportuj' }).click();
    await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
    const docx = join(exportDir, 'customer-services-2020-pl.docx');
    expect(existsSync(join(exportDir, 'customer-services-2020-pl.html'))).toBe(true);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
    expect(xml).toContain('Zdanie testowe do eksportu.');
    expect(readFileSync(join(exportDir, 'customer-services-2020-pl.html'), 'utf8')).toContain(SENTENCE);
    expect(readFileSync(join(exportDir, 'customer-services-2020-pl.txt'), 'utf8')).toContain(SENTENCE);
    const large = strFromU8(unzipSync(new Uint8Array(readFileSync(join(exportDir, 'customer-services-2020-pl-large-print.docx'))))['word/document.xml']!);
    expect(large).toContain('Zdanie testowe do eksportu.');
    await screenshot(page, '05-export-done');

    await page.getByRole('button', { name: 'Otwórz plik customer-services-2020-pl.docx' }).click();
    await expect.poll(() => bridge.opened).toContain(docx);
  });

  it('never overwrites without asking: Ctrl+E again → conflict; cancel keeps, replace rewrites', async () => {
    const docx = join(exportDir, 'customer-services-2020-pl.docx');
    const before = statSync(docx).mtimeMs;
    await page.keyboard.press('Control+E');
    const dialog = page.getByRole('dialog', { name: 'Pliki już istnieją' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('customer-services-2020-pl.docx');
    await screenshot(page, '06-export-conflict');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Anuluj' }).click();
    await page.getByText('Eksport anulowano. Żaden plik nie został zmieniony.').waitFor();
    expect(statSync(docx).mtimeMs).toBe(before);

    await page.getByRole('button', { name: 'Eksportuj' }).click();
    await dialog.waitFor();
    expect(statSync(docx).mtimeMs).toBe(before);
    await dialog.getByRole('button', { name: 'Zastąp' }).click();
    await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
    expect(statSync(docx).mtimeMs).toBeGreaterThan(before);
  });

  it('coverage shows a missing narrative once its text is gone, and jumps to the Write view', async () => {
    await navTo(page, 'Pisanie i podgląd');
    const sections = page.getByRole('navigation', { name: 'Sekcje rozdziału' });
    // 103-1-a is declared by three narratives: empty all three.
    for (const name of ['Relacje z klientami', 'Ochrona danych klientów', 'Dostępność dla wszystkich klientów']) {
      await sections.getByRole('button', { name }).click();
      await editor(page).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    }
    // Undo and redo in the editor.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => editorText(page)).toContain('Nasze usługi mają być dostępne');
    await page.keyboard.press('Control+Y');
    await expect.poll(() => editorText(page)).not.toContain('Nasze usługi mają być dostępne');

    await navTo(page, 'Zgodność z GRI');
    const row = page.locator('tr', { has: page.locator('th', { hasText: /^103-1-a$/ }) });
    await expect.poll(() => row.locator('.item-status').innerText()).toBe('Brak opisu');
    await screenshot(page, '03-coverage');
    await row.getByRole('button', { name: 'Uzupełnij opis: wymóg 103-1-a' }).click();
    const current = page.getByRole('navigation', { name: 'Sekcje rozdziału' }).locator('[aria-current="true"]');
    expect(await current.innerText()).toBe('Relacje z klientami');
    expect(await page.getByRole('navigation', { name: 'Główna nawigacja' }).locator('[aria-current="page"]').innerText()).toContain('Pisanie i podgląd');
  });

  it('a shortcut echoed by the Electron menu runs once', async () => {
    const before = bridge.calls.filter((c) => c.method === 'chooseProjectFolder').length;
    bridge.queueFolder('project', null);
    await page.keyboard.press('Control+O');
    await bridge.fireCommand('open-project');
    await page.waitForTimeout(200);
    expect(bridge.calls.filter((c) => c.method === 'chooseProjectFolder').length).toBe(before + 1);
  });

  it('changes the GRI edition in the settings: coverage follows (3-3 instead of 103)', async () => {
    await navTo(page, 'Ustawienia');
    await page.getByRole('combobox', { name: 'Wersja standardów GRI' }).selectOption('2021');
    await page.getByRole('button', { name: 'Zapisz ustawienia projektu' }).click();
    await expect.poll(() => JSON.parse(readFileSync(join(sampleCopy(), 'project.json'), 'utf8')).edition).toBe('2021');
    await navTo(page, 'Zgodność z GRI');
    await page.getByRole('heading', { name: /GRI 3-3/ }).waitFor();
    expect(await page.getByRole('heading', { name: /GRI 103-1/ }).count()).toBe(0);
  });

  it('creates a new project in a chosen folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'raport-e2e-new-'));
    created.push(folder);
    await navTo(page, 'Start');
    await page.getByRole('textbox', { name: 'Nazwa organizacji' }).fill('Fundacja Testowa');
    await page.getByRole('textbox', { name: 'Rok sprawozdawczy' }).fill('2023');
    expect(await page.getByRole('combobox', { name: 'Wersja standardów GRI' }).inputValue()).toBe('2021');
    await page.getByRole('textbox', { name: 'Rok sprawozdawczy' }).fill('2021');
    expect(await page.getByRole('combobox', { name: 'Wersja standardów GRI' }).inputValue()).toBe('2016');
    bridge.queueFolder('project', folder);
    await page.getByRole('button', { name: 'Utwórz w folderze…' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dane' }).waitFor();
    expect(await page.locator('.project-name').innerText()).toBe('Fundacja Testowa');
    expect(JSON.parse(readFileSync(join(folder, 'project.json'), 'utf8'))).toMatchObject({ organisation: 'Fundacja Testowa', year: 2021, edition: '2016' });
    expect(await inputCard(page, 'privacy').getByText('Nie dodano pliku.').count()).toBe(1);
  });

  it('switches the UI to English: navigation and views follow, and the choice is saved', async () => {
    await navTo(page, 'Ustawienia');
    await screenshot(page, '07-settings');
    await page.getByRole('radio', { name: 'English' }).check();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('button', { name: 'Write & preview' }).waitFor();
    expect(await nav.locator('.nav-label').allInnerTexts()).toEqual(['Start', 'Data', 'GRI coverage', 'Write & preview', 'Export', 'Settings']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => JSON.parse(readFileSync(join(bridge.userDataDir, 'settings.json'), 'utf8')).uiLanguage).toBe('en');
    await navTo(page, 'Data');
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    await screenshot(page, '08-data-en');
    expect(errors).toEqual([]);
  });

  it('a Polish UI writes an English chapter: the report language is the project\'s, the UI keeps its own', async () => {
    await navTo(page, 'Settings');
    await page.getByRole('radio', { name: 'polski' }).check();
    await page.getByRole('heading', { level: 1, name: 'Ustawienia' }).waitFor();
    await page.getByRole('combobox', { name: 'Język raportu' }).selectOption('en');
    await page.getByRole('button', { name: 'Zapisz ustawienia projektu' }).click();
    await expect.poll(() => JSON.parse(readFileSync(join(created.at(-1)!, 'project.json'), 'utf8')).lang).toBe('en');
    await navTo(page, 'Pisanie i podgląd');
    await page.getByText('Opisy w języku raportu: angielski').waitFor();
    await report(page).getByRole('heading', { level: 1, name: 'Customer services' }).waitFor();
    expect(await page.frameLocator('iframe.preview-frame').locator('html').getAttribute('lang')).toBe('en');
    // The UI is still Polish, and so is the saved UI language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await page.getByRole('navigation', { name: 'Główna nawigacja' }).locator('.nav-label').allInnerTexts()).toContain('Pisanie i podgląd');
    expect(JSON.parse(readFileSync(join(bridge.userDataDir, 'settings.json'), 'utf8')).uiLanguage).toBe('pl');
    expect(errors).toEqual([]);
  });
});
