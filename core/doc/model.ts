/**
 * The document model: the one structure both writers (HTML and DOCX) read.
 *
 * Templates render a small semantic HTML subset (see docs/html-subset.md); `parseHtmlSubset`
 * turns it into this model, so the preview and the Word file always carry the same content.
 */

export type Lang = 'pl' | 'en';

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

export type Inline = TextRun | LinkRun | BreakRun;

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  /** Anchor id, used by `#id` links and the GRI content index. */
  id?: string;
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
}

export interface TableBlock {
  kind: 'table';
  caption?: string;
  /** Rows of the table head (`<thead>`); at least one for every table the templates write. */
  head: TableCell[][];
  body: TableCell[][];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

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

export interface DocumentModel {
  meta: DocumentMeta;
  blocks: Block[];
}

/** Plain text of a run list (used by tests, the TOC and alt texts). */
export function inlineText(runs: readonly Inline[]): string {
  return runs
    .map((r) => (r.kind === 'text' ? r.text : r.kind === 'link' ? inlineText(r.runs) : '\n'))
    .join('');
}
