/** A chart figure's numbers, read from its table: columns with `data-value` cells are the series. */
import { renderBarChart } from '../charts/bar-chart.js';
import { describeChart } from '../charts/describe.js';
import { formatNumber } from '../../render/format.js';
import { houseStyle } from '../house-style.js';
import { type ChartBlock, type ChartData, type TableBlock, inlineText } from '../model.js';
import { type Lang } from '../../common/lang.js';

/**
 * Series = columns (after the first) where some body cell has a `data-value`; categories = body
 * rows with a value in one of them. Rows without values (totals) and columns without them
 * (changes, shares) stay in the table but not in the chart. Null when there is nothing to draw.
 */
export function chartData(table: TableBlock, max: number | undefined): ChartData | null {
  const header = table.head[table.head.length - 1] ?? [];
  const width = table.body[0]?.length ?? 0;
  const columns: number[] = [];
  for (let c = 1; c < width; c++) {
    if (table.body.some((row) => row[c]?.value !== undefined)) columns.push(c);
  }
  if (columns.length === 0) return null;
  const series = columns.map((c) => (header[c] ? inlineText(header[c].runs) : `${c + 1}`));
  const categories = table.body
    .filter((row) => columns.some((c) => row[c]?.value !== undefined))
    .map((row) => {
      const first = row[0];
      const label = first?.chartLabel ?? (first ? inlineText(first.runs) : '');
      return {
        label,
        values: columns.map((c) => row[c]?.value ?? null),
        labels: columns.map((c) => (row[c] ? inlineText(row[c].runs) : '')),
      };
    });
  return max === undefined ? { series, categories } : { series, categories, max };
}

/** The chart block with its SVG drawn in the standard house style. */
export function chartBlock(input: { id: string; title: string; data: ChartData; table: TableBlock; lang: Lang }): ChartBlock {
  const { id, title, data, table, lang } = input;
  const alt = describeChart(title, data, lang, data.max === undefined ? undefined : formatNumber(data.max, lang));
  const { svg, width, height } = renderBarChart(data, { id, title, description: alt, style: houseStyle });
  return { kind: 'chart', id, title, data, svg, width, height, alt, table };
}
