/**
 * The HTML edition in Chromium: zero axe-core violations, figures whose source shows on hover and on
 * keyboard focus (CSS only), charts as inline SVG images, footnotes with links back, a print style.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../core/doc/model.js';
import { writeHtml } from '../core/doc/to-html.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { PRIVACY_2020, privacySection } from './fixtures/report-context.js';
import { axeViolations, launchChromium } from './helpers/browser.js';
import { chapterDoc } from './helpers/chapter.js';
import { skipWithoutChromium } from './helpers/skip-reason.js';

const plDoc = (): DocumentModel => chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST });

describe('the HTML edition (markup)', () => {
  const html = writeHtml(plDoc());

  it('makes a figure with a known source focusable, with its source as tooltip and accessible description', () => {
    const span = html.match(/<span class="figure" data-figure="privacy\.a_i"[^>]*>9<\/span>/)?.[0] ?? '';
    expect(span).toContain('tabindex="0"');
    const described = /aria-describedby="(src-\d+)"/.exec(span)?.[1];
    expect(span).toContain(
      'data-source="Plik: rejestr-prywatnosci.csv&#10;SHA-256: a1b2c3d4e5…&#10;Wiersze: 12–14, 20, 31–32, 40–42&#10;Reguła: type = complaint, source ∈ {customer, third_party}, substantiated"',
    );
    expect(html).toContain(
      `<p id="${described}">Źródło liczby. Plik: rejestr-prywatnosci.csv; SHA-256: a1b2c3d4e5…; Wiersze: 12–14, 20, 31–32, 40–42; Reguła: type = complaint, source ∈ {customer, third_party}, substantiated</p>`,
    );
    // A figure without a known source stays plain text.
    expect(html).toMatch(/<span class="figure" data-figure="privacy\.a_ii">3<\/span>|<span class="figure" data-figure="privacy\.prev\.a_ii">2<\/span>/);
    expect(html).toContain('<span class="figure" data-figure="privacy.prev.a_ii">2</span>');
  });

  it('shortens long line lists in the tooltip; the appendix keeps them whole', () => {
    const many = { ...PROVENANCE, 'privacy.b': { ...PROVENANCE['privacy.b']!, lines: Array.from({ length: 20 }, (_, i) => i * 3 + 5) } };
    const out = writeHtml(chapterDoc({ provenance: many }));
    expect(out).toMatch(/data-figure="privacy\.b"[^>]*data-source="[^"]*Wiersze: 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38 … \(\+8\)/);
    expect(out).toContain('<td>5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 41, 44, 47, 50, 53, 56, 59, 62</td>');
  });

  it('puts the build manifest in <meta> tags', () => {
    expect(html).toContain('<meta name="generator" content="Raport 9.8.7">');
    expect(html).toContain('<meta name="raport.generated-at" content="2021-03-15T10:20:30Z">');
    expect(html).toContain(`<meta name="raport.template-version" content="${'5'.repeat(64)}">`);
    expect(html).toContain(`<meta name="raport.input.privacy" content="rejestr-prywatnosci.csv; sha256=${MANIFEST.inputs[0]!.sha256}">`);
  });

  it('writes charts as inline SVG images named by their title, followed by the table of their numbers', () => {
    const figure = html.match(/<figure class="chart" id="chart-privacy">[^]*?<\/figure>/)?.[0] ?? '';
    expect(figure).toMatch(/<figcaption>GRI 418-1: [^<]+<\/figcaption>/);
    expect(figure).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(figure).toContain('role="img" aria-labelledby="chart-privacy-title" aria-describedby="chart-privacy-desc"');
    expect(figure).toMatch(/<table>\n<caption>Uzasadnione skargi[^]*<\/table>/);
  });

  it('numbers footnotes in reading order and links each to its note and back', () => {
    const refs = [...html.matchAll(/<sup class="fn-ref"><a href="#fn-(\d+)" id="fnref-\1" aria-label="Przypis \1">\1<\/a><\/sup>/g)].map((m) => m[1]);
    expect(refs).toEqual(['1', '2', '3']);
    const notes = html.match(/<section class="footnotes" aria-labelledby="footnotes-title">[^]*?<\/section>/)?.[0] ?? '';
    expect(notes).toContain('<h2 id="footnotes-title">Przypisy</h2>');
    expect(notes).toMatch(/<li id="fn-2">Źródło: rejestr skarg i incydentów dotyczących prywatności – rejestr-prywatnosci\.csv \(SHA-256 a1b2c3d4e5…\); [^<]+ <a href="#fnref-2" class="fn-back" aria-label="Powrót do odsyłacza 2">↩<\/a><\/li>/);
  });

  it('has a print style sheet: no tooltips, header rows repeated, charts kept whole, link targets printed', () => {
    const print = html.match(/@media print \{[^]*?\n\}/)?.[0] ?? '';
    expect(print).toContain('.report thead { display: table-header-group; }');
    expect(print).toContain('.report .figure[data-source]::after { content: none !important; }');
    expect(print).toContain('figure.chart .chart-image { break-inside: avoid; }'.replace('figure.chart .chart-image', 'figure.chart .chart-image'));
    expect(print).toContain('.report a[href^="http"]::after');
    expect(print).toContain('.report .page-break { break-before: page; }');
  });
});

describe.skipIf(skipWithoutChromium())('the HTML edition in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  }, 60_000);
  afterAll(async () => browser?.close());

  const variants: [string, () => DocumentModel][] = [
    ['Polish, with sources', plDoc],
    ['English, with sources', () => chapterDoc({ lang: 'en', provenance: PROVENANCE, manifest: MANIFEST, edition: '2021' })],
    ['Polish, no registers', () => chapterDoc({ patch: { privacy: { available: false }, access: { available: false }, service: { available: false } } })],
    ['Polish, no complaints', () => chapterDoc({ patch: { privacy: privacySection({ ...PRIVACY_2020, a_i: 0, a_ii: 0, a: 0 }, null) } })],
  ];

  for (const [name, make] of variants) {
    it(`passes axe-core with zero violations (${name})`, async () => {
      await page.setContent(writeHtml(make()), { waitUntil: 'load' });
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    });
  }

  it('shows a figure’s source on keyboard focus and on hover, with no script in the page', async () => {
    await page.setContent(writeHtml(plDoc()), { waitUntil: 'load' });
    expect(await page.locator('script').count()).toBe(0);
    const figure = page.locator('[data-figure="privacy.a_i"]').last();
    const tooltip = (): Promise<string> => figure.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await tooltip()).toBe('none');
    // Reached with the Tab key like any control.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40 && !(await figure.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tooltip()).toContain('rejestr-prywatnosci.csv');
    expect(await tooltip()).toContain('12–14, 20, 31–32, 40–42');
    await page.locator('h1').focus();
    await figure.hover();
    expect(await tooltip()).toContain('Reguła: type = complaint');
    // Screen readers get the same source as the figure's description.
    const description = await figure.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toContain('Plik: rejestr-prywatnosci.csv');
    // A screenshot to look at (not compared).
    const dir = join(import.meta.dirname, '..', 'test-results');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'html-edition-tooltip.png') });
  });

  it('carries a CSP that keeps a tampered copy from running scripts or fetching anything', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    // As if someone edited the published file: a script, an event handler, a remote image and style.
    const tampered = writeHtml(plDoc()).replace(
      '</body>',
      '<script>window.ran = 1</script><img src="x" onerror="window.ran = 2"><img src="https://example.invalid/t.png"><link rel="stylesheet" href="https://example.invalid/s.css"></body>',
    );
    await page.setContent(tampered, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { ran?: number }).ran)).toBeUndefined();
    // Chromium announces the two requests, then its CSP check stops both before they leave.
    const outside = requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank');
    expect(outside.sort()).toEqual(['https://example.invalid/s.css', 'https://example.invalid/t.png']);
    expect(failed.sort()).toEqual(outside.map((u) => `${u} csp`));
  });

  it('lays the charts out at the reading width with the bars visible', async () => {
    await page.setContent(writeHtml(plDoc()), { waitUntil: 'load' });
    const box = await page.locator('#chart-contacts svg').boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    expect(box?.height).toBeGreaterThan(150);
    // Five bars of 2020 (the sixth rect of that colour is its legend swatch).
    expect(await page.locator('#chart-contacts svg rect[fill="#0B4F6C"]').count()).toBe(6);
    writeFileSync(join(import.meta.dirname, '..', 'test-results', 'html-edition.png'), await page.screenshot({ fullPage: true }));
  });
});
