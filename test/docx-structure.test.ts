/**
 * The Word file's structure, read back from its XML: table of contents, tables for screen readers,
 * charts with real PNG fallbacks, footnotes, comments, properties, fixed dates, byte-identical rebuilds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterize } from '../cli/rasterize.js';
import { headingOrderGaps } from '../core/doc/heading-order.js';
import { type Block, type DocumentModel, inlineText, type TableBlock } from '../core/doc/model.js';
import { writeDocx } from '../core/doc/to-docx.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { chapterDoc } from './helpers/chapter.js';
import { docxBinary, docxParts, elements, paragraphs, part, type Parts } from './helpers/docx.js';

const NBSP = /\u00a0/g;
const tablesOf = (blocks: readonly Block[]): TableBlock[] =>
  blocks.flatMap((b) => (b.kind === 'table' ? [b] : b.kind === 'chart' ? [b.table] : []));

let doc: DocumentModel;
let bytes: Uint8Array;
let parts: Parts;
let body: string;

/** Narratives give the chapter its third-level headings, as a company's own text does. */
const NARRATIVES = { intro: '---\ngri: [103-1-a, 103-1-b, 103-1-c]\n---\nTekst wstępu.\n\n## Dlaczego ten temat jest istotny\n\nTreść.' };

beforeAll(async () => {
  doc = chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST, narratives: NARRATIVES });
  bytes = await writeDocx(doc, { rasterize });
  parts = docxParts(bytes);
  body = part(parts, 'word/document.xml');
});

describe('table of contents', () => {
  const tocEntries = (xml: string): string[][] => {
    const toc = xml.match(/<w:sdt>[^]*?<w:docPartGallery w:val="Table of Contents"\/>[^]*?<\/w:sdt>/)?.[0] ?? '';
    expect(toc).toContain('TOC \\h \\o &quot;1-3&quot;');
    return paragraphs(toc)
      .filter((p) => p !== '')
      .map((p) => p.split('\t'));
  };

  it('with estimated page numbers when asked (tocPageNumbers)', async () => {
    const numbered = docxParts(await writeDocx(doc, { rasterize, tocPageNumbers: true }))['word/document.xml']!;
    const entries = tocEntries(numbered);
    expect(entries.length).toBeGreaterThan(5);
    for (const [, page] of entries) expect(page).toMatch(/^\d+$/);
  });

  it('is filled when the file opens: one linked entry per heading, in Heading order', () => {
    const toc = body.match(/<w:sdt>[^]*?<w:docPartGallery w:val="Table of Contents"\/>[^]*?<\/w:sdt>/)?.[0] ?? '';
    const entries = tocEntries(body);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [inlineText(b.runs)] : []));
    expect(entries.map(([title]) => title)).toEqual(headings);
    // Each entry links to a bookmark on its heading.
    for (const anchor of [...toc.matchAll(/w:anchor="(_Toc\d+)"/g)].map((m) => m[1])) {
      expect(body).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    }
    expect(paragraphs(body)).toContain('Spis treści');
  });

  it("uses Word's Heading 1–3 styles without gaps in the order", () => {
    expect(headingOrderGaps(doc.blocks)).toEqual([]);
    const levels = [...body.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) => Number(m[1]));
    expect(new Set(levels)).toEqual(new Set([1, 2, 3]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });
});

