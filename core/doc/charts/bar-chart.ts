/**
 * Horizontal bar charts as SVG strings (pure string building, no DOM), grouped when the table has
 * several series (e.g. last year and this year). Horizontal bars because the chapter's category
 * labels are long Polish phrases; every bar carries its value as the table prints it, so the chart
 * needs no value axis and reads the same as its data table.
 */
import { houseStyle, type HouseStyle } from '../house-style.js';
import type { ChartData } from '../model.js';
import { textWidthEm, wrapText } from '../text-width.js';
import { attrs, escapeXml } from './svg.js';

export interface ChartOptions {
  /** Prefix of the ids of the SVG's `<title>` and `<desc>` (unique in an HTML page). */
  id: string;
  title: string;
  /** Long description (alternative text) for `<desc>`. */
  description: string;
  style?: HouseStyle;
}

export interface RenderedChart {
  svg: string;
  width: number;
  height: number;
}

/** Layout constants as multiples of the font size, so a large-print chart scales as a whole. */
const LAYOUT = {
  barHeight: 1.15,
  barGap: 0.2,
  groupGap: 0.8,
  labelGap: 0.6,
  valueGap: 0.35,
  lineHeight: 1.2,
  legendSwatch: 0.8,
  legendGap: 1.4,
  /** Category labels take at most this share of the width, then wrap (three lines at most). */
  maxLabelShare: 0.42,
  maxLabelLines: 3,
} as const;

/** The colour of each series: one series gets the dark accent, two get last year light and this year dark. */
export function seriesColors(count: number, style: HouseStyle = houseStyle): string[] {
  const palette = style.colors.chartSeries;
  if (count === 1) return [palette[1] ?? palette[0] ?? '000000'];
  return Array.from({ length: count }, (_, i) => palette[i % palette.length] ?? '000000');
}

export function renderBarChart(data: ChartData, options: ChartOptions): RenderedChart {
  const style = options.style ?? houseStyle;
  const font = style.sizes.chartPx;
  const width = style.page.chartWidthPx;
  const colors = seriesColors(data.series.length, style);
  const textColor = `#${style.colors.text}`;

  // Label column: as wide as the longest label, up to its share of the width, then wrapped.
  const longest = Math.max(0, ...data.categories.map((c) => textWidthEm(c.label)));
  const labelEm = Math.min(longest, (width * LAYOUT.maxLabelShare) / font);
  const labels = data.categories.map((c) => clampLines(wrapText(c.label, labelEm), LAYOUT.maxLabelLines));
  const valueEm = Math.max(1, ...data.categories.flatMap((c) => c.labels.map((l) => textWidthEm(l))));
  const x0 = labelEm * font + LAYOUT.labelGap * font;
  const plot = Math.max(font * 4, width - x0 - (valueEm + LAYOUT.valueGap) * font - 2);
  const max = Math.max(data.max ?? 0, ...data.categories.flatMap((c) => c.values.map((v) => v ?? 0)));
  const scale = (v: number): number => (max > 0 ? (Math.max(0, v) / max) * plot : 0);

  const parts: string[] = [];
  let y = 0;
  if (data.series.length > 1) {
    y = legend(parts, data.series, colors, font, textColor);
  }
  const top = y;
  const barH = LAYOUT.barHeight * font;
  const gap = LAYOUT.barGap * font;
  data.categories.forEach((category, i) => {
    const groupH = data.series.length * barH + (data.series.length - 1) * gap;
    const lines = labels[i] ?? [];
    const labelH = lines.length * LAYOUT.lineHeight * font;
    const rowH = Math.max(groupH, labelH);
    // The label is centred on its bar group; its first baseline sits one ascent below its top.
    const labelTop = y + (rowH - labelH) / 2;
    const tspans = lines
      .map((line, n) => `<tspan${attrs({ x: x0 - LAYOUT.labelGap * font, y: labelTop + (n + 0.8) * LAYOUT.lineHeight * font })}>${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(`<text text-anchor="end"${attrs({ fill: textColor })}>${tspans}</text>`);
    const groupTop = y + (rowH - groupH) / 2;
    category.values.forEach((value, s) => {
      const barY = groupTop + s * (barH + gap);
      const w = value === null ? 0 : scale(value);
      if (w > 0) parts.push(`<rect${attrs({ x: x0, y: barY, width: w, height: barH, fill: `#${colors[s] ?? '000000'}` })}/>`);
      const label = category.labels[s] ?? '';
      parts.push(`<text${attrs({ x: x0 + w + LAYOUT.valueGap * font, y: barY + barH * 0.78, fill: textColor })}>${escapeXml(label)}</text>`);
    });
    y += rowH + LAYOUT.groupGap * font;
  });
  const bottom = y - LAYOUT.groupGap * font + font * 0.4;
  parts.push(`<line${attrs({ x1: x0, y1: top - font * 0.3, x2: x0, y2: bottom, stroke: `#${style.colors.chartAxis}`, 'stroke-width': 1 })}/>`);
  const height = Math.ceil(bottom + font * 0.4);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width, height, viewBox: `0 0 ${width} ${height}` })} role="img"${attrs({ 'aria-labelledby': `${options.id}-title`, 'aria-describedby': `${options.id}-desc` })}${attrs({ 'font-family': style.fonts.bodyHtmlStack, 'font-size': font })}>`,
    `<title${attrs({ id: `${options.id}-title` })}>${escapeXml(options.title)}</title>`,
    `<desc${attrs({ id: `${options.id}-desc` })}>${escapeXml(options.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width, height };
}

/** The legend row (one swatch and name per series); returns the y where the bars start. */
function legend(parts: string[], series: readonly string[], colors: readonly string[], font: number, textColor: string): number {
  const swatch = LAYOUT.legendSwatch * font;
  let x = 0;
  series.forEach((name, s) => {
    parts.push(`<rect${attrs({ x, y: font * 0.25, width: swatch, height: swatch, fill: `#${colors[s] ?? '000000'}` })}/>`);
    parts.push(`<text${attrs({ x: x + swatch + font * 0.35, y: font, fill: textColor })}>${escapeXml(name)}</text>`);
    x += swatch + font * 0.35 + textWidthEm(name) * font + LAYOUT.legendGap * font;
  });
  return font * 2;
}

function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1] ?? ''}…`;
  return kept;
}
