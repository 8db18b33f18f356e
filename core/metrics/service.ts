/**
 * Customer-service metrics for the reporting year and the year before, aggregated from whatever
 * periods the file holds. When a year is given at several granularities, the coarsest wins
 * (a yearly figure is the company's own statement; quarters or months are only summed when there
 * is no yearly one), so a file never counts a period twice.
 */
import type { Lang } from '../doc/model.js';
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { Period } from '../csv/values.js';
import type { ServiceRecord } from '../inputs/service-metrics.js';
import type { MetricEntry, MetricFigure, ServiceSection } from '../report/context.js';

const GRANULARITY: readonly Period['kind'][] = ['year', 'quarter', 'month'];

type Aggregation = 'sum' | 'mean' | 'last';

/** One year's value from the rows of one metric and category. */
function yearValue(rows: readonly ServiceRecord[], year: number, aggregation: Aggregation): number | null {
  const inYear = rows.filter((r) => r.period.year === year);
  for (const kind of GRANULARITY) {
    const chosen = inYear.filter((r) => r.period.kind === kind);
    if (chosen.length === 0) continue;
    if (aggregation === 'last') {
      return chosen.reduce((a, b) => (b.period.index >= a.period.index ? b : a)).value;
    }
    const sum = chosen.reduce((n, r) => n + r.value, 0);
    return aggregation === 'sum' ? sum : sum / chosen.length;
  }
  return null;
}

export const relativeChange = (value: number | null, prev: number | null): number | null =>
  value === null || prev === null || prev === 0 ? null : (value - prev) / prev;

function figure(key: string, label: string, value: number | null, prev: number | null): MetricFigure {
  return { key, label, value, prev, change: relativeChange(value, prev) };
}

export function serviceMetrics(
  records: readonly ServiceRecord[],
  catalogue: MetricCatalogue,
  year: number,
  lang: Lang,
): ServiceSection {
  const byMetric = new Map<string, ServiceRecord[]>();
  for (const r of records) {
    if (r.period.year !== year && r.period.year !== year - 1) continue;
    const list = byMetric.get(r.metric) ?? [];
    list.push(r);
    byMetric.set(r.metric, list);
  }
  const m: Record<string, MetricEntry> = {};
  const own: MetricEntry[] = [];
  const defs = new Map(catalogue.metrics.map((d) => [d.key, d]));
  // Catalogue metrics first in catalogue order, then own indicators in file order.
  const keys = [...catalogue.metrics.map((d) => d.key).filter((k) => byMetric.has(k)), ...[...byMetric.keys()].filter((k) => !defs.has(k))];

  for (const key of keys) {
    const rows = byMetric.get(key)!;
    const def = defs.get(key);
    const aggregation: Aggregation = def?.aggregation ?? 'sum';
    const categoryKeys = [
      ...(def?.categories ?? []).map((c) => c.key).filter((k) => rows.some((r) => r.category === k)),
      ...[...new Set(rows.map((r) => r.category))].filter(
        (k): k is string => k !== null && !(def?.categories ?? []).some((c) => c.key === k),
      ),
    ];
    const categories = categoryKeys.map((ck) => {
      const catRows = rows.filter((r) => r.category === ck);
      const label = def?.categories?.find((c) => c.key === ck)?.label[lang] ?? ck;
      return figure(ck, label, yearValue(catRows, year, aggregation), yearValue(catRows, year - 1, aggregation));
    });
    const plain = rows.filter((r) => r.category === null);
    const total = (pick: 'value' | 'prev'): number | null => {
      if (plain.length > 0) return yearValue(plain, pick === 'value' ? year : year - 1, aggregation);
      if (aggregation !== 'sum') return null;
      const values = categories.map((c) => c[pick]).filter((v): v is number => v !== null);
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
    };
    const unit = def?.unit ?? rows.find((r) => r.unit !== null)?.unit ?? 'count';
    const entry: MetricEntry = {
      ...figure(key, def?.label[lang] ?? rows[0]!.metricText, total('value'), total('prev')),
      unit,
      unitLabel: catalogue.units[unit]?.[lang] ?? unit,
      own: def === undefined,
      categories,
    };
    m[key] = entry;
    if (entry.own) own.push(entry);
  }
  return { available: true, m, own };
}
