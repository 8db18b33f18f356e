/**
 * Parses the HTML subset the templates write (docs/html-subset.md) into the document model.
 *
 * Two stages: `buildTree` (parse/tree.ts) turns htmlparser2's events into a small tree that
 * remembers where each node starts, then a walk turns the tree into blocks. Anything outside the
 * subset is an error with a line and column, so a template mistake shows up when the report is
 * built, not as a silently different Word file.
 */
import type { Block, CellAlign, ChartBlock, DocumentMeta, DocumentModel, FootnoteRun, HeadingBlock, Inline, LinkRun, ListBlock, ParagraphStyle, TableBlock, TableCell, TextRun } from './model.js';
import type { Lang } from '../common/lang.js';
import { chartBlock, chartData } from './parse/chart.js';
import { ASCII_WS_RUN, type Marks, normalizeRuns, textRun } from './parse/runs.js';
import { buildTree, type ElementNode, type Located, type TextNode } from './parse/tree.js';

export interface ParseError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** Says what is wrong and where, e.g. `unsupported element <img> at line 12, column 5`. */
  message: string;
}

export type ParseResult = { ok: true; doc: DocumentModel } | { ok: false; error: ParseError };

class SubsetError extends Error {
  constructor(
    readonly at: number,
    readonly what: string,
  ) {
    super(what);
  }
}

const CONTAINERS = new Set(['section', 'div', 'article', 'header', 'footer', 'nav', 'aside']);
const HEADING_LEVELS: Readonly<Record<string, 1 | 2 | 3>> = { h1: 1, h2: 2, h3: 3 };
const INLINE_ELEMENTS = new Set(['strong', 'b', 'em', 'i', 'a', 'br', 'span']);
const BLOCK_ELEMENTS = new Set([
  ...CONTAINERS,
  'h1',
  'h2',
  'h3',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
]);
/** The model has no cell spans; accepting them would shift every later cell into the wrong column. */
const UNSUPPORTED_ATTRIBUTES = new Set(['colspan', 'rowspan']);
const PARAGRAPH_CLASSES: readonly ParagraphStyle[] = ['lead', 'note', 'gri'];

const ASCII_BLANK = /^[ \t\n\r\f]*$/;

export function parseHtmlSubset(html: string, meta: DocumentMeta): ParseResult {
  const { root, error: treeError } = buildTree(html);
  let walkError: Located | undefined;
  let blocks: Block[] = [];
  try {
    blocks = new Walker(meta.lang).document(root);
  } catch (e) {
    if (!(e instanceof SubsetError)) throw e;
    walkError = { at: e.at, what: e.what };
  }
  // The tree is faithful up to its first nesting error, so whichever error comes first in the
  // source is the real one; on a tie the walk's message is the more specific.
  const first = [walkError, treeError]
    .filter((e): e is Located => e !== undefined)
    .sort((a, b) => a.at - b.at)[0];
  if (first) return { ok: false, error: locate(html, first) };
  return { ok: true, doc: { meta, blocks } };
}

function locate(html: string, { at, what }: Located): ParseError {
  const before = html.slice(0, at);
  const line = before.split('\n').length;
  const column = at - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, message: `${what} at line ${line}, column ${column}` };
}

/** Walks the tree into blocks; throws `SubsetError` at the first node outside the subset. */
class Walker {
  private readonly headingIds = new Set<string>();
  private readonly anchors: { id: string; at: number }[] = [];
  /** Ids of charts (and headings): one namespace, since both become ids in the HTML page. */
  private readonly chartIds = new Set<string>();

  constructor(private readonly lang: Lang) {}

  document(root: ElementNode): Block[] {
    const blocks: Block[] = [];
    this.blocks(root, blocks);
    for (const { id, at } of this.anchors) {
      if (!this.headingIds.has(id)) throw new SubsetError(at, `link to #${id}, but no heading has id="${id}"`);
    }
    return blocks;
  }

