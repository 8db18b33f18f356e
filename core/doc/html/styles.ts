/** The CSS of the HTML edition, from the house style. Rules are scoped to `.report`. */
import { borders, colors, fonts, page, sizes, spacing } from '../house-style.js';

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
.report .table-wrap { margin: 0 0 ${spacing.paragraphAfter * 2}pt; }
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
.report figure.chart { margin: ${spacing.captionBefore}pt 0 ${spacing.paragraphAfter * 2}pt; }
.report figure.chart figcaption { font-weight: 700; font-size: ${sizes.caption}pt; color: ${c(colors.muted)}; margin-bottom: ${spacing.captionAfter}pt; }
.report .chart-image svg { display: block; max-width: 100%; height: auto; }
/* A figure's source: a CSS-only tooltip on hover and on keyboard focus (no script in the file). */
.report .figure[data-source] { position: relative; border-bottom: 1px dotted ${c(colors.accent)}; cursor: help; }
.report .figure[data-source]:focus { outline: 2px solid ${c(colors.link)}; outline-offset: 1px; }
.report .figure[data-source]:hover::after, .report .figure[data-source]:focus::after {
  content: attr(data-source); position: absolute; left: 0; top: 100%; z-index: 10; margin-top: 4px;
  width: max-content; max-width: min(26rem, 80vw); white-space: pre-line; text-align: left;
  background: ${c(colors.tooltipFill)}; color: ${c(colors.tooltipText)}; border-radius: 3px; padding: 5pt 7pt;
  font-size: ${sizes.note}pt; font-weight: 400; font-style: normal; line-height: 1.35;
  letter-spacing: normal; text-transform: none; font-variant-numeric: normal; }
.report .num .figure[data-source]:hover::after, .report .num .figure[data-source]:focus::after { left: auto; right: 0; }
.report sup.fn-ref { line-height: 0; font-size: 0.75em; }
.report sup.fn-ref a { text-decoration: none; padding: 0 1px; }
.report .footnotes { margin-top: 2.5rem; border-top: ${borders.table.width}pt solid ${c(borders.table.color)}; font-size: ${sizes.note}pt; }
.report .footnotes h2 { font-size: ${sizes.h3}pt; }
.report .footnotes .fn-back { padding: 0 2px; }
@media (max-width: 36rem) {
  .report { padding: 1rem 0.75rem 2rem; font-size: ${sizes.body - 0.5}pt; }
  .report .table-wrap { overflow-x: auto; }
}
@media print {
  @page { size: A4; margin: ${page.marginTopCm}cm ${page.marginRightCm}cm ${page.marginBottomCm}cm ${page.marginLeftCm}cm; }
  body { background: none; }
  .report { max-width: none; padding: 0; font-size: ${sizes.body}pt; }
  .report a { color: inherit; text-decoration: none; }
  .report a[href^="http"]::after { content: " (" attr(href) ")"; font-size: ${sizes.note}pt; }
  .report .table-wrap { overflow: visible; }
  .report thead { display: table-header-group; }
  .report tr, .report li, .report figure.chart .chart-image { break-inside: avoid; }
  .report figure.chart figcaption, .report caption { break-after: avoid; }
  .report .page-break { break-before: page; }
  .report p { orphans: 3; widows: 3; }
  .report .figure[data-source] { border-bottom: none; outline: none; }
  .report .figure[data-source]::after { content: none !important; }
  .report tbody tr:nth-child(even) { background: none; }
}
`;
}
