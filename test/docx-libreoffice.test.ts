/**
 * Every DOCX edition opened by LibreOffice (headless, converted to PDF): the standard chapter with
 * its table of contents and charts, the large-print edition at its page size, the GRI content index
 * on its own, and the chapter in a company's style template. A file LibreOffice cannot open gives
 * no PDF, so each conversion is itself the proof that the file opens.
 *
 * Figures are looked for in the sentence or table row that states them, in the text before the
 * sources appendix (which repeats every figure beside line numbers and SHA-256s).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleTemplate } from './fixtures/style-template.js';
import { buildCli, ROOT, runCli, tempDir } from './helpers/cli.js';
import { flat } from './helpers/docx-text-blocks.js';
import { docxCharts, pdfImages, type DocxChart, type PdfImage } from './helpers/docx-text-charts.js';
import { homeName, homeText, pdfBeforeSources, SAMPLE_FIGURES } from './helpers/docx-text-sample.js';
import { docxToPdf, pdfText } from './helpers/libreoffice.js';
import { skipWithoutLibreOffice, skipWithoutPdfImages } from './helpers/skip-reason.js';

const pdfInfo = (pdf: string): string => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
const pageSize = (pdf: string): string => /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(pdfInfo(pdf))?.[1] ?? '';
const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))?.[1]);

const HEADINGS = ['Usługi dla klientów', 'Spis treści', 'Skargi i incydenty dotyczące prywatności', 'Dostępność dla wszystkich klientów', 'Indeks treści GRI', 'Źródła danych'];
/** The key figures every edition must show, each in its sentence or row (see docx-text-sample.ts). */
const FIGURES = new Set(['9 808 485', '2 679 047', '690', '120', '+50%', '75,3%']);
const HOMES = SAMPLE_FIGURES.filter((home) => FIGURES.has(home.figure));

/**
 * The sample's four charts. `bars`: each bar as the chart draws it (its short label and values)
 * and the row of the table the chart is drawn from, which follows it in the text: the full label
 * and the same values. LibreOffice shows the chart's PNG fallback, so its drawn labels are pixels,
 * not text; that table is the chart's text equivalent.
 */
const CHARTS: { name: string; title: string; bars: { label: string; values: string[]; row: string }[] }[] = [
  {
    name: 'chart-contacts',
    title: 'Kontakty klientów według kanału – 2019 i 2020',
    bars: [
      { label: 'Aplikacja mobilna', values: ['1 647 233', '2 679 047'], row: 'Aplikacja mobilna' },
      { label: 'Portal samoobsługowy www', values: ['1 136 937', '1 666 047'], row: 'Portal samoobsługowy www' },
      { label: 'Infolinia', values: ['2 876 040', '3 379 599'], row: 'Infolinia' },
      { label: 'Salony', values: ['2 230 476', '1 462 351'], row: 'Salony' },
      { label: 'Czat', values: ['192 287', '371 424'], row: 'Czat' },
      { label: 'Poczta elektroniczna', values: ['124 173', '143 203'], row: 'Poczta elektroniczna' },
      { label: 'Media społecznościowe', values: ['76 041', '106 814'], row: 'Media społecznościowe' },
    ],
  },
  {
    name: 'chart-privacy',
    title: 'GRI 418-1: uzasadnione skargi oraz wycieki, kradzieże i utraty danych klientów w 2019 i 2020 r.',
    bars: [
      { label: 'a.i – skargi klientów i podmiotów zewnętrznych', values: ['11', '14'], row: 'a.i – skargi od klientów i innych podmiotów zewnętrznych, uznane przez nas za zasadne' },
      { label: 'a.ii – skargi organów regulacyjnych', values: ['3', '2'], row: 'a.ii – skargi od organów regulacyjnych' },
      { label: 'b – wycieki, kradzieże i utraty danych', values: ['19', '23'], row: 'b – zidentyfikowane wycieki, kradzieże i utraty danych klientów' },
    ],
  },
  {
    name: 'chart-access',
    title: 'Salony z udogodnieniami dla osób z niepełnosprawnościami (skala: wszystkie salony – 690)',
    bars: [
      { label: 'Tłumacz PJM', values: ['85'], row: 'Tłumacz polskiego języka migowego (PJM)' },
      { label: 'Pętla indukcyjna', values: ['70'], row: 'Pętla indukcyjna' },
      { label: 'Tłumacz PJM lub pętla', values: ['120'], row: 'Tłumacz PJM lub pętla indukcyjna' },
      { label: 'Wejście bez barier', values: ['138'], row: 'Wejście bez barier architektonicznych' },
      { label: 'Stanowisko dla osób na wózkach', values: ['92'], row: 'Stanowisko obsługi dostosowane do potrzeb osób na wózkach' },
    ],
  },
  {
    name: 'chart-digital',
    title: 'Spełnione kryteria dostępności według rodzaju kanału (skala: 100% sprawdzonych kryteriów)',
    bars: [
      { label: 'Serwis internetowy', values: ['96,0%'], row: 'Serwis internetowy' },
      { label: 'Aplikacja mobilna', values: ['86,6%'], row: 'Aplikacja mobilna' },
      { label: 'Sklep internetowy', values: ['100,0%'], row: 'Sklep internetowy' },
      { label: 'Portal samoobsługowy', values: ['76,0%'], row: 'Portal samoobsługowy' },
      { label: 'Infolinia', values: ['95,5%'], row: 'Infolinia' },
      { label: 'Czat', values: ['96,0%'], row: 'Czat' },
    ],
  },
];

