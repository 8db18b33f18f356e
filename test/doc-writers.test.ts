import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta, DocumentModel } from '../core/doc/model.js';
import { parseHtmlSubset } from '../core/doc/parse-html.js';
import { writeDocx } from '../core/doc/to-docx.js';
import { htmlStyleSheet, writeHtml, writeHtmlFragment } from '../core/doc/to-html.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const meta: DocumentMeta = {
  lang: 'pl',
  title: 'Obsługa klientów <2024>',
  subject: 'Raport CSR 2024',
  author: 'Zespół CSR & Compliance',
  keywords: ['CSR', 'GRI 418-1', 'prywatność'],
  header: 'Raport zrównoważonego rozwoju 2024',
};

const chapter = `
<h1 id="klienci">Obsługa klientów</h1>
<p class="gri">GRI 3-3, GRI 418-1</p>
<p class="lead">W${NBSP}2024 roku otrzymaliśmy <span data-figure="privacy.a"><strong>12</strong></span> skarg.</p>
<h2 id="privacy-418">Prywatność</h2>
<p>Zob. <a href="#klienci">wstęp</a> i <a href="https://uodo.gov.pl/">UODO</a>. Tekst &lt;script&gt;alert(1)&lt;/script&gt;.</p>
<ul><li>pierwszy punkt</li><li>drugi punkt</li></ul>
<ol><li>jeden</li><li>dwa</li></ol>
<p>Przerwa.</p>
<ol><li>znowu jeden</li></ol>
<h3>Tabela</h3>
<table>
  <caption>Tabela 1. Skargi</caption>
  <thead><tr><th>Źródło</th><th class="num">2024</th></tr></thead>
  <tbody>
    <tr><th>Klienci</th><td class="num">1${NNBSP}234</td></tr>
    <tr><td>Regulatorzy</td><td class="num">0</td></tr>
  </tbody>
</table>
<p class="note">Źródło: rejestr skarg.</p>`;

function model(html: string, docMeta: DocumentMeta = meta): DocumentModel {
  const result = parseHtmlSubset(html, docMeta);
  if (!result.ok) throw new Error(result.error.message);
  return result.doc;
}

async function docxParts(doc: DocumentModel): Promise<Record<string, string>> {
  const files = unzipSync(await writeDocx(doc));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function part(parts: Record<string, string>, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`missing ${name} in the DOCX (have ${Object.keys(parts).join(', ')})`);
  return xml;
}