describe('tables', () => {
  it('carry a title and a description for screen readers, from the caption and the columns', () => {
    const model = tablesOf(doc.blocks);
    const captions = elements(body, 'w:tblCaption').map((e) => e['w:val']);
    const descriptions = elements(body, 'w:tblDescription').map((e) => e['w:val'] ?? '');
    expect(captions).toHaveLength(model.length);
    expect(captions).toEqual(model.map((t) => t.caption));
    expect(descriptions[0]).toMatch(/^Kolumny \(3\): Wskaźnik; 2019; 2020\. Wiersze \(3\): NPS; Reklamacje złożone; Reklamacje uwzględnione\.$/);
    // The schema puts them last in w:tblPr.
    expect(body).toMatch(/<w:tblCaption w:val="[^"]*"\/><w:tblDescription w:val="[^"]*"\/><\/w:tblPr>/);
  });

  it('repeat the header row, never split a row, and put the caption above', () => {
    const tables = body.match(/<w:tbl>[^]*?<\/w:tbl>/g) ?? [];
    for (const table of tables) {
      const rows = table.match(/<w:tr>[^]*?<\/w:tr>/g) ?? [];
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
    const contacts = tables.find((t) => t.includes('w:tblCaption w:val="Kontakty z klientami"')) ?? '';
    expect(contacts.match(/<w:tr>[^]*?<\/w:tr>/)?.[0]).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:pStyle w:val="Caption"\/><\/w:pPr><w:r><w:t xml:space="preserve">Kontakty z klientami<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="\d+"\/><\/w:r><\/w:p><w:tbl>/);
  });

  it('size columns to their content: labels wide, numbers narrow, right-aligned in Polish format', () => {
    const contacts = (body.match(/<w:tbl>[^]*?<\/w:tbl>/g) ?? []).find((t) => t.includes('w:tblCaption w:val="Kontakty z klientami"')) ?? '';
    const grid = elements(contacts, 'w:gridCol').map((g) => Number(g['w:w']));
    expect(grid).toHaveLength(4);
    expect(grid.reduce((a, b) => a + b)).toBe(9242); // A4 less the margins (2,5 and 2,2 cm), in twips
    for (const number of grid.slice(1)) expect(grid[0]!).toBeGreaterThan(number * 2);
    expect(contacts).toMatch(/<w:jc w:val="right"\/><\/w:pPr><w:r><w:t xml:space="preserve">6\u00a0420\u00a0000<\/w:t>/);
  });
});

describe('charts', () => {
  const charts = (): Record<string, string>[] => elements(body, 'wp:docPr');

  it('are drawings with alt text (title and a description holding every value)', () => {
    const chartBlocks = doc.blocks.filter((b) => b.kind === 'chart');
    expect(chartBlocks.map((b) => b.id)).toEqual(['chart-contacts', 'chart-privacy', 'chart-access']);
    expect(charts().map((c) => c.name)).toEqual(['chart-contacts', 'chart-privacy', 'chart-access']);
    for (const [i, c] of charts().entries()) {
      const block = chartBlocks[i]!;
      expect(c.title).toBe(block.title);
      expect(c.descr).toBe(block.alt);
    }
    expect(charts()[0]!.descr!.replace(NBSP, ' ')).toContain('Aplikacja mobilna – 2019: 3 910 000, 2020: 6 420 000');
  });

  it('embed the SVG with a real PNG fallback, rasterised at twice the size on the page', () => {
    const drawing = body.match(/<w:drawing>[^]*?<\/w:drawing>/)?.[0] ?? '';
    const png = /<a:blip r:embed="([^"]+)"/.exec(drawing)?.[1];
    const svg = /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(drawing)?.[1];
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const target = (id: string | undefined): string => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    expect(target(png)).toMatch(/^media\/image\d+\.png$/);
    expect(target(svg)).toMatch(/^media\/image\d+\.svg$/);
    expect(part(parts, `word/${target(svg)}`)).toContain('<title id="chart-contacts-title">');
    const fallback = docxBinary(bytes, `word/${target(png)}`);
    expect([...fallback.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(fallback.buffer, fallback.byteOffset);
    expect(view.getUint32(16)).toBe(Math.round((9242 / 1440) * 96) * 2); // IHDR width
    expect(fallback.byteLength).toBeGreaterThan(10_000); // drawn, not an empty canvas
    expect(part(parts, '[Content_Types].xml')).toContain('<Default ContentType="image/svg+xml" Extension="svg"/>');
  });

  it('give every chart its own PNG, of its own shape (the PNGs are put in after docx has built the document)', () => {
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const target = (id: string | undefined): string => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const drawings = [...body.matchAll(/<w:drawing>[^]*?<\/w:drawing>/g)].map((m) => m[0]);
    expect(drawings).toHaveLength(3);
    const seen = new Set<string>();
    for (const drawing of drawings) {
      const png = docxBinary(bytes, `word/${target(/<a:blip r:embed="([^"]+)"/.exec(drawing)?.[1])}`);
      const svg = part(parts, `word/${target(/<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(drawing)?.[1])}`);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const view = new DataView(png.buffer, png.byteOffset);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
      // The PNG drawn from this drawing's SVG, not another chart's: the same proportions.
      expect(view.getUint32(20) / view.getUint32(16)).toBeCloseTo(Number(h) / Number(w), 2);
      seen.add(Buffer.from(png).toString('base64'));
    }
    expect(seen.size).toBe(3);
  });

  it('need a rasteriser, and say so', async () => {
    await expect(writeDocx(doc)).rejects.toThrow(/options\.rasterize/);
  });
});

