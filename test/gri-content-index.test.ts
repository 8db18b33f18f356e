/**
 * The GRI content index: statement of use, GRI 1 for the 2021 edition, one row per disclosure with
 * location links, omissions with GRI's reasons and the user's explanations, the other edition's
 * codes and ESRS; the omissions setting; the index exported on its own.
 */
import { describe, expect, it } from 'vitest';
import { rasterize } from '../cli/rasterize.js';
import type { Block, DocumentModel, Inline } from '../core/doc/model.js';
import { inlineText } from '../core/doc/model.js';
import { writeDocx } from '../core/doc/to-docx.js';
import { writeHtml } from '../core/doc/to-html.js';
import { contentIndexDocument } from '../core/doc/gri-index.js';
import { settingsErrorMessage } from '../core/common/messages/index.js';
import { readSettings } from '../core/report/settings.js';
import { chapterDoc, chapterResult } from './helpers/chapter.js';
import { docxParts, part } from './helpers/docx.js';

const OMISSIONS = {
  '418-1-b': { reason: 'confidentiality', explanation: 'Dane o incydentach są objęte tajemnicą postępowania.' },
  '3-3-f': { reason: 'information-unavailable', explanation: 'Badanie opinii interesariuszy zakończy się w 2022 r.' },
} as const;

/** Rows of the main index table (the one after the statement of use) as cell texts. */
function indexRows(doc: DocumentModel): string[][] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'gri-index');
  const tables = doc.blocks.slice(start).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
  return tables[1]!.body.map((row) => row.map((c) => inlineText(c.runs)));
}

function statement(doc: DocumentModel): string[][] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'gri-index');
  const table = doc.blocks.slice(start).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
  return table.body.map((row) => row.map((c) => inlineText(c.runs)));
}

const links = (runs: readonly Inline[]): string[] => runs.flatMap((r) => (r.kind === 'link' ? [r.href] : []));

describe('the GRI content index in the chapter', () => {
  it('states use "with reference to" the Standards by default, for the reporting period', () => {
    expect(statement(chapterDoc())).toEqual([
      ['Oświadczenie o stosowaniu', 'Telko Polska S.A. przedstawia informacje wymienione w niniejszym indeksie treści GRI za okres od 1\u00a0stycznia do 31\u00a0grudnia 2020\u00a0r. z odniesieniem do Standardów GRI.'],
      ['Edycja Standardów GRI', 'Standardy GRI w edycji z 2016\u00a0r.'],
    ]);
    expect(statement(chapterDoc({ lang: 'en', statementOfUse: 'in-accordance' }))[0]![1]).toBe(
      'Telko Polska S.A. has reported in accordance with the GRI Standards for the period 1 January 2020 to 31 December 2020.',
    );
  });

  it('names GRI 1: Foundation 2021 for the 2021 edition', () => {
    expect(statement(chapterDoc({ edition: '2021' }))[1]).toEqual(['Zastosowany GRI 1', 'GRI 1: Foundation 2021']);
    expect(statement(chapterDoc({ lang: 'en', edition: '2021' }))[1]).toEqual(['GRI 1 used', 'GRI 1: Foundation 2021']);
  });

  it('has one row per disclosure: standard, code and title, location, omission, the other edition, ESRS S4', () => {
    const rows = indexRows(chapterDoc({ edition: '2021', omissions: OMISSIONS }));
    expect(rows.map((r) => r[1]!.split(' ')[0])).toEqual(['3-3', '418-1']);
    expect(rows[0]).toEqual([
      'GRI 3: Tematy istotne 2021',
      '3-3 Zarządzanie tematami istotnymi',
      'Relacje z klientami',
      expect.stringContaining('3-3-f (wpływ dialogu z interesariuszami na działania): Informacja niedostępna lub niekompletna. Badanie opinii interesariuszy zakończy się w 2022\u00a0r.'.replace('2022\u00a0r.', '2022 r.')),
      '103-1, 103-2, 103-3',
      'ESRS 2 SBM-3, S4-1 – S4-5',
    ]);
    // Without narratives every 3-3 requirement is omitted; those without a reason say so.
    expect(rows[0]![3]).toContain('3-3-a (rzeczywiste i potencjalne wpływy): Nie podano powodu pominięcia');
    expect(rows[1]).toEqual(['GRI 418: Prywatność klienta 2016', expect.stringMatching(/^418-1 Uzasadnione skargi/), 'Skargi i incydenty dotyczące prywatności', '—', '418-1', 'S4-4 (entity-specific metric)']);
  });

  it('gives an omitted data requirement the reason and explanation from project.json', () => {
    const noPrivacy = chapterDoc({ omissions: OMISSIONS, patch: { privacy: { available: false } } });
    const row = indexRows(noPrivacy).find((r) => r[1]!.startsWith('418-1'))!;
    expect(row[3]).toContain('418-1-b (liczba wycieków, kradzieży i utrat danych klientów): Ograniczenia wynikające z poufności. Dane o incydentach są objęte tajemnicą postępowania.');
    expect(row[3]).toContain('418-1-a (liczba uzasadnionych skarg (od stron zewnętrznych i od organów nadzorczych)): Nie podano powodu pominięcia');
    const en = indexRows(chapterDoc({ lang: 'en', omissions: OMISSIONS, patch: { privacy: { available: false } } })).find((r) => r[1]!.startsWith('418-1'))!;
    expect(en[3]).toContain('418-1-b (identified leaks, thefts and losses of customer data): Confidentiality constraints.');
  });

  it('links every location to a section of the chapter (an HTML anchor and a Word bookmark)', async () => {
    const doc = chapterDoc();
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'gri-index');
    const table = doc.blocks.slice(start).filter((b) => b.kind === 'table')[1] as Extract<Block, { kind: 'table' }>;
    const hrefs = table.body.flatMap((row) => links(row[2]!.runs));
    expect(hrefs).toEqual(['#intro', '#intro', '#intro', '#privacy']);
    const html = writeHtml(doc);
    for (const href of hrefs) expect(html).toContain(`<h2 id="${href.slice(1)}">`);
    const xml = part(docxParts(await writeDocx(doc, { rasterize })), 'word/document.xml');
    const anchors = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">/g)].map((m) => m[1]!).filter((a) => !a.startsWith('_Toc'));
    expect(anchors.length).toBeGreaterThanOrEqual(4);
    for (const anchor of anchors) expect(xml).toContain(`<w:bookmarkStart w:name="${anchor}"`);
  });
});

