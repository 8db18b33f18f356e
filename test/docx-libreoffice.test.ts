/**
 * Every DOCX edition opened by LibreOffice (headless, converted to PDF): the standard chapter with
 * its table of contents and charts, the large-print edition at its page size, the GRI content index
 * on its own, and the chapter in a company's style template. A file LibreOffice cannot open gives
 * no PDF, so each conversion is itself the proof that the file opens.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleTemplate } from './fixtures/style-template.js';
import { buildCli, ROOT, runCli, tempDir } from './helpers/cli.js';
import { docxToPdf, hasLibreOffice, pdfText } from './helpers/libreoffice.js';

const flat = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const pageSize = (pdf: string): string => /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '';

const HEADINGS = ['Usługi dla klientów', 'Spis treści', 'Skargi i incydenty dotyczące prywatności', 'Dostępność dla wszystkich klientów', 'Indeks treści GRI', 'Źródła danych'];
const FIGURES = ['9 808 485', '2 679 047', '690', '120', '+50%', '75,3%'];

describe.skipIf(!hasLibreOffice())('every DOCX edition, opened by LibreOffice', () => {
  let out = '';
  const pdf: Record<string, string> = {};
  const text: Record<string, string> = {};

  beforeAll(() => {
    buildCli();
    out = tempDir();
    const r = runCli(['build', '--project', 'data/sample', '--out', out, '--format', 'docx,large-print,gri-index', '--toc-page-numbers']);
    expect(r.code, r.stderr).toBe(0);
    // The chapter in a company template (a project with "styleTemplate").
    const project = tempDir();
    cpSync(join(ROOT, 'data/sample'), project, { recursive: true });
    const settings = JSON.parse(readFileSync(join(project, 'project.json'), 'utf8'));
    writeFileSync(join(project, 'project.json'), JSON.stringify({ ...settings, styleTemplate: 'firma.dotx' }));
    writeFileSync(join(project, 'firma.dotx'), styleTemplate());
    const styled = join(out, 'styled');
    expect(runCli(['build', '--project', project, '--out', styled, '--format', 'docx', '--toc-page-numbers']).code).toBe(0);

    const files = {
      chapter: join(out, 'customer-services-2020-pl.docx'),
      large: join(out, 'customer-services-2020-pl-large-print.docx'),
      index: join(out, 'gri-content-index-2020-pl.docx'),
      styled: join(styled, 'customer-services-2020-pl.docx'),
    };
    for (const [name, file] of Object.entries(files)) {
      pdf[name] = docxToPdf(file, name === 'styled' ? styled : out);
      text[name] = flat(pdfText(pdf[name]!));
    }
  }, 480_000);

  it('the chapter: every heading, a filled table of contents with page numbers, the figures and the chart labels', () => {
    for (const h of HEADINGS) expect(text.chapter, h).toContain(h);
    expect(text.chapter).toMatch(/Spis treści Usługi dla klientów ?\.+ ?1 Relacje z klientami ?\.+ ?1/);
    expect(text.chapter).toMatch(/Źródła danych ?\.+ ?\d+/);
    for (const f of FIGURES) expect(text.chapter, f).toContain(f);
    // Text drawn in the charts reaches the PDF only through the PNG fallback LibreOffice shows.
    expect(text.chapter).toContain('Strona 1 z');
  });

  it('large print: the same headings and figures, on A4 and on more pages', () => {
    for (const h of HEADINGS) expect(text.large, h).toContain(h);
    for (const f of FIGURES) expect(text.large, f).toContain(f);
    expect(pageSize(pdf.large!)).toBe(pageSize(pdf.chapter!));
    const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages(pdf.large!)).toBeGreaterThan(pages(pdf.chapter!) * 1.5);
  });

  it('the GRI content index on its own: statement of use and one row per disclosure', () => {
    expect(text.index).toContain('Indeks treści GRI');
    expect(text.index).toContain('z odniesieniem do Standardów GRI');
    for (const code of ['103-1', '103-2', '103-3', '418-1']) expect(text.index).toContain(code);
  });

  it("the chapter in the company's template: its table of contents numbered for the template's layout, numbers whole", () => {
    for (const h of HEADINGS) expect(text.styled, h).toContain(h);
    expect(text.styled).toMatch(/Spis treści Usługi dla klientów ?\.+ ?1 Relacje z klientami ?\.+ ?1/);
    for (const f of FIGURES) expect(text.styled, f).toContain(f);
  });
});
