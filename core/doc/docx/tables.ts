/**
 * Tables → Word tables: caption above (Caption style, kept with the table), header rows repeated on
 * every page, rows never split, numbers right-aligned, columns sized to their content. A table too
 * wide for the page at the edition's type size is stacked: one record after another, each cell
 * beside its column's name, so nothing is squeezed into unreadable slivers.
 */
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  type IBorderOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CellAlign, TableBlock, TableCell as ModelCell } from '../model.js';
import type { DocxContext } from './context.js';
import { inlineChildren } from './inline.js';
import { STYLE_IDS } from './styles.js';
import { columnWidths } from './table-layout.js';
import { eighthPoints, twips } from './units.js';

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const satisfies Record<CellAlign, string>;

/** Share of the width the column names take in a stacked table. */
const STACKED_KEY_SHARE = 0.38;

export function table(block: TableBlock, ctx: DocxContext): FileChild[] {
  // Word cannot open a table without rows.
  if (block.head.length === 0 && block.body.length === 0) return [];
  const widths = columnWidths(block, ctx.textWidth, ctx.style, ctx.widthFactor);
  const out: FileChild[] = [];
  if (block.caption !== undefined) {
    const notes = (block.captionNotes ?? []).flatMap((note) => inlineChildren([note], ctx));
    out.push(new Paragraph({ style: 'Caption', children: [new TextRun(block.caption), ...notes] }));
  }
  ctx.tables.push(block);
  out.push(widths === null ? stacked(block, ctx) : grid(block, ctx, widths));
  return out;
}

function grid(block: TableBlock, ctx: DocxContext, widths: readonly number[]): Table {
  const lastHead = block.head.length - 1;
  const rows = [
    // tableHeader repeats the head on every page the table runs onto; cantSplit keeps a row whole.
    ...block.head.map(
      (cells, i) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: cells.map((c, col) => cell(c, ctx, { part: 'head', ruleBelow: i === lastHead, width: widths[col] ?? 0 })),
        }),
    ),
    ...block.body.map(
      (cells) => new TableRow({ cantSplit: true, children: cells.map((c, col) => cell(c, ctx, { part: 'body', width: widths[col] ?? 0 })) }),
    ),
  ];
  return wordTable(rows, widths, ctx);
}

/** Each body row as a shaded title line (its first cell), then one line per other column. */
function stacked(block: TableBlock, ctx: DocxContext): Table {
  const key = Math.round(ctx.textWidth * STACKED_KEY_SHARE);
  const widths = [key, ctx.textWidth - key];
  const names = block.head[block.head.length - 1] ?? [];
  const rows = block.body.flatMap((cells) => {
    const [first, ...rest] = cells;
    const title = new TableRow({
      cantSplit: true,
      children: [cell(first ?? { runs: [], align: 'left' }, ctx, { part: 'head', width: ctx.textWidth, span: 2 })],
    });
    const lines = rest.map(
      (c, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell({ runs: names[i + 1]?.runs ?? [], align: 'left', header: true }, ctx, { part: 'body', width: widths[0]! }),
            cell({ ...c, align: 'left' }, ctx, { part: 'body', width: widths[1]! }),
          ],
        }),
    );
    return [title, ...lines];
  });
  return wordTable(rows, widths, ctx);
}

function wordTable(rows: TableRow[], widths: readonly number[], ctx: DocxContext): Table {
  const { borders, spacing } = ctx.style;
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: eighthPoints(borders.table.width), color: borders.table.color };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    margins: {
      top: twips(spacing.cellPaddingVertical),
      bottom: twips(spacing.cellPaddingVertical),
      left: twips(spacing.cellPaddingHorizontal),
      right: twips(spacing.cellPaddingHorizontal),
    },
    rows,
  });
}

interface CellLayout {
  part: 'head' | 'body';
  width: number;
  /** The thicker rule under the last head row. */
  ruleBelow?: boolean;
  span?: number;
}

function cell(c: ModelCell, ctx: DocxContext, layout: CellLayout): TableCell {
  const { colors, borders } = ctx.style;
  const isHead = layout.part === 'head';
  const base = isHead ? { bold: true, color: colors.tableHeaderText } : c.header ? { bold: true } : {};
  const headRule: IBorderOptions = { style: BorderStyle.SINGLE, size: eighthPoints(borders.headRule.width), color: borders.headRule.color };
  return new TableCell({
    width: { size: layout.width, type: WidthType.DXA },
    ...(layout.span ? { columnSpan: layout.span } : {}),
    children: [new Paragraph({ style: STYLE_IDS.tableText, alignment: ALIGN[c.align], children: inlineChildren(c.runs, ctx, base) })],
    ...(isHead ? { shading: { type: ShadingType.CLEAR, fill: colors.tableHeaderFill, color: 'auto' } } : {}),
    ...(layout.ruleBelow ? { borders: { bottom: headRule } } : {}),
  });
}