describe('the omissions setting', () => {
  const base = { organisation: 'X', year: 2020 };
  it('accepts GRI requirement ids with a reason from the closed list and an explanation', () => {
    const read = readSettings({ ...base, statementOfUse: 'in-accordance', omissions: OMISSIONS, styleTemplate: 'szablony/firma.dotx' });
    expect(read).toMatchObject({ ok: true, settings: { statementOfUse: 'in-accordance', omissions: OMISSIONS, styleTemplate: 'szablony/firma.dotx' } });
    const plain = readSettings(base);
    expect(plain.ok && plain.settings).not.toHaveProperty('omissions');
  });

  it('names every bad entry', () => {
    const read = readSettings({
      ...base,
      statementOfUse: 'partly',
      omissions: {
        '418-1-z': { reason: 'not-applicable', explanation: 'x' },
        '418-1-b': { reason: 'too-hard', explanation: 'x' },
        '418-1-c': { reason: 'not-applicable', explanation: '  ' },
      },
      styleTemplate: '../poza/projektem.docx',
    });
    if (read.ok) throw new Error('expected errors');
    const messages = read.errors.map((e) => settingsErrorMessage(e, 'en'));
    expect(messages).toEqual([
      expect.stringContaining('"statementOfUse"'),
      expect.stringContaining('unknown GRI requirement "418-1-z"'),
      expect.stringContaining('"418-1-b": "reason" must be one of not-applicable, legal-prohibitions, confidentiality, information-unavailable'),
      expect.stringContaining('"418-1-c": the explanation'),
      expect.stringContaining('"styleTemplate"'),
    ]);
    expect(readSettings({ ...base, omissions: [] }).ok).toBe(false);
  });
});

describe('the content index on its own', () => {
  const chapter = chapterDoc({ omissions: OMISSIONS });
  const index = contentIndexDocument(chapter, 'customer-services-2020-pl.html')!;

  it('is the chapter’s index section as a document of its own, title first, links into the chapter’s HTML file', () => {
    expect(index.meta.title).toBe('Indeks treści GRI – Raport zrównoważonego rozwoju 2020');
    expect(index.blocks[0]).toEqual({ kind: 'heading', level: 1, id: 'gri-index', runs: [{ kind: 'text', text: 'Indeks treści GRI' }] });
    expect(inlineText((index.blocks[1] as Extract<Block, { kind: 'paragraph' }>).runs)).toContain('rozdziału „Usługi dla klientów”');
    const tables = index.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    const hrefs = (tables[1] as Extract<Block, { kind: 'table' }>).body.flatMap((row) => links(row[2]!.runs));
    expect(hrefs).toContain('customer-services-2020-pl.html#privacy');
    // Nothing after the index (the data-sources appendix) comes along.
    expect(index.blocks.some((b) => b.kind === 'heading' && b.id === 'data-sources')).toBe(false);
  });

  it('writes as HTML with working links and as DOCX with the locations as text', async () => {
    expect(writeHtml(index)).toContain('<a href="customer-services-2020-pl.html#privacy">Skargi i incydenty dotyczące prywatności</a>');
    const xml = part(docxParts(await writeDocx(index)), 'word/document.xml');
    expect(xml).toContain('Skargi i incydenty dotyczące prywatności');
    expect(xml).not.toMatch(/<w:hyperlink [^>]*w:anchor="privacy"/);
  });

  it('is null for a chapter whose templates have no index section', () => {
    expect(contentIndexDocument({ ...chapter, blocks: chapter.blocks.filter((b) => !(b.kind === 'heading' && b.id === 'gri-index')) }, 'x.html')).toBeNull();
  });

  it('comes with no build problems for the bundled templates', () => {
    expect(chapterResult({ omissions: OMISSIONS }).problems).toEqual([]);
  });
});