  private blocks(parent: ElementNode, out: Block[]): void {
    for (const node of parent.children) {
      if (node.type === 'text') {
        rejectText(node, parent.name === '#root' ? 'at the top level' : `directly inside <${parent.name}>`);
        continue;
      }
      checkElement(node);
      const level = HEADING_LEVELS[node.name];
      if (CONTAINERS.has(node.name)) this.blocks(node, out);
      else if (level) out.push(this.heading(node, level));
      else if (node.name === 'p') {
        const runs = this.inlineContent(node);
        // Template conditionals often leave `<p> </p>` behind; an empty paragraph is only a gap.
        if (runs.length > 0) out.push({ kind: 'paragraph', style: paragraphStyle(node), runs });
      } else if (node.name === 'ul' || node.name === 'ol') {
        const list = this.list(node);
        if (list.items.length > 0) out.push(list);
      } else if (node.name === 'table') out.push(this.table(node));
      else if (node.name === 'figure') out.push(this.chart(node));
      else if (INLINE_ELEMENTS.has(node.name)) {
        throw new SubsetError(node.at, `inline element <${node.name}> outside a paragraph`);
      } else {
        const where = parent.name === '#root' ? 'at the top level' : `inside <${parent.name}>`;
        throw new SubsetError(node.at, `element <${node.name}> is not allowed ${where}`);
      }
    }
  }

  private heading(node: ElementNode, level: 1 | 2 | 3): HeadingBlock {
    const runs = this.inlineContent(node);
    // A footnote mark in a heading would travel into the table of contents and the bookmarks.
    if (runs.some((r) => r.kind === 'footnote')) throw new SubsetError(node.at, `footnote inside <${node.name}>`);
    const heading: HeadingBlock = { kind: 'heading', level, runs };
    if (classes(node).includes('page-break')) heading.pageBreak = true;
    const id = this.newId(node);
    if (id !== undefined) {
      this.headingIds.add(id);
      heading.id = id;
    }
    return heading;
  }

  /** The element's `id`, checked for form and uniqueness against every id of the chapter. */
  private newId(node: ElementNode): string | undefined {
    const id = node.attrs.id;
    if (id === undefined) return undefined;
    if (!/^[^ \t\n\r\f#]+$/.test(id)) throw new SubsetError(node.at, `invalid id "${id}" on <${node.name}>`);
    if (this.headingIds.has(id) || this.chartIds.has(id)) throw new SubsetError(node.at, `duplicate id "${id}"`);
    return id;
  }

  /**
   * `<figure class="chart">`: a `<figcaption>` (the chart title) and the `<table>` of its numbers.
   * When the data leave no number to draw (e.g. a metric without categories), only the table stays.
   */
  private chart(node: ElementNode): ChartBlock | TableBlock {
    if (!classes(node).includes('chart')) {
      throw new SubsetError(node.at, 'element <figure> must have class="chart" (the only kind of figure)');
    }
    const kind = node.attrs['data-chart'] ?? 'bars';
    if (kind !== 'bars') throw new SubsetError(node.at, `data-chart="${kind}" is not supported (only "bars")`);
    const rawMax = node.attrs['data-max'];
    const max = rawMax === undefined ? undefined : parseNumber(rawMax);
    if (rawMax !== undefined && (max === undefined || max <= 0)) {
      throw new SubsetError(node.at, `data-max="${rawMax}" on <figure> is not a positive number`);
    }
    let title: string | undefined;
    let table: TableBlock | undefined;
    for (const child of node.children) {
      if (child.type === 'text') {
        rejectText(child, 'directly inside <figure>');
        continue;
      }
      checkElement(child);
      if (child.name === 'figcaption' && title === undefined && table === undefined) title = captionText(child);
      else if (child.name === 'table' && title !== undefined && table === undefined) table = this.table(child);
      else throw new SubsetError(child.at, `element <${child.name}> is not allowed here: a chart figure holds one <figcaption>, then one <table>`);
    }
    if (title === undefined || title === '') throw new SubsetError(node.at, 'chart <figure> without a <figcaption> title');
    if (table === undefined) throw new SubsetError(node.at, 'chart <figure> without the <table> of its numbers');
    const data = chartData(table, max);
    if (data === null) return table;
    const id = this.newId(node) ?? `chart-${this.chartIds.size + 1}`;
    this.chartIds.add(id);
    return chartBlock({ id, title, data, table, lang: this.lang });
  }

  private list(node: ElementNode): ListBlock {
    const items: Inline[][] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        rejectText(child, `directly inside <${node.name}>`);
        continue;
      }
      checkElement(child);
      if (child.name !== 'li') {
        throw new SubsetError(child.at, `element <${child.name}> is not allowed inside <${node.name}> (only <li>)`);
      }
      items.push(this.inlineContent(child));
    }
    return { kind: 'list', ordered: node.name === 'ol', items };
  }

