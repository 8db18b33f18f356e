/** Blocks → HTML elements. */
import type { Block, ChartBlock, TableBlock, TableCell } from '../model.js';
import { escapeAttr, escapeText } from './escape.js';
import { inlines } from './inline.js';
import type { PageNotes } from './notes.js';

export function blocksHtml(blocks: readonly Block[], notes: PageNotes): string {
  return blocks.map((b) => block(b, notes)).join('\n');
}

function block(b: Block, notes: PageNotes): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id === undefined ? '' : ` id="${escapeAttr(b.id)}"`;
      const cls = b.pageBreak ? ' class="page-break"' : '';
      return `<h${b.level}${id}${cls}>${inlines(b.runs, notes)}</h${b.level}>`;
    }
    case 'paragraph': {
      const cls = b.style === 'body' ? '' : ` class="${b.style}"`;
      return `<p${cls}>${inlines(b.runs, notes)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => `  <li>${inlines(item, notes)}</li>`);
      return [`<${tag}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'table':
      return table(b, notes);
    case 'chart':
      return chart(b, notes);
  }
}

/** The chart as inline SVG (role="img", named by its title, described by its values), then its table. */
function chart(c: ChartBlock, notes: PageNotes): string {
  return [
    `<figure class="chart" id="${escapeAttr(c.id)}">`,
    `<figcaption>${escapeText(c.title)}</figcaption>`,
    `<div class="chart-image">${c.svg}</div>`,
    table(c.table, notes),
    '</figure>',
  ].join('\n');
}

function table(t: TableBlock, notes: PageNotes): string {
  const lines = ['<div class="table-wrap">', '<table>'];
  if (t.caption !== undefined) {
    const marks = (t.captionNotes ?? []).map((n) => notes.footnoteRef(n)).join('');
    lines.push(`<caption>${escapeText(t.caption)}${marks}</caption>`);
  }
  if (t.head.length > 0) {
    lines.push('<thead>', ...t.head.map((row) => `<tr>${row.map((c) => cell(c, 'th', notes, 'col')).join('')}</tr>`), '</thead>');
  }
  if (t.body.length > 0) {
    const rows = t.body.map(
      (row) => `<tr>${row.map((c) => (c.header ? cell(c, 'th', notes, 'row') : cell(c, 'td', notes))).join('')}</tr>`,
    );
    lines.push('<tbody>', ...rows, '</tbody>');
  }
  lines.push('</table>', '</div>');
  return lines.join('\n');
}

function cell(c: TableCell, tag: 'th' | 'td', notes: PageNotes, scope?: 'col' | 'row'): string {
  const attrs = [scope ? ` scope="${scope}"` : '', c.align === 'right' ? ' class="num"' : c.align === 'center' ? ' class="center"' : ''];
  return `<${tag}${attrs.join('')}>${inlines(c.runs, notes)}</${tag}>`;
}