describe.skipIf(skipWithoutLibreOffice() || skipWithoutPdfImages())('every DOCX edition, opened by LibreOffice', () => {
  let out = '';
  const pdf: Record<string, string> = {};
  const text: Record<string, string> = {};
  /** Each edition's PDF text before the sources appendix. */
  const body: Record<string, string> = {};
  /** The chapter's PDF text page by page (pdftotext ends each page with a form feed). */
  let pages: string[] = [];
  let charts: DocxChart[] = [];
  let images: PdfImage[] = [];

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
      const layout = pdfText(pdf[name]!);
      text[name] = flat(layout);
      if (name !== 'index') body[name] = pdfBeforeSources(layout);
      if (name === 'chapter') pages = layout.split('\f').map(flat);
    }
    charts = docxCharts(readFileSync(files.chapter));
    images = pdfImages(pdf.chapter!);
  }, 480_000);

  /** Each key figure in its sentence or row, in an edition's text before the sources appendix. */
  const expectFigures = (edition: string): void => {
    expect(new Set(HOMES.map((home) => home.figure)), 'a home for every key figure').toEqual(FIGURES);
    for (const home of HOMES) {
      expect(homeText(home), `the home of ${home.figure} states it`).toContain(home.figure);
      expect(body[edition], `${edition}: ${home.figure} in ${homeName(home)}`).toContain(homeText(home));
    }
  };

  it('the chapter: every heading, a filled table of contents with page numbers, and the figures in their sentences and rows', () => {
    for (const h of HEADINGS) expect(text.chapter, h).toContain(h);
    expect(text.chapter).toMatch(/Spis treści Usługi dla klientów ?\.+ ?1 Relacje z klientami ?\.+ ?1/);
    expect(text.chapter).toMatch(/Źródła danych ?\.+ ?\d+/);
    expectFigures('chapter');
  });

  it("the chapter's charts: each one's picture on its caption's page, and every bar it draws (label and values) in the table that follows it", () => {
    // LibreOffice shows each chart's PNG fallback: the labels are drawn into the picture and are
    // not PDF text, so the picture itself and the chart's text equivalent are what can be checked.
    expect(charts.map((c) => c.name)).toEqual(CHARTS.map((c) => c.name));
    expect(images, 'one picture per chart in the PDF').toHaveLength(CHARTS.length);
    let from = 0;
    for (const [i, expected] of CHARTS.entries()) {
      const chart = charts[i]!;
      expect(chart.title).toBe(expected.title);
      // The chart draws these labels and values, and its alt text names each bar with its values.
      for (const bar of expected.bars) {
        expect(chart.drawn, `${expected.name} draws "${bar.label}"`).toContain(bar.label);
        for (const v of bar.values) expect(chart.drawn, `${expected.name} draws ${v}`).toContain(v);
        expect(chart.alt, `${expected.name} alt text`).toContain(`${bar.label} – ${bar.values.length === 1 ? bar.values[0] : `2019: ${bar.values[0]}, 2020: ${bar.values[1]}`}`);
      }
      // Its picture is on the page that shows its caption, at the size of the DOCX's PNG.
      const page = pages.findIndex((p) => p.includes(expected.title)) + 1;
      expect(page, `PDF page with the caption "${expected.title}"`).toBeGreaterThan(0);
      expect(images[i], `${expected.name}: its picture`).toEqual({ page, width: chart.png.width, height: chart.png.height });
      // Each bar's row follows the caption, in the chart's order, with the values the bar shows.
      from = body.chapter!.indexOf(expected.title, from);
      expect(from, `the caption "${expected.title}" after the previous chart`).toBeGreaterThanOrEqual(0);
      for (const bar of expected.bars) {
        const row = `${bar.row} ${bar.values.join(' ')}`;
        const at = body.chapter!.indexOf(row, from);
        expect(at, `${expected.name}: the row "${row}" after its caption`).toBeGreaterThan(from);
        from = at;
      }
    }
  });

  it('the chapter: every page carries the footer "Strona N z M"', () => {
    const total = pageCount(pdf.chapter!);
    expect(pages.filter((p) => p !== '')).toHaveLength(total);
    for (let n = 1; n <= total; n++) expect(pages[n - 1], `page ${n}`).toContain(`Strona ${n} z ${total}`);
  });

  it('large print: the same headings and figures, on A4 and on more pages', () => {
    for (const h of HEADINGS) expect(text.large, h).toContain(h);
    expectFigures('large');
    expect(pageSize(pdf.large!)).toBe(pageSize(pdf.chapter!));
    expect(pageCount(pdf.large!)).toBeGreaterThan(pageCount(pdf.chapter!) * 1.5);
  });

  it('the GRI content index on its own: statement of use and one row per disclosure', () => {
    expect(text.index).toContain('Indeks treści GRI');
    expect(text.index).toContain('z odniesieniem do Standardów GRI');
    for (const code of ['103-1', '103-2', '103-3', '418-1']) expect(text.index).toContain(code);
  });

  it("the chapter in the company's template: its table of contents numbered for the template's layout, numbers whole", () => {
    for (const h of HEADINGS) expect(text.styled, h).toContain(h);
    expect(text.styled).toMatch(/Spis treści Usługi dla klientów ?\.+ ?1 Relacje z klientami ?\.+ ?1/);
    expectFigures('styled');
  });
});