  private table(node: ElementNode): TableBlock {
    const table: TableBlock = { kind: 'table', head: [], body: [] };
    let columns: number | undefined;
    const addRows = (section: ElementNode, target: TableCell[][], part: 'head' | 'body'): void => {
      for (const row of this.rows(section, part)) {
        // Both writers lay cells out by position, so a short row would shift the columns after it.
        columns ??= row.cells.length;
        if (row.cells.length !== columns) {
          throw new SubsetError(row.at, `table row has ${row.cells.length} cells, the first row has ${columns}`);
        }
        target.push(row.cells);
      }
    };
    for (const child of node.children) {
      if (child.type === 'text') {
        rejectText(child, 'directly inside <table>');
        continue;
      }
      checkElement(child);
      if (child.name === 'caption') {
        if (table.caption !== undefined) throw new SubsetError(child.at, 'second <caption> in a table');
        const notes: FootnoteRun[] = [];
        table.caption = captionText(child, (note) => notes.push(this.footnote(note, 'caption')));
        if (notes.length > 0) table.captionNotes = notes;
      } else if (child.name === 'thead') addRows(child, table.head, 'head');
      else if (child.name === 'tbody') addRows(child, table.body, 'body');
      else if (child.name === 'tr') throw new SubsetError(child.at, 'element <tr> must be inside <thead> or <tbody>');
      else throw new SubsetError(child.at, `element <${child.name}> is not allowed inside <table>`);
    }
    return table;
  }

  private rows(section: ElementNode, part: 'head' | 'body'): { cells: TableCell[]; at: number }[] {
    const rows: { cells: TableCell[]; at: number }[] = [];
    for (const row of section.children) {
      if (row.type === 'text') {
        rejectText(row, `directly inside <${section.name}>`);
        continue;
      }
      checkElement(row);
      if (row.name !== 'tr') {
        throw new SubsetError(row.at, `element <${row.name}> is not allowed inside <${section.name}> (only <tr>)`);
      }
      rows.push({ cells: this.row(row, part), at: row.at });
    }
    return rows;
  }

  private row(row: ElementNode, part: 'head' | 'body'): TableCell[] {
    const cells: TableCell[] = [];
    for (const cell of row.children) {
      if (cell.type === 'text') {
        rejectText(cell, 'directly inside <tr>');
        continue;
      }
      checkElement(cell);
      const allowed = part === 'head' ? cell.name === 'th' : cell.name === 'td' || cell.name === 'th';
      if (!allowed) {
        const only = part === 'head' ? '<th>' : '<td> or <th>';
        throw new SubsetError(cell.at, `element <${cell.name}> is not allowed in a <t${part}> row (only ${only})`);
      }
      const out: TableCell = { runs: this.inlineContent(cell), align: cellAlign(cell) };
      if (part === 'body' && cell.name === 'th') out.header = true;
      const raw = cell.attrs['data-value'];
      // Empty = no number (a template printing a missing value); anything else must parse.
      if (raw !== undefined && raw.trim() !== '') {
        const value = parseNumber(raw);
        if (value === undefined) throw new SubsetError(cell.at, `data-value="${raw}" is not a number`);
        out.value = value;
      }
      const chartLabel = cell.attrs['data-chart-label']?.replace(ASCII_WS_RUN, ' ').trim();
      if (chartLabel) out.chartLabel = chartLabel;
      cells.push(out);
    }
    return cells;
  }

  /** The content of an element that holds inline content only (p, h1–h3, li, th, td). */
  private inlineContent(host: ElementNode): Inline[] {
    const raw: Inline[] = [];
    this.inline(host, host.name, {}, false, raw);
    return normalizeRuns(raw);
  }

  /** `<span class="footnote">`: its text (bold, italic and links allowed) becomes a footnote. */
  private footnote(node: ElementNode, host: string, inLink = false): FootnoteRun {
    if (inLink) throw new SubsetError(node.at, 'footnote inside <a>');
    const raw: Inline[] = [];
    this.inline(node, host, {}, false, raw, true);
    const runs = normalizeRuns(raw).filter((r): r is TextRun | LinkRun => r.kind === 'text' || r.kind === 'link');
    if (runs.length === 0) throw new SubsetError(node.at, 'empty footnote');
    return { kind: 'footnote', runs };
  }

