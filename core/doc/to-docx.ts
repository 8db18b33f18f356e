/**
 * Writes the document model as a DOCX for reviewers, or as its large-print edition. Isomorphic:
 * `Packer.pack(…, 'uint8array')` never touches Node's Buffer, and chart fallbacks are rasterised
 * by a function the caller injects (resvg in the CLI, a canvas in the app), so the same code runs
 * in Node, Electron's renderer and a browser.
 */
import { Document, type FileChild, Packer, Paragraph, readTheme } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { renderBarChart } from '../charts/bar-chart.js';
import { blockChildren } from './docx/blocks.js';
import { ProvenanceComments } from './docx/comments.js';
import type { DocxContext } from './docx/context.js';
import { FootnoteCollector } from './docx/footnotes.js';
import { Bookmarks } from './docx/inline.js';
import { numberingConfig } from './docx/numbering.js';
import { finalizePackage } from './docx/package/finalize.js';
import { fillTemplatePageNumbers } from './docx/package/page-numbers.js';
import { readTemplateStyles } from './docx/package/style-template.js';
import { pageFooter, pageHeader, sectionProperties, textWidth } from './docx/page.js';
import { documentProperties } from './docx/properties.js';
import { docxStyles, WORD_LANG } from './docx/styles.js';
import { tableOfContents, tocPosition } from './docx/toc.js';
import { houseStyle, largePrintStyle, type HouseStyle, type Paper } from './house-style.js';
import type { Block, ChartBlock, DocumentModel } from './model.js';
import { tableDescription, tableTitle } from './table-summary.js';
import { fontWidthFactor } from './text-width.js';

/** SVG → PNG of the given pixel width. */
export type Rasterize = (svg: string, widthPx: number) => Promise<Uint8Array>;

export interface DocxOptions {
  /** `large-print`: body text 16 pt and up, on A4 or A3 (`paper`). */
  edition?: 'standard' | 'large-print';
  paper?: Paper;
  /** Draws the PNG fallback of each chart; required when the document has charts. */
  rasterize?: Rasterize;
  /** A reviewer comment on every figure whose source is known (off by default). */
  comments?: boolean;
  /** Bytes of a company's Word template (.docx/.dotx) whose styles the file takes. */
  styleTemplate?: Uint8Array;
  /**
   * Estimate the pages so the table of contents shows page numbers when the file opens. Off by
   * default: the layout estimate costs seconds, and the table is filled with linked entries
   * either way (Word adds the numbers on "Update table").
   */
  tocPageNumbers?: boolean;
}

/** Created/modified dates of a document without a build manifest: fixed, so rebuilds still match. */
const NO_MANIFEST_DATE = '2000-01-01T00:00:00Z';
/** Charts are rasterised at twice their size on the page, for print and zoom. */
const FALLBACK_SCALE = 2;

export async function writeDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const { meta } = doc;
  const style = options.edition === 'large-print' ? largePrintStyle(options.paper ?? 'A4') : houseStyle;
  const template = options.styleTemplate ? readTemplateStyles(options.styleTemplate) : undefined;
  const generatedAt = doc.manifest?.generatedAt ?? NO_MANIFEST_DATE;
  const width = textWidth(style);
  const ctx: DocxContext = {
    style,
    lang: meta.lang,
    bookmarks: new Bookmarks(doc.blocks),
    footnotes: new FootnoteCollector(),
    comments: options.comments ? new ProvenanceComments(meta.lang, new Date(generatedAt)) : null,
    provenance: doc.provenance ?? {},
    charts: await drawCharts(doc.blocks, style, options.rasterize, width),
    tables: [],
    textWidth: width,
    widthFactor: template ? fontWidthFactor(template.font) : 1,
    orderedLists: 0,
  };
  const body = bodyChildren(doc.blocks, ctx, options.tocPageNumbers === true);
  // Notes and comments are registered while the body is built, so they are collected after it.
  const footnotes = ctx.footnotes.toOptions({ ...ctx, comments: null });
  const document = new Document({
    ...documentProperties(meta, doc.manifest),
    styles: docxStyles(meta.lang, style),
    numbering: numberingConfig(style),
    footnotes,
    ...(ctx.comments && ctx.comments.size > 0 ? { comments: ctx.comments.toOptions() } : {}),
    ...(template ? { theme: themeOf(options.styleTemplate) } : {}),
    // The layout estimator fills the table of contents' page numbers; with a template, once its styles are in.
    ...(options.tocPageNumbers && !template ? { pageNumbers: estimatePageNumbers } : {}),
    sections: [
      {
        properties: sectionProperties(style),
        headers: { default: pageHeader(meta.header) },
        footers: { default: pageFooter(meta.lang) },
        // Word wants at least one paragraph in the body.
        children: body.length > 0 ? body : [new Paragraph({})],
      },
    ],
  });
  const bytes = finalizePackage(await Packer.pack(document, 'uint8array'), {
    generatedAt,
    language: WORD_LANG[meta.lang],
    tables: ctx.tables.map((t) => ({ title: tableTitle(t, meta.lang), description: tableDescription(t, meta.lang) })),
    ...(template ? { template } : {}),
  });
  return template && options.tocPageNumbers ? fillTemplatePageNumbers(bytes) : bytes;
}

function bodyChildren(blocks: readonly Block[], ctx: DocxContext, pageNumbers: boolean): FileChild[] {
  const at = tocPosition(blocks);
  if (at === undefined) return blockChildren(blocks, ctx);
  const toc = tableOfContents(ctx.lang, pageNumbers);
  return [...blockChildren(blocks.slice(0, at), ctx), ...toc, ...blockChildren(blocks.slice(at), ctx)];
}

/** Each chart of this edition as SVG (redrawn at the edition's text size) with its PNG fallback. */
async function drawCharts(blocks: readonly Block[], style: HouseStyle, rasterize: Rasterize | undefined, textWidthTwips: number): Promise<DocxContext['charts']> {
  const charts = blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  const out = new Map<string, { svg: string; png: Uint8Array; width: number; height: number }>();
  if (charts.length === 0) return out;
  if (rasterize === undefined) throw new Error('writeDocx: the document has charts; pass options.rasterize to draw their PNG fallbacks');
  const pagePx = Math.round((textWidthTwips / 1440) * 96);
  for (const chart of charts) {
    const drawn =
      style === houseStyle
        ? { svg: chart.svg, width: chart.width, height: chart.height }
        : renderBarChart(chart.data, { id: chart.id, title: chart.title, description: chart.alt, style });
    out.set(chart.id, { ...drawn, png: await rasterize(drawn.svg, pagePx * FALLBACK_SCALE) });
  }
  return out;
}

function themeOf(template: Uint8Array | undefined): ReturnType<typeof readTheme> | undefined {
  if (template === undefined) return undefined;
  try {
    return readTheme(template);
  } catch {
    return undefined; // a template without a theme: its styles name their fonts themselves
  }
}
