/**
 * The sample chapter's DOCX opened by LibreOffice (converted to PDF) says what the HTML edition
 * says. Each key figure is looked for in its home — the sentence or table row of the chapter that
 * states it — in the DOCX's paragraphs and rows, in the PDF text and in the HTML text, all taken
 * before the sources appendix (which repeats every figure beside line numbers and SHA-256s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempDir } from './helpers/cli.js';
import { blocksBefore, docxBlocks, flat, paragraphTexts, tableRows } from './helpers/docx-text-blocks.js';
import { homeName, homeText, pdfBeforeSources, SAMPLE_418_1_ROWS, SAMPLE_FIGURES } from './helpers/docx-text-sample.js';
import { docxToPdf, pdfText } from './helpers/libreoffice.js';
import { skipWithoutLibreOffice } from './helpers/skip-reason.js';

/** The visible text of an HTML page before its sources appendix, roughly as a reader sees it. */
function htmlText(html: string): string {
  const appendix = html.indexOf('<h2 id="data-sources"');
  if (appendix < 0) throw new Error('no sources appendix (h2#data-sources) in the HTML');
  const body = html
    .slice(0, appendix)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    // Inline elements (a figure's span, a link) sit inside a word run; block elements separate text.
    .replace(/<\/?(?:span|a|strong|em|b|i|abbr|sup|sub)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ');
  return flat(body.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

describe.skipIf(skipWithoutLibreOffice())('the sample chapter as a Word file, opened by LibreOffice', () => {
  let fullPdf = '';
  let pdf = '';
  let html = '';
  let paragraphs: string[] = [];
  let rows: string[][] = [];
  beforeAll(() => {
    buildCli();
    const out = tempDir();
    const r = runCli(['build', '--project', 'data/sample', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const docx = join(out, 'customer-services-2020-pl.docx');
    const layout = pdfText(docxToPdf(docx, out));
    fullPdf = flat(layout);
    pdf = pdfBeforeSources(layout);
    html = htmlText(readFileSync(join(out, 'customer-services-2020-pl.html'), 'utf8'));
    const body = blocksBefore(docxBlocks(readFileSync(docx)), 'Źródła danych');
    paragraphs = paragraphTexts(body);
    rows = tableRows(body);
  }, 240_000);

  const headings = [
    'Usługi dla klientów',
    'Relacje z klientami',
    'Obsługa klientów w czasie pandemii COVID-19',
    'Inicjatywy dla klientów w czasie pandemii',
    'Ochrona danych klientów',
    'Skargi i incydenty dotyczące prywatności',
    'Nowoczesne centra danych',
    'Dostępność dla wszystkich klientów',
    'Indeks treści GRI',
  ];

  it('converts to PDF with every heading of the chapter', () => {
    for (const h of headings) expect(fullPdf, h).toContain(h);
  });

  it('shows the 418-1 figures (a.i 14, a.ii 2, a 16, b 23) in the 2020 column, after the 2019 ones', () => {
    // Each row of the DOCX table, cell by cell, and the same row as LibreOffice lays it out, in order.
    let from = 0;
    for (const row of SAMPLE_418_1_ROWS) {
      expect(rows, `DOCX row ${row[0]}`).toContainEqual(row);
      const at = pdf.indexOf(row.join(' '), from);
      expect(at, `PDF row "${row.join(' ')}" after the previous one`).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('carries the same key figures as the HTML edition, each in the sentence or table row that states it', () => {
    for (const home of SAMPLE_FIGURES) {
      const text = homeText(home);
      expect(text, `the home of ${home.figure} states it`).toContain(home.figure);
      if ('row' in home) expect(rows, `DOCX: ${home.figure} in ${homeName(home)}`).toContainEqual(home.row);
      else expect(paragraphs.some((p) => p.includes(home.paragraph)), `DOCX: ${home.figure} in ${homeName(home)}`).toBe(true);
      expect(pdf, `PDF: ${home.figure} in ${homeName(home)}`).toContain(text);
      expect(html, `HTML: ${home.figure} in ${homeName(home)}`).toContain(text);
    }
    // Every 418-1 table row reads the same in both editions.
    for (const row of SAMPLE_418_1_ROWS) expect(html, `HTML row ${row[0]}`).toContain(row.join(' '));
  });
});
