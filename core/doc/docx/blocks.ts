/** Blocks → Word paragraphs, lists and chart drawings (tables: tables.ts). */
import { AlignmentType, Bookmark, type FileChild, HeadingLevel, ImageRun, Paragraph, TextRun } from 'docx';
import type { Block, ChartBlock, HeadingBlock, ListBlock } from '../model.js';
import type { DocxContext } from './context.js';
import { inlineChildren } from './inline.js';
import { BULLET_LIST, ORDERED_LIST } from './numbering.js';
import { paragraphStyleId } from './styles.js';
import { table } from './tables.js';
import { twips } from './units.js';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function blockChildren(blocks: readonly Block[], ctx: DocxContext): FileChild[] {
  return blocks.flatMap((block, i): FileChild[] => {
    // Word has no space after a table; the text that follows one takes it as space before.
    const previous = blocks[i - 1]?.kind;
    const afterTable = previous === 'table' || previous === 'chart' ? { spacing: { before: twips(ctx.style.spacing.paragraphAfter * 2) } } : {};
    switch (block.kind) {
      case 'heading':
        return [heading(block, ctx)];
      case 'paragraph':
        return [new Paragraph({ style: paragraphStyleId(block.style), children: inlineChildren(block.runs, ctx), ...afterTable })];
      case 'list':
        // Every <ol> is its own Word list instance, so each one numbers from 1 again.
        return list(block, ctx, block.ordered ? ++ctx.orderedLists : undefined, afterTable);
      case 'table':
        return table(block, ctx);
      case 'chart':
        return chart(block, ctx);
    }
  });
}

function heading(block: HeadingBlock, ctx: DocxContext): Paragraph {
  const runs = inlineChildren(block.runs, ctx);
  const children = block.id === undefined ? runs : [new Bookmark({ id: ctx.bookmarks.forHeading(block.id), children: runs })];
  return new Paragraph({ heading: HEADING[block.level], children, ...(block.pageBreak ? { pageBreakBefore: true } : {}) });
}

function list(block: ListBlock, ctx: DocxContext, instance: number | undefined, first: { spacing?: { before: number } }): Paragraph[] {
  const numbering =
    instance === undefined ? { reference: BULLET_LIST, level: 0 } : { reference: ORDERED_LIST, level: 0, instance };
  const last = block.items.length - 1;
  // List paragraphs ignore spacing between each other (contextualSpacing); the last one gets
  // a body paragraph's space after, so the text below does not stick to the list.
  return block.items.map(
    (item, i) =>
      new Paragraph({
        numbering,
        children: inlineChildren(item, ctx),
        ...(i === 0 || i === last
          ? { spacing: { ...(i === 0 ? first.spacing : {}), ...(i === last ? { after: twips(ctx.style.spacing.paragraphAfter) } : {}) } }
          : {}),
      }),
  );
}

/**
 * A chart: its title in the Caption style, the drawing (SVG with the PNG fallback that LibreOffice
 * and Word before 2016 show, alt text in `descr`), then the table of its numbers.
 */
function chart(block: ChartBlock, ctx: DocxContext): FileChild[] {
  const drawing = ctx.charts.get(block.id);
  if (drawing === undefined) throw new Error(`chart ${block.id} was not drawn for this edition`);
  // Placed at the text width: twips → CSS pixels (96 per inch).
  const width = Math.round((ctx.textWidth / 1440) * 96);
  const height = Math.round((width * drawing.height) / drawing.width);
  const image = new ImageRun({
    type: 'svg',
    data: new TextEncoder().encode(drawing.svg),
    fallback: { type: 'png', data: drawing.png },
    transformation: { width, height },
    altText: { name: block.id, title: block.title, description: block.alt },
  });
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(block.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [image] }),
    ...table(block.table, ctx),
  ];
}