describe('writeDocx', () => {
  let parts: Record<string, string>;
  let documentXml: string;
  beforeAll(async () => {
    parts = await docxParts(model(chapter));
    documentXml = part(parts, 'word/document.xml');
  });

  it('returns the bytes of a zip package (isomorphic Uint8Array)', async () => {
    const bytes = await writeDocx(model('<p>x</p>'));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
  });

  it("uses Word's built-in Heading 1–3 and the custom paragraph styles", () => {
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'GriTags', 'Lead', 'Note', 'Caption', 'TableText']) {
      expect(documentXml).toContain(`<w:pStyle w:val="${id}"/>`);
    }
    const styles = part(parts, 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Lead', 'Note', 'GriTags', 'Caption']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    // The outline level is what puts the headings into Word's navigation pane.
    const heading2 = styles.match(/<w:style [^>]*w:styleId="Heading2">.*?<\/w:style>/)?.[0] ?? '';
    expect(heading2).toContain('<w:outlineLvl w:val="1"/>');
    expect(heading2).toContain('<w:color w:val="0B4F6C"/>');
  });

  it('sets the default font and the proofing language in the document defaults', () => {
    const styles = part(parts, 'word/styles.xml');
    const defaults = styles.match(/<w:rPrDefault>.*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="pl-PL"/>');
    expect(defaults).toContain('w:ascii="Calibri"');
  });

  it('writes en-GB for an English document', async () => {
    const en = await docxParts(model('<p>x</p>', { ...meta, lang: 'en' }));
    expect(part(en, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    expect(part(en, 'word/footer1.xml')).toContain('>Page <');
  });

  it('bookmarks headings with Word-safe names and links to them internally', () => {
    expect(documentXml).toMatch(/<w:bookmarkStart w:name="klienci" w:id="\d+"\/>/);
    expect(documentXml).toMatch(/<w:bookmarkStart w:name="privacy_418" w:id="\d+"\/>/);
    expect(documentXml).toContain('<w:hyperlink w:history="1" w:anchor="klienci">');
  });

  it('keeps bookmark names unique and Word-safe, and every #link on its own bookmark', async () => {
    const ids = ['a-b', 'a_b', 'źródła-2024', '2024', 'x'.repeat(50)];
    const html = ids.map((id) => `<h2 id="${id}">${id}</h2><p><a href="#${id}">do ${id}</a></p>`).join('');
    const xml = part(await docxParts(model(html)), 'word/document.xml');
    // The table of contents adds its own `_Toc` bookmarks and links; only the headings' ids count here.
    const own = (name: string | undefined): boolean => !name?.startsWith('_Toc');
    const names = [...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]).filter(own);
    const anchors = [...xml.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]).filter(own);
    expect(names).toEqual(['a_b', 'a_b_2', 'zrodla_2024', 'h_2024', 'x'.repeat(40)]);
    expect(anchors).toEqual(names);
  });

  it('writes external links as relationships', () => {
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const id = rels.match(/Id="([^"]+)"[^>]*Target="https:\/\/uodo\.gov\.pl\/"[^>]*TargetMode="External"/)?.[1];
    expect(id).toBeDefined();
    expect(documentXml).toContain(`<w:hyperlink w:history="1" r:id="${id}">`);
  });

  it('keeps NBSP and U+202F literally inside w:t, and escapes markup', () => {
    expect(documentXml).toContain(`<w:t xml:space="preserve">W${NBSP}2024 roku otrzymaliśmy </w:t>`);
    expect(documentXml).toContain(`1${NNBSP}234</w:t>`);
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes real lists: one bullet definition, numbered lists restarting at 1', () => {
    const numbering = part(parts, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>');
    expect(documentXml).not.toContain('\u2022');

    // List item text → the w:num it belongs to.
    const items = documentXml.matchAll(/<w:numId w:val="(\d+)"\/>(?:(?!<\/w:p>).)*?<w:t xml:space="preserve">([^<]*)</g);
    const byText = Object.fromEntries([...items].map((m) => [m[2], m[1]]));
    expect(Object.keys(byText)).toEqual(['pierwszy punkt', 'drugi punkt', 'jeden', 'dwa', 'znowu jeden']);
    expect(byText['pierwszy punkt']).toBe(byText['drugi punkt']);
    expect(byText.jeden).toBe(byText.dwa);
    const firstOl = byText.jeden;
    const secondOl = byText['znowu jeden'];
    expect(secondOl).not.toBe(firstOl);
    // Each ordered list's w:num starts its level over at 1.
    for (const numId of [firstOl, secondOl]) {
      const num = numbering.match(new RegExp(`<w:num w:numId="${numId}">.*?</w:num>`))?.[0] ?? '';
      expect(num).toContain('<w:startOverride w:val="1"/>');
    }
  });

  it('writes full-width tables with repeating, unsplittable header rows and right-aligned numbers', () => {
    const table = documentXml.match(/<w:tbl>.*<\/w:tbl>/)?.[0] ?? '';
    expect(table).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    const rows = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('w:fill="E4EEF2"');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows[2]).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">0<\/w:t>/);
    expect(rows[2]).toMatch(/<w:jc w:val="left"\/><\/w:pPr><w:r><w:t xml:space="preserve">Regulatorzy/);
    expect(table).toContain('w:color="9FB3BF"');
  });

  it('puts the caption above the table in the Caption style', () => {
    expect(documentXml).toMatch(/<w:pStyle w:val="Caption"\/><\/w:pPr><w:r><w:t xml:space="preserve">Tabela 1\. Skargi<\/w:t><\/w:r><\/w:p><w:tbl>/);
  });

  it('fills the core properties from the meta', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Obsługa klientów &lt;2024&gt;</dc:title>');
    expect(core).toContain('<dc:subject>Raport CSR 2024</dc:subject>');
    expect(core).toContain('<dc:creator>Zespół CSR &amp; Compliance</dc:creator>');
    expect(core).toContain('<cp:keywords>CSR, GRI 418-1, prywatność</cp:keywords>');
    expect(core).toContain('<dc:description>Raport CSR 2024</dc:description>');
  });

  it('has a page header with the report title and a footer with PAGE and NUMPAGES fields', () => {
    expect(part(parts, 'word/header1.xml')).toContain('Raport zrównoważonego rozwoju 2024');
    const footer = part(parts, 'word/footer1.xml');
    expect(footer).toContain('<w:t xml:space="preserve">Strona </w:t>');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('<w:t xml:space="preserve"> z </w:t>');
    expect(footer).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
    expect(footer).toContain('<w:jc w:val="center"/>');
  });

  it('lays the page out on A4', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it('writes a valid body for an empty document', async () => {
    const empty = await docxParts(model(''));
    expect(part(empty, 'word/document.xml')).toContain('<w:body><w:p');
  });
});

