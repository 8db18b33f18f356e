/**
 * The charts of a DOCX as a reader's software gets them: each drawing's name, title and alt text,
 * the words and numbers its SVG draws, and the pixel size of its PNG fallback (the picture
 * LibreOffice and older Word show). With `pdfImages`, the pictures a PDF really holds.
 */
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { elements } from './docx.js';
import { flat } from './docx-text-blocks.js';

export interface DocxChart {
  /** The drawing's name (the chart's id, e.g. "chart-contacts"). */
  name: string;
  /** Its title (the caption above it), flattened. */
  title: string;
  /** Its alt text (description), flattened. */
  alt: string;
  /** Each `<text>` element of its SVG, flattened: legend entries, bar labels, value labels. */
  drawn: string[];
  /** The pixel size of its PNG fallback. */
  png: { width: number; height: number };
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function file(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const data = files[name];
  if (data === undefined) throw new Error(`missing ${name} in the DOCX`);
  return data;
}

/** Every drawing in word/document.xml that has an SVG with a PNG fallback, in document order. */
export function docxCharts(bytes: Uint8Array): DocxChart[] {
  const files = unzipSync(bytes);
  const xml = strFromU8(file(files, 'word/document.xml'));
  const targets = new Map(elements(strFromU8(file(files, 'word/_rels/document.xml.rels')), 'Relationship').map((r) => [r.Id, `word/${r.Target}`]));
  const target = (id: string | undefined): string => {
    const path = id === undefined ? undefined : targets.get(id);
    if (path === undefined) throw new Error(`no relationship ${id}`);
    return path;
  };
  return [...xml.matchAll(/<w:drawing>[^]*?<\/w:drawing>/g)].flatMap((m) => {
    const drawing = m[0];
    const docPr = elements(drawing, 'wp:docPr')[0];
    const png = elements(drawing, 'a:blip')[0]?.['r:embed'];
    const svg = elements(drawing, 'asvg:svgBlip')[0]?.['r:embed'];
    if (docPr === undefined || png === undefined || svg === undefined) return [];
    const svgText = strFromU8(file(files, target(svg)));
    const drawn = [...svgText.matchAll(/<text\b[^>]*>([^]*?)<\/text>/g)].map((t) => flat(decode((t[1] ?? '').replace(/<[^>]+>/g, ' '))));
    const header = file(files, target(png));
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    // PNG: 8-byte signature, then the IHDR chunk (length, type, width, height).
    return [{ name: docPr.name ?? '', title: flat(docPr.title ?? ''), alt: flat(docPr.descr ?? ''), drawn, png: { width: view.getUint32(16), height: view.getUint32(20) } }];
  });
}

export interface PdfImage {
  page: number;
  width: number;
  height: number;
}

/** The raster images drawn on the PDF's pages (`pdfimages -list`; soft masks left out). */
export function pdfImages(pdf: string): PdfImage[] {
  const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  return list
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}
