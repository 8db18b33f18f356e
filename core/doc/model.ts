/**
 * The document model: the one structure both writers (HTML and DOCX) read.
 *
 * Templates render a small semantic HTML subset (see docs/html-subset.md); `parseHtmlSubset`
 * turns it into this model, so the preview and the Word file always carry the same content.
 */

import type { FigureSource } from '../common/figure-source.js';
import type { Lang } from '../common/lang.js';


/** A run of text with its marks. `figure` names the report figure it shows (e.g. `privacy.a`). */
export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  figure?: string;
}

/** A hyperlink: `#id` points at a heading in the chapter, anything else is an external URL. */
export interface LinkRun {
  kind: 'link';
  href: string;
  runs: TextRun[];
}

export interface BreakRun {
  kind: 'break';
}

/**
 * A footnote: its reference mark sits where the run is, its text goes to the page foot (DOCX), the
 * numbered notes at the end (HTML) or the notes list (plain text). Data sources are cited this way.
 */
export interface FootnoteRun {
  kind: 'footnote';
  runs: (TextRun | LinkRun)[];
}

export type Inline = TextRun | LinkRun | BreakRun | FootnoteRun;

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  /** Anchor id, used by `#id` links and the GRI content index. */
  id?: string;
  /** Starts a new page in paged editions (DOCX, print): `class="page-break"`. */
  pageBreak?: boolean;
  runs: Inline[];
}

/** `lead` = the chapter's opening paragraph, `note` = small print (sources, footnotes), `gri` = GRI tags line. */
export type ParagraphStyle = 'body' | 'lead' | 'note' | 'gri';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: Inline[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: Inline[][];
}

export type CellAlign = 'left' | 'right' | 'center';

export interface TableCell {
  runs: Inline[];
  align: CellAlign;
  /** A `<th>` in the table body: a row header (rendered `scope="row"` / bold). */
  header?: boolean;
  /** The raw number behind the cell's text (`data-value`), for charts drawn from the table. */
  value?: number;
  /** A shorter label for the row in a chart (`data-chart-label` on the row's first cell). */
  chartLabel?: string;
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  /** Footnotes attached to the caption (e.g. the data source), marked after its text. */
  captionNotes?: FootnoteRun[];
  /** Rows of the table head (`<thead>`); at least one for every table the templates write. */
  head: TableCell[][];
  body: TableCell[][];
}

/** One bar group of a chart: a table row. */
export interface ChartCategory {
  label: string;
  /** One value per series; null where the row has no number for that column. */
  values: (number | null)[];
  /** The cells' text, so bar labels read exactly like the table ("1 647 233", "78,4%"). */
  labels: string[];
}

/** The numbers a chart shows, read from its data table. */
export interface ChartData {
  /** Series names: the table's column headers (e.g. "2019", "2020"). */
  series: string[];
  categories: ChartCategory[];
  /** Upper end of the value axis when the template fixes it (e.g. all stores), else the largest value. */
  max?: number;
}

/**
 * A chart and the table its numbers come from (`<figure class="chart">` around a `<table>`).
 * The SVG is drawn when the chapter is parsed; writers that need another size redraw it from `data`.
 */
export interface ChartBlock {
  kind: 'chart';
  /** Unique in the document: ids of the SVG's title and description in the HTML. */
  id: string;
  /** The `<figcaption>`: the chart's title. */
  title: string;
  data: ChartData;
  svg: string;
  /** Size of the SVG in CSS pixels (1/96 in). */
  width: number;
  height: number;
  /** Alternative text: what the chart shows, with every value, in the report language. */
  alt: string;
  table: TableBlock;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ChartBlock;

export interface DocumentMeta {
  lang: Lang;
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** Longer summary for the HTML `<meta name="description">` and the DOCX description; `subject` when absent. */
  description?: string;
  /** Page-header text of the DOCX (the report title). */
  header: string;
}

/** What a build was made from: enough to tell whether two exports can differ. */
export interface BuildManifest {
  /** Input files as imported, with the SHA-256 of their bytes (lowercase hex), by input kind order. */
  inputs: { kind: string; name: string; sha256: string }[];
  /** SHA-256 of the template sources (paths and text), so a template change shows. */
  templateVersion: string;
  /** The application's version (package.json), given by the caller. */
  appVersion: string;
  /** ISO 8601 UTC time of the build, given by the caller; also the DOCX's created/modified dates. */
  generatedAt: string;
}

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
  /** Sources of the figures marked in the runs (`TextRun.figure`), by figure path. */
  provenance?: Record<string, FigureSource>;
  manifest?: BuildManifest;
}

/** Plain text of a run list (used by tests, the TOC and alt texts). Footnotes are not part of the text. */
export function inlineText(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return r.text;
        case 'link':
          return inlineText(r.runs);
        case 'break':
          return '\n';
        case 'footnote':
          return '';
      }
    })
    .join('');
}