describe('writeHtml', () => {
  const html = writeHtml(model(chapter));

  it('is a standalone HTML5 page with the language and metadata', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="pl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Obsługa klientów &lt;2024&gt;</title>');
    expect(html).toContain('<meta name="author" content="Zespół CSR &amp; Compliance">');
    expect(html).toContain('<meta name="keywords" content="CSR, GRI 418-1, prywatność">');
    expect(html).toContain('<meta name="description" content="Raport CSR 2024">');
    expect(writeHtml(model('<p>x</p>', { ...meta, lang: 'en' }))).toContain('<html lang="en">');
  });

  it('loads nothing from outside the file', () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/<script\b/i);
    // The only http(s) URL is the link a reader may follow.
    expect(html.match(/https?:\/\/[^"<\s]+/g)).toEqual(['https://uodo.gov.pl/']);
  });

  it('inlines the house style with responsive and print rules', () => {
    expect(html).toMatch(/<style>[^]*max-width: 46rem[^]*@media print[^]*<\/style>/);
    expect(html).toContain('Carlito');
  });

  it('escapes text that looks like markup', () => {
    expect(html).toContain('Tekst &lt;script&gt;alert(1)&lt;/script&gt;.');
  });

  it('keeps heading ids, paragraph classes, links and figure spans', () => {
    expect(html).toContain('<h2 id="privacy-418">Prywatność</h2>');
    expect(html).toContain('<p class="gri">GRI 3-3, GRI 418-1</p>');
    expect(html).toContain(
      `<p class="lead">W${NBSP}2024 roku otrzymaliśmy <span class="figure" data-figure="privacy.a"><strong>12</strong></span> skarg.</p>`,
    );
    expect(html).toContain('<a href="#klienci">wstęp</a>');
    expect(html).not.toContain('&nbsp;');
  });

  it('writes tables with caption, column-scoped head, row headers and numeric cells', () => {
    expect(html).toContain('<caption>Tabela 1. Skargi</caption>');
    expect(html).toContain('<thead>\n<tr><th scope="col">Źródło</th><th scope="col" class="num">2024</th></tr>\n</thead>');
    expect(html).toContain(`<tr><th scope="row">Klienci</th><td class="num">1${NNBSP}234</td></tr>`);
    expect(html).toContain('<ol>\n  <li>jeden</li>\n  <li>dwa</li>\n</ol>');
  });

  it('escapes attribute values', () => {
    const doc: DocumentModel = {
      meta,
      blocks: [
        {
          kind: 'paragraph',
          style: 'body',
          runs: [
            { kind: 'link', href: 'https://example.org/?a="b"&c=<d>', runs: [{ kind: 'text', text: 'x' }] },
            { kind: 'text', text: 'y', figure: '"><script>' },
          ],
        },
      ],
    };
    const out = writeHtmlFragment(doc);
    expect(out).toContain('href="https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(out).toContain('data-figure="&quot;&gt;&lt;script&gt;"');
  });

  it('offers the body alone and its style sheet for the live preview', () => {
    const fragment = writeHtmlFragment(model(chapter));
    expect(fragment.startsWith('<h1 id="klienci">')).toBe(true);
    expect(fragment).not.toContain('<html');
    expect(html).toContain(fragment);
    expect(html).toContain(htmlStyleSheet());
  });
});