describe('footnotes, comments and the data-sources appendix', () => {
  it('cite each table’s data source in a footnote naming the file and its short hash', () => {
    const notes = paragraphs(part(parts, 'word/footnotes.xml')).join('\n');
    expect(notes).toContain('Źródło: rejestr skarg i incydentów dotyczących prywatności – rejestr-prywatnosci.csv (SHA-256 a1b2c3d4e5…)');
    expect(notes).toContain('Źródło: rejestr salonów z opisem udogodnień – salony.csv (SHA-256 0f1e2d3c4b…)');
    expect(body.match(/<w:footnoteReference w:id="\d+"\/>/g)?.length).toBe(3);
  });

  it('add no comments unless asked', () => {
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(body).not.toContain('w:commentReference');
  });

  it('add a reviewer comment on each figure with a known source when asked', async () => {
    const withComments = docxParts(await writeDocx(doc, { rasterize, comments: true }));
    const xml = part(withComments, 'word/document.xml');
    const comments = part(withComments, 'word/comments.xml');
    // The 418-1 a.i figure of 2020 ("9") sits inside its comment's range.
    const ranged = [...xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>([^]*?)<w:commentRangeEnd w:id="\1"\/>/g)];
    const ai = ranged.find((m) => /<w:t xml:space="preserve">9<\/w:t>/.test(m[2] ?? ''));
    expect(ai).toBeDefined();
    const comment = comments.match(new RegExp(`<w:comment [^>]*w:id="${ai![1]}"[^]*?</w:comment>`))?.[0] ?? '';
    const text = paragraphs(comment).join('\n');
    expect(text).toContain('Źródło liczby (privacy.a_i)');
    expect(text).toContain('Plik: rejestr-prywatnosci.csv');
    expect(text).toContain(`SHA-256: ${PROVENANCE['privacy.a_i']!.sha256}`);
    expect(text).toContain('Wiersze: 12–14, 20, 31–32, 40–42 (9)');
    expect(text).toContain('Reguła: type = complaint, source ∈ {customer, third_party}, substantiated');
    expect(comments).toContain(`w:date="${MANIFEST.generatedAt.replace('Z', '')}`);
    expect(ranged.length).toBe(Object.keys(PROVENANCE).filter((k) => k !== 'privacy.a').length + 2);
  });

  it('end with the "Źródła danych" appendix: input files with full hashes, then figure, value, file, lines and rule', () => {
    const text = paragraphs(body);
    const appendix = text.slice(text.lastIndexOf('Źródła danych')).join('\n');
    expect(appendix).toContain(`rejestr-prywatnosci.csv\n${MANIFEST.inputs[0]!.sha256}`);
    expect(appendix).toMatch(/a\.i – skargi od klientów [^\n]* – 2020\n9\nrejestr-prywatnosci\.csva1b2c3d4e5…\n12–14, 20, 31–32, 40–42\ntype = complaint, source ∈ \{customer, third_party\}, substantiated/);
    // The heading of the appendix starts a new page.
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/><w:pageBreakBefore\/><\/w:pPr><w:bookmarkStart w:name="_Toc\d+" w:id="\d+"\/><w:bookmarkStart w:name="data_sources"/);
  });
});

