/** A company Word template: the DOCX takes its styles, mapped by Word's built-in names. */
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterize } from '../cli/rasterize.js';
import { readTemplateStyles } from '../core/doc/docx/package/style-template.js';
import { writeDocx } from '../core/doc/to-docx.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { styleTemplate } from './fixtures/style-template.js';
import { chapterDoc } from './helpers/chapter.js';
import { docxParts, elements, paragraphs, part, type Parts } from './helpers/docx.js';

let parts: Parts;
let styles: string;
let body: string;
beforeAll(async () => {
  const doc = chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST });
  parts = docxParts(await writeDocx(doc, { rasterize, styleTemplate: styleTemplate(), tocPageNumbers: true }));
  styles = part(parts, 'word/styles.xml');
  body = part(parts, 'word/document.xml');
});

const styleIds = (xml: string): string[] => elements(xml, 'w:style').map((s) => s['w:styleId'] ?? '');
const styleNames = (xml: string): string[] => [...xml.matchAll(/<w:style\b[^>]*>\s*<w:name w:val="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());

describe('a company style template', () => {
  it("replaces the house styles with the template's: its fonts, its headings, its captions", () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia"/);
    expect(styles).toContain('<w:color w:val="8B0000"/><w:sz w:val="40"/>');
    expect(styles).not.toContain('w:ascii="Calibri"');
  });

  it('points our headings, captions and links at the template’s localised style ids', () => {
    const used = new Set([...body.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    for (const id of ['Nagwek1', 'Nagwek2', 'Legenda', 'Hipercze', 'Spistreci1']) expect(used).toContain(id);
    for (const id of ['Heading1', 'Heading2', 'Caption', 'Hyperlink', 'TOC1']) expect(used).not.toContain(id);
    // Every style the document names exists, exactly once.
    const ids = styleIds(styles);
    for (const id of used) expect(ids.filter((x) => x === id), id).toHaveLength(1);
    for (const xml of [part(parts, 'word/footnotes.xml'), part(parts, 'word/header1.xml')]) {
      for (const m of xml.matchAll(/<w:[pr]Style w:val="([^"]+)"\/>/g)) expect(ids, m[1]).toContain(m[1]);
    }
  });

  it('keeps no two styles of one name (Word would repair the file) and keeps our own styles the template lacks', () => {
    const names = styleNames(styles);
    expect(names.length).toBe(new Set(names).size);
    expect(new Set(styleIds(styles)).size).toBe(styleIds(styles).length);
    // "Lead" is taken by the template's "Company lead": ours keeps its name under another id.
    expect(styles).toMatch(/<w:style [^>]*w:styleId="RaportLead"><w:name w:val="Lead"\/><w:basedOn w:val="Normalny"\/>/);
    expect(body).toContain('<w:pStyle w:val="RaportLead"/>');
    expect(styles).toMatch(/w:styleId="GriTags"><w:name w:val="GRI tags"\/><w:basedOn w:val="Normalny"\/>/);
    expect(styles.match(/w:default="1"/g)).toHaveLength(1);
  });

  it('still sets the document language and fills the table of contents with page numbers', () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[^]*<w:lang w:val="pl-PL"\/><\/w:rPr>/);
    expect(styles).not.toContain('w:val="en-US"');
    const toc = body.match(/<w:sdt>[^]*?<\/w:sdt>/)?.[0] ?? '';
    const entries = paragraphs(toc).filter((p) => p !== '');
    expect(entries.length).toBeGreaterThan(8);
    // Numbered for the template's own layout (estimated once its styles are in the file).
    for (const entry of entries) expect(entry).toMatch(/\t\d+$/);
  });

  it('gives the same bytes on a rebuild', async () => {
    const write = (): Promise<Uint8Array> => writeDocx(chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST }), { rasterize, styleTemplate: styleTemplate() });
    const [a, b] = [await write(), await write()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects files that are not Word templates, with a readable message', () => {
    expect(() => readTemplateStyles(strToU8('not a zip'))).toThrow(/not a Word file/);
    expect(() => readTemplateStyles(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/word\/styles\.xml is missing/);
  });
});
