/**
 * The text of a DOCX's body the way a reader meets it: block by block, in document order — each
 * paragraph outside a table, and each table row as the text of its cells. Tests use it to say
 * where a figure stands (this sentence, this row), not merely that the digits occur somewhere:
 * the sources appendix repeats every figure's line numbers and the SHA-256 of its file, so a bare
 * "contains '32'" against the whole text is always true.
 */
import { docxParts, paragraphs, part } from './docx.js';

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'row'; cells: string[] };

/** No-break and narrow no-break spaces (thousands separators, "r.") as plain spaces, runs of white space as one. */
export const flat = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** Every paragraph and table row of word/document.xml, in order, their text flattened with `flat`. */
export function docxBlocks(bytes: Uint8Array): TextBlock[] {
  const xml = part(docxParts(bytes), 'word/document.xml');
  const blocks: TextBlock[] = [];
  // Top-level tables and the paragraphs between them (the chapter has no nested tables).
  for (const m of xml.matchAll(/<w:tbl>[^]*?<\/w:tbl>|<w:p[ >][^]*?<\/w:p>/g)) {
    if (m[0].startsWith('<w:tbl>')) {
      for (const row of m[0].matchAll(/<w:tr[ >][^]*?<\/w:tr>/g)) {
        const cells = [...row[0].matchAll(/<w:tc>[^]*?<\/w:tc>/g)].map((cell) => flat(paragraphs(cell[0]).join(' ')));
        blocks.push({ kind: 'row', cells });
      }
    } else {
      blocks.push({ kind: 'paragraph', text: flat(paragraphs(m[0])[0] ?? '') });
    }
  }
  return blocks;
}

/** The blocks before the paragraph `heading` (last occurrence: the table of contents names it too). */
export function blocksBefore(blocks: readonly TextBlock[], heading: string): TextBlock[] {
  const at = blocks.findLastIndex((b) => b.kind === 'paragraph' && b.text === heading);
  if (at < 0) throw new Error(`no paragraph "${heading}" in the DOCX`);
  return blocks.slice(0, at);
}

export const paragraphTexts = (blocks: readonly TextBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
export const tableRows = (blocks: readonly TextBlock[]): string[][] => blocks.flatMap((b) => (b.kind === 'row' ? [b.cells] : []));