  private inline(parent: ElementNode, host: string, marks: Marks, inLink: boolean, out: Inline[], inNote = false): void {
    for (const node of parent.children) {
      if (node.type === 'text') {
        out.push(textRun(node.data, marks));
        continue;
      }
      checkElement(node);
      switch (node.name) {
        case 'strong':
        case 'b':
          this.inline(node, host, { ...marks, bold: true }, inLink, out, inNote);
          break;
        case 'em':
        case 'i':
          this.inline(node, host, { ...marks, italic: true }, inLink, out, inNote);
          break;
        case 'span': {
          if (classes(node).includes('footnote')) {
            if (inNote) throw new SubsetError(node.at, 'footnote inside a footnote');
            out.push(this.footnote(node, host, inLink));
            break;
          }
          const figure = node.attrs['data-figure']?.trim();
          this.inline(node, host, figure ? { ...marks, figure } : marks, inLink, out, inNote);
          break;
        }
        case 'br':
          // A LinkRun holds text runs only; a line break inside a link has no use in the report.
          if (inLink) throw new SubsetError(node.at, 'element <br> is not allowed inside <a>');
          if (inNote) throw new SubsetError(node.at, 'element <br> is not allowed inside a footnote');
          out.push({ kind: 'break' });
          break;
        case 'a':
          out.push(this.link(node, host, marks, inLink));
          break;
        default:
          throw new SubsetError(node.at, `block element <${node.name}> inside <${host}>`);
      }
    }
  }

  private link(node: ElementNode, host: string, marks: Marks, inLink: boolean): LinkRun {
    if (inLink) throw new SubsetError(node.at, 'element <a> inside another <a>');
    const href = checkHref(node);
    if (href.startsWith('#')) this.anchors.push({ id: href.slice(1), at: node.at });
    const runs: Inline[] = [];
    this.inline(node, host, marks, true, runs);
    return { kind: 'link', href, runs: runs.filter(isTextRun) };
  }
}

/** Rejects elements outside the subset and attributes that could run code. */
function checkElement(node: ElementNode): void {
  if (!BLOCK_ELEMENTS.has(node.name) && !INLINE_ELEMENTS.has(node.name)) {
    throw new SubsetError(node.at, `unsupported element <${node.name}>`);
  }
  for (const name of Object.keys(node.attrs)) {
    if (name.startsWith('on')) {
      throw new SubsetError(node.at, `event-handler attribute ${name} on <${node.name}> is not allowed`);
    }
    if (UNSUPPORTED_ATTRIBUTES.has(name)) {
      throw new SubsetError(node.at, `attribute ${name} on <${node.name}> is not supported`);
    }
  }
}

function checkHref(node: ElementNode): string {
  const raw = node.attrs.href;
  if (raw === undefined) throw new SubsetError(node.at, 'element <a> without href');
  // Browsers strip surrounding whitespace from URLs too; the scheme check must see what they see.
  const href = raw.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
  const ok = /^#[^ \t\n\r\f#]+$/.test(href) || /^(?:https?|mailto):./i.test(href);
  if (!ok) {
    throw new SubsetError(node.at, `link href "${raw}" is not allowed (only #anchor, https:, http: or mailto:)`);
  }
  return href;
}

function rejectText(node: TextNode, where: string): void {
  if (ASCII_BLANK.test(node.data)) return;
  const lead = node.data.length - node.data.replace(/^[ \t\n\r\f]+/, '').length;
  const text = node.data.trim().replace(ASCII_WS_RUN, ' ');
  const snippet = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  throw new SubsetError(node.at + lead, `text "${snippet}" ${where}`);
}

/**
 * Text of a `<caption>` or `<figcaption>`. A caption may end in footnotes (`<span class="footnote">`),
 * handed to `onNote`; `<figcaption>` passes none and stays text only.
 */
function captionText(node: ElementNode, onNote?: (note: ElementNode) => void): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'element') {
      checkElement(child);
      if (onNote && child.name === 'span' && classes(child).includes('footnote')) {
        onNote(child);
        continue;
      }
      throw new SubsetError(child.at, `element <${child.name}> inside <${node.name}> (text only${onNote ? ', and footnotes' : ''})`);
    }
    text += child.data;
  }
  return text.replace(ASCII_WS_RUN, ' ').replace(/^ | $/g, '');
}

/** A number as templates print raw values (`1647233`, `0.137`, `-3`); undefined when it is not one. */
function parseNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function classes(node: ElementNode): string[] {
  return (node.attrs.class ?? '').split(ASCII_WS_RUN).filter((c) => c !== '');
}

function paragraphStyle(node: ElementNode): ParagraphStyle {
  const cls = classes(node);
  return PARAGRAPH_CLASSES.find((style) => cls.includes(style)) ?? 'body';
}

function cellAlign(node: ElementNode): CellAlign {
  const cls = classes(node);
  if (cls.includes('num')) return 'right';
  if (cls.includes('center')) return 'center';
  return 'left';
}

function isTextRun(run: Inline): run is TextRun {
  return run.kind === 'text';
}

