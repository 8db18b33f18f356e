import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempDir } from './helpers/cli.js';
import { docxToPdf, hasLibreOffice, pdfText } from './helpers/libreoffice.js';

const NBSP = /[\u00a0\u202f]/g;
const flat = (s: string): string => s.replace(NBSP, ' ').replace(/\s+/g, ' ');

/** The visible text of an HTML page, roughly as a reader sees it. */
const htmlText = (html: string): string =>
  flat(html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

const libre = hasLibreOffice();
if (!libre) console.warn('Skipping the LibreOffice checks: soffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils).');

describe.skipIf(!libre)('the sample chapter as a Word file, opened by LibreOffice', () => {
  let pdf = '';
  let html = '';
  beforeAll(() => {
    buildCli();
    const out = tempDir();
    const r = runCli(['build', '--project', 'data/sample', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    pdf = flat(pdfText(docxToPdf(join(out, 'customer-services-2020-pl.docx'), out)));
    html = htmlText(readFileSync(join(out, 'customer-services-2020-pl.html'), 'utf8'));
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
    for (const h of headings) expect(pdf, h).toContain(h);
  });

  it('shows the 418-1 figures (a.i 14, a.ii 2, a 16, b 23) in the 2020 column, after the 2019 ones', () => {
    expect(pdf).toMatch(/a\.i – .*? 11 14/);
    expect(pdf).toMatch(/a\.ii – .*? 3 2/);
    expect(pdf).toMatch(/a – .*? 14 16/);
    expect(pdf).toMatch(/b – .*? 19 23/);
  });

  it('carries the same key figures as the HTML edition', () => {
    const figures = ['+50%', '+20%', '2500', '120', '690', '9 808 485', '75,3%', '32'];
    for (const f of figures) {
      expect(html, `HTML: ${f}`).toContain(f);
      expect(pdf, `PDF: ${f}`).toContain(f);
    }
    // Every 418-1 table row reads the same in both editions.
    for (const row of [/a\.i – .*? 11 14/, /a\.ii – .*? 3 2/, /b – .*? 19 23/]) {
      expect(html).toMatch(row);
    }
  });
});