describe('document properties', () => {
  it('fill title, subject, author, GRI keywords, description and language; dates are the build time', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Usługi dla klientów – Raport zrównoważonego rozwoju 2020</dc:title>');
    expect(core).toContain('<dc:creator>Telko Polska S.A.</dc:creator>');
    expect(core).toMatch(/<cp:keywords>GRI 103-1, GRI 103-2, GRI 103-3, GRI 418-1, [^<]+<\/cp:keywords>/);
    expect(core).toContain('<dc:language>pl-PL</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2021-03-15T10:20:30Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2021-03-15T10:20:30Z</dcterms:modified>');
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:rPrDefault>.*<w:lang w:val="pl-PL"\/>/);
  });

  it('carry the build manifest as custom properties', () => {
    const custom = part(parts, 'docProps/custom.xml');
    const props = Object.fromEntries([...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1], m[2]]));
    expect(props).toEqual({
      'Raport.GeneratedAt': '2021-03-15T10:20:30Z',
      'Raport.AppVersion': '9.8.7',
      'Raport.TemplateVersion': '5'.repeat(64),
      'Raport.Input.privacy': `rejestr-prywatnosci.csv; sha256=${MANIFEST.inputs[0]!.sha256}`,
      'Raport.Input.service': `obsluga.csv; sha256=${MANIFEST.inputs[1]!.sha256}`,
      'Raport.Input.accessibility': `salony.csv; sha256=${MANIFEST.inputs[2]!.sha256}`,
    });
  });
});

describe('byte-identical rebuilds', () => {
  it('gives the same bytes for the same document, whatever was written before it', async () => {
    await writeDocx(chapterDoc({ lang: 'en' }), { rasterize }); // moves docx's shared id counters on
    const again = await writeDocx(chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST, narratives: NARRATIVES }), { rasterize });
    expect(again.byteLength).toBe(bytes.byteLength);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes the zip with content types first and one fixed entry date', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const nameLength = view.getUint16(26, true);
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('[Content_Types].xml');
    expect(view.getUint16(10, true)).toBe(0); // DOS time 00:00:00
    expect(view.getUint16(12, true)).toBe(0x21); // DOS date 1980-01-01
  });
});

describe('large print', () => {
  let large: Parts;
  beforeAll(async () => {
    large = docxParts(await writeDocx(doc, { rasterize, edition: 'large-print', paper: 'A3' }));
  });

  it('sets every text size at 16 pt or more, on A3', () => {
    const styles = part(large, 'word/styles.xml');
    const sizes = [...styles.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(32); // half-points
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:sz w:val="32"\/>/);
    for (const xml of [part(large, 'word/document.xml'), part(large, 'word/footnotes.xml')]) expect(xml).not.toMatch(/<w:sz w:val="([12]?\d|3[01])"\/>/);
    expect(part(large, 'word/document.xml')).toContain('<w:pgSz w:w="16838" w:h="23811" w:orient="portrait"/>');
    expect(part(large, 'word/footer1.xml')).toContain('PAGE');
  });

  it('keeps the same content, with charts redrawn in large type', () => {
    const text = paragraphs(part(large, 'word/document.xml')).join('\n');
    for (const b of doc.blocks) if (b.kind === 'heading') expect(text).toContain(inlineText(b.runs));
    expect(text).toContain('6\u00a0420\u00a0000');
    // The chart's text, at the size the drawing is placed, is 16 pt or more too.
    const svg = part(large, Object.keys(large).find((k) => k.endsWith('.svg'))!);
    const font = Number(/font-size="(\d+)"/.exec(svg)?.[1]);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const placedPx = Number(elements(part(large, 'word/document.xml'), 'wp:extent')[0]!.cx) / 9525;
    expect(((font * placedPx) / svgWidth) * 0.75).toBeGreaterThanOrEqual(16);
  });
});
