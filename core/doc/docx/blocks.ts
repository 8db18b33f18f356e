/** Blocks → Word paragraphs and tables. */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  type IBorderOptions,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { borders, colors, spacing } from '../house-style.js';
import type { Block, CellAlign, HeadingBlock, ListBlock, TableBlock, TableCell as ModelCell } from '../model.js';
import { type Bookmarks, inlineChildren } from './inline.js';
import { BULLET_LIST, ORDERED_LIST } from './numbering.js';
import { paragraphStyleId, STYLE_IDS } from './styles.js';
import { eighthPoints, twips } from './units.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const satisfies Record<
  CellAlign,
  string
>;

export function blockChildren(blocks: readonly Block[], bookmarks: Bookmarks): FileChild[] {
  // Every <ol> is its own Word list instance, so each one numbers from 1 again.
  let orderedLists = 0;
  return blocks.flatMap((block): FileChild[] => {
    switch (block.kind) {
      case 'heading':
        return [heading(block, bookmarks)];
      case 'paragraph':
        return [new Paragraph({ style: paragraphStyleId(block.style), children: inlineChildren(block.runs, bookmarks) })];
      case 'list':
        return list(block, bookmarks, block.ordered ? ++orderedLists : undefined);
      case 'table':
        return table(block, bookmarks);
    }
  });
}

function heading(block: HeadingBlock, bookmarks: Bookmarks): Paragraph {
  const runs = inlineChildren(block.runs, bookmarks);
  const children = block.id === undefined ? runs : [new Bookmark({ id: bookmarks.forHeading(block.id), children: runs })];
  return new Paragraph({ heading: HEADING[block.level], children });
}

function list(block: ListBlock, bookmarks: Bookmarks, instance: number | undefined): Paragraph[] {
  const numbering =
    instance === undefined ? { reference: BULLET_LIST, level: 0 } : { reference: ORDERED_LIST, level: 0, instance };
  const last = block.items.length - 1;
  // List paragraphs ignore spacing between each other (contextualSpacing); the last one gets
  // a body paragraph's space after, so the text below does not stick to the list.
  return block.items.map(
    (item, i) =>
      new Paragraph({
        numbering,
        children: inlineChildren(item, bookmarks),
        ...(i === last ? { spacing: { after: twips(spacing.paragraphAfter) } } : {}),
      }),
  );
}

const line: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: eighthPoints(borders.table.width),
  color: borders.table.color,
};
const headRule: IBorderOptions = {
  style: BorderStyle.SINGLE,
  size: eighthPoints(borders.headRule.width),
  color: borders.headRule.color,
};

function table(block: TableBlock, bookmarks: Bookmarks): FileChild[] {
  // Word cannot open a table without rows.
  if (block.head.length === 0 && block.body.length === 0) return [];
  const lastHead = block.head.length - 1;
  const rows = [
    // tableHeader repeats the head on every page the table runs onto.
    ...block.head.map(
      (cells, i) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: cells.map((c) => cell(c, bookmarks, 'head', i === lastHead)),
        }),
    ),
    ...block.body.map(
      (cells) => new TableRow({ cantSplit: true, children: cells.map((c) => cell(c, bookmarks, 'body', false)) }),
    ),
  ];
  const out: FileChild[] = [];
  // Word's built-in Caption style; above the table and kept with it (keepNext in the style).
  if (block.caption !== undefined) out.push(new Paragraph({ style: 'Caption', text: block.caption }));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      margins: {
        top: twips(spacing.cellPaddingVertical),
        bottom: twips(spacing.cellPaddingVertical),
        left: twips(spacing.cellPaddingHorizontal),
        right: twips(spacing.cellPaddingHorizontal),
      },
      rows,
    }),
  );
  return out;
}

function cell(c: ModelCell, bookmarks: Bookmarks, part: 'head' | 'body', ruleBelow: boolean): TableCell {
  const isHead = part === 'head';
  const base = isHead ? { bold: true, color: colors.tableHeaderText } : c.header ? { bold: true } : {};
  return new TableCell({
    children: [
      new Paragraph({
        style: STYLE_IDS.tableText,
        alignment: ALIGN[c.align],
        children: inlineChildren(c.runs, bookmarks, base),
      }),
    ],
    ...(isHead ? { shading: { type: ShadingType.CLEAR, fill: colors.tableHeaderFill, color: 'auto' } } : {}),
    ...(ruleBelow ? { borders: { bottom: headRule } } : {}),
  });
}
