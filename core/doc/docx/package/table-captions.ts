/**
 * Table title and description for screen readers (Word's Table Properties → Alt Text):
 * `w:tblCaption` and `w:tblDescription`, which docx cannot write. They close `w:tblPr`, as the
 * schema orders them, in the order the tables were written.
 */
import { escapeXml } from '../../xml-escape.js';
import { type Parts, readText, writeText } from './zip.js';

export interface TableAltText {
  title: string;
  description: string;
}

export function addTableAltText(parts: Parts, tables: readonly TableAltText[]): void {
  const path = 'word/document.xml';
  const xml = readText(parts, path)!;
  let i = 0;
  const out = xml.replace(/<w:tbl>(<w:tblPr>[^]*?)<\/w:tblPr>/g, (match, props: string) => {
    const alt = tables[i++];
    if (alt === undefined) return match;
    return `<w:tbl>${props}<w:tblCaption w:val="${escapeXml(alt.title)}"/><w:tblDescription w:val="${escapeXml(alt.description)}"/></w:tblPr>`;
  });
  if (i !== tables.length) throw new Error(`found ${i} of the ${tables.length} tables written`);
  writeText(parts, path, out);
}
