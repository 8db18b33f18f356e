/**
 * Writes the document model as one standalone HTML5 file (and as a body fragment for the live
 * preview). No external resources: the file must open offline and be safe to mail around.
 */
import { borders, colors, fonts, page, sizes, spacing } from './house-style.js';
import type { Block, DocumentModel, Inline, TableBlock, TableCell, TextRun } from './model.js';

export function writeHtml(doc: DocumentModel): string {
  const { meta } = doc;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(meta.title)}</title>`,
    metaTag('description', meta.description ?? meta.subject),
    metaTag('keywords', meta.keywords.join(', ')),
    metaTag('author', meta.author),
    `<style>\n${htmlStyleSheet()}</style>`,
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(meta.lang)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<main class="report">',
    writeHtmlFragment(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The blocks only, for a live preview that supplies its own page (style it with `htmlStyleSheet`). */
export function writeHtmlFragment(doc: DocumentModel): string {
  return doc.blocks.map(block).join('\n');
}

/** The CSS of the standalone file, from the house style. Rules are scoped to `.report`. */
export function htmlStyleSheet(): string {
  const c = (hex: string): string => `#${hex}`;
  return `:root { color-scheme: light; }
body { margin: 0; background: #fff; color: ${c(colors.text)}; }
.report { max-width: ${page.htmlMaxWidth}; margin: 0 auto; padding: 2rem 1.25rem 4rem;
  font-family: ${fonts.bodyHtmlStack}; font-size: ${sizes.body}pt; line-height: ${spacing.lineHeight}; }
.report h1, .report h2, .report h3 { line-height: 1.2; break-after: avoid; }
.report h1 { font-size: ${sizes.h1}pt; color: ${c(colors.heading1)}; margin: ${spacing.headingBefore[1]}pt 0 ${spacing.headingAfter[1]}pt; }
.report h2 { font-size: ${sizes.h2}pt; color: ${c(colors.heading2)}; margin: ${spacing.headingBefore[2]}pt 0 ${spacing.headingAfter[2]}pt; }
.report h3 { font-size: ${sizes.h3}pt; color: ${c(colors.heading3)}; margin: ${spacing.headingBefore[3]}pt 0 ${spacing.headingAfter[3]}pt; }
.report p { margin: 0 0 ${spacing.paragraphAfter}pt; }
.report p.lead { font-size: ${sizes.lead}pt; border-left: 3pt solid ${c(colors.accent)}; padding-left: 9pt; }
.report p.note { font-size: ${sizes.note}pt; color: ${c(colors.muted)}; }
.report p.gri { font-size: ${sizes.gri}pt; color: ${c(colors.accent)}; font-weight: 600;
  letter-spacing: 0.04em; text-transform: uppercase; }
.report ul, .report ol { margin: 0 0 ${spacing.paragraphAfter}pt; padding-left: ${spacing.listIndent}pt; }
.report li { margin-bottom: ${spacing.listItemAfter}pt; }
.report a { color: ${c(colors.link)}; }
.report .table-wrap { overflow-x: auto; margin: 0 0 ${spacing.paragraphAfter * 2}pt; }
.report table { width: 100%; border-collapse: collapse; font-size: ${sizes.table}pt;
  border: ${borders.table.width}pt solid ${c(borders.table.color)}; }
.report caption { caption-side: top; text-align: left; font-weight: 700; font-size: ${sizes.caption}pt;
  color: ${c(colors.muted)}; padding: ${spacing.captionBefore}pt 0 ${spacing.captionAfter}pt; }
.report th, .report td { border: ${borders.table.width}pt solid ${c(borders.table.color)};
  padding: ${spacing.cellPaddingVertical}pt ${spacing.cellPaddingHorizontal}pt; text-align: left; vertical-align: top; }
.report thead th { background: ${c(colors.tableHeaderFill)}; color: ${c(colors.tableHeaderText)};
  border-bottom: ${borders.headRule.width}pt solid ${c(borders.headRule.color)}; }
.report tbody tr:nth-child(even) { background: ${c(colors.tableStripe)}; }
.report tbody th { font-weight: 700; }
.report .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report .center { text-align: center; }
.report .figure { font-variant-numeric: tabular-nums; }
@media (max-width: 36rem) {
  .report { padding: 1rem 0.75rem 2rem; font-size: ${sizes.body - 0.5}pt; }
}
@media print {
  @page { size: A4; margin: ${page.marginTopCm}cm ${page.marginRightCm}cm ${page.marginBottomCm}cm ${page.marginLeftCm}cm; }
  body { background: none; }
  .report { max-width: none; padding: 0; }
  .report a { color: inherit; text-decoration: none; }
  .report .table-wrap { overflow: visible; }
  .report thead { display: table-header-group; }
  .report tr, .report li { break-inside: avoid; }
  .report p { orphans: 3; widows: 3; }
}
`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id === undefined ? '' : ` id="${escapeAttr(b.id)}"`;
      return `<h${b.level}${id}>${inlines(b.runs)}</h${b.level}>`;
    }
    case 'paragraph': {
      const cls = b.style === 'body' ? '' : ` class="${b.style}"`;
      return `<p${cls}>${inlines(b.runs)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map((item) => `  <li>${inlines(item)}</li>`);
      return [`<${tag}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'table':
      return table(b);
  }
}

function table(t: TableBlock): string {
  const lines = ['<div class="table-wrap">', '<table>'];
  if (t.caption !== undefined) lines.push(`<caption>${escapeText(t.caption)}</caption>`);
  if (t.head.length > 0) {
    lines.push('<thead>', ...t.head.map((row) => `<tr>${row.map((c) => cell(c, 'th', 'col')).join('')}</tr>`), '</thead>');
  }
  if (t.body.length > 0) {
    const rows = t.body.map(
      (row) => `<tr>${row.map((c) => (c.header ? cell(c, 'th', 'row') : cell(c, 'td'))).join('')}</tr>`,
    );
    lines.push('<tbody>', ...rows, '</tbody>');
  }
  lines.push('</table>', '</div>');
  return lines.join('\n');
}

function cell(c: TableCell, tag: 'th' | 'td', scope?: 'col' | 'row'): string {
  const attrs = [scope ? ` scope="${scope}"` : '', c.align === 'right' ? ' class="num"' : c.align === 'center' ? ' class="center"' : ''];
  return `<${tag}${attrs.join('')}>${inlines(c.runs)}</${tag}>`;
}

function inlines(runs: readonly Inline[]): string {
  return runs.map(inline).join('');
}

function inline(run: Inline): string {
  switch (run.kind) {
    case 'text':
      return textRun(run);
    case 'break':
      return '<br>';
    case 'link':
      return `<a href="${escapeAttr(run.href)}">${run.runs.map(textRun).join('')}</a>`;
  }
}

function textRun(run: TextRun): string {
  let html = escapeText(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.figure !== undefined) html = `<span class="figure" data-figure="${escapeAttr(run.figure)}">${html}</span>`;
  return html;
}

function metaTag(name: string, content: string): string {
  return `<meta name="${name}" content="${escapeAttr(content)}">`;
}

/** Escapes markup characters only: U+00A0 and U+202F stay literal characters, never `&nbsp;`. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
