/**
 * Writes the document model as a DOCX for reviewers, or as its large-print edition. Isomorphic:
 * docx and fflate are pure JavaScript, and chart fallbacks are rasterised by a function the caller
 * injects (resvg in the CLI, a canvas in the app), so the same code runs in Node, Electron's
 * renderer and a browser.
 */
import { Document, type FileChild, Paragraph, readTheme } from 'docx';
import { blockChildren } from './docx/blocks.js';
import { drawCharts, type Rasterize } from './docx/chart-fallbacks.js';
import { ProvenanceComments } from './docx/comments.js';
import type { DocxContext } from './docx/context.js';
import { FootnoteCollector } from './docx/footnotes.js';
import { Bookmarks } from './docx/inline.js';
import { numberingConfig } from './docx/numbering.js';
import { documentParts } from './docx/package/document-parts.js';
import { finalizePackage } from './docx/package/finalize.js';
import { fillTemplatePageNumbers } from './docx/package/page-numbers.js';
import { readTemplateStyles } from './docx/package/style-template.js';
import { pageFooter, pageHeader, sectionProperties, textWidth } from './docx/page.js';
import { documentProperties } from './docx/properties.js';
import { docxStyles, WORD_LANG } from './docx/styles.js';
import { tableOfContents, tocPosition } from './docx/toc.js';
import { houseStyle, largePrintStyle, type Paper } from './house-style.js';
import type { Block, DocumentModel } from './model.js';
import { tableDescription, tableTitle } from './table-summary.js';
import { fontWidthFactor } from './text-width.js';

export type { Rasterize };

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

export async function writeDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const { meta } = doc;
  const style = options.edition === 'large-print' ? largePrintStyle(options.paper ?? 'A4') : houseStyle;
  const template = options.styleTemplate ? readTemplateStyles(options.styleTemplate) : undefined;
  const generatedAt = doc.manifest?.generatedAt ?? NO_MANIFEST_DATE;
  const width = textWidth(style);
  const drawn = drawCharts(doc.blocks, style, options.rasterize);
  const ctx: DocxContext = {
    style,
    lang: meta.lang,
    bookmarks: new Bookmarks(doc.blocks),
    footnotes: new FootnoteCollector(),
    comments: options.comments ? new ProvenanceComments(meta.lang, new Date(generatedAt)) : null,
    provenance: doc.provenance ?? {},
    charts: drawn.charts,
    tables: [],
    textWidth: width,
    widthFactor: template ? fontWidthFactor(template.font) : 1,
    orderedLists: 0,
  };
  // docx/layout is large (≈ 1 MB of code): loaded only when page numbers are asked for.
  const estimatePageNumbers = options.tocPageNumbers && !template ? (await import('docx/layout')).estimatePageNumbers : undefined;
  const body = bodyChildren(doc.blocks, ctx, options.tocPageNumbers === true);
  // A turn of the event loop: a rasteriser off the main thread that has finished its pixels gets
  // them encoded (off the thread too) while docx writes the XML, rather than after it.
  if (drawn.charts.size > 0) await new Promise((resolve) => setTimeout(resolve, 0));
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
    ...(estimatePageNumbers ? { pageNumbers: estimatePageNumbers } : {}),
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
  const parts = await documentParts(document);
  await drawn.fillPngs(parts);
  const bytes = finalizePackage(parts, {
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

function themeOf(template: Uint8Array | undefined): ReturnType<typeof readTheme> | undefined {
  if (template === undefined) return undefined;
  try {
    return readTheme(template);
  } catch {
    return undefined; // a template without a theme: its styles name their fonts themselves
  }
}
