/**
 * Customer-service metrics in long format: one value per row (period, metric, category, value,
 * unit). Metrics the catalogue does not know are kept as the company's own indicators.
 */
import { KeyMatcher, normalizeKey } from '../../csv/normalize.js';
import type { ColumnSpec } from '../../csv/table.js';
import type { Period } from '../../csv/values.js';
import type { MetricCatalogue, MetricDef } from '../../catalogue/metric-catalogue.js';
import { ServiceTally } from './tally.js';
import type { ImportResult, TableSpec } from '../../import/import-table.js';

export interface ServiceRecord {
  line: number;
  period: Period;
  /** Catalogue key, or the key as written (normalized) for an own indicator. */
  metric: string;
  /** The metric's name as written in the file. */
  metricText: string;
  own: boolean;
  /** Catalogue category key, the category as written when unknown, or null when empty. */
  category: string | null;
  value: number;
  unit: string | null;
}

type Col = 'period' | 'metric' | 'category' | 'value' | 'unit';

export const SERVICE_COLUMNS: readonly ColumnSpec<Col>[] = [
  { key: 'period', aliases: ['okres'], required: true },
  { key: 'metric', aliases: ['wskaźnik', 'miara'], required: true },
  { key: 'category', aliases: ['kanał', 'channel', 'kategoria'], required: false },
  { key: 'value', aliases: ['wartość'], required: true },
  { key: 'unit', aliases: ['jednostka'], required: false },
];

// Units are symbols ("%", "GB"), so they are compared without dropping punctuation.
const unitKey = (s: string): string => s.trim().toLowerCase().replace(/[\s.]/g, '');

function unitSpellings(catalogue: MetricCatalogue, unit: string): Set<string> {
  const labels = catalogue.units[unit];
  return new Set([unit, labels?.pl ?? '', labels?.en ?? ''].filter((s) => s !== '').map(unitKey));
}

export type ServiceImport = ImportResult<ServiceRecord, ServiceTally>;

/**
 * The service metrics schema for one catalogue (metric and category names are matched against it).
 * Make one per import: it remembers which warnings it has given.
 */
export function serviceSpec(catalogue: MetricCatalogue): TableSpec<Col, ServiceRecord, ServiceTally> {
  const byKey = new Map(catalogue.metrics.map((m) => [m.key, m]));
  const metrics = new KeyMatcher(catalogue.metrics.map((m) => ({ value: m.key, spellings: m.aliases ?? [] })));
  const categoryMatchers = new Map(
    catalogue.metrics.map((m) => [
      m.key,
      new KeyMatcher((m.categories ?? []).map((c) => ({ value: c.key, spellings: [c.label.pl, c.label.en, ...(c.aliases ?? [])] }))),
    ]),
  );
  // Warn once per unknown metric / category / unit, at its first line: a register repeats them.
  const warned = new Set<string>();
  const once = (key: string): boolean => !warned.has(key) && warned.add(key) !== undefined;
  const unitSets = new Map<string, Set<string>>();
  const unitsOf = (unit: string): Set<string> => {
    let set = unitSets.get(unit);
    if (set === undefined) unitSets.set(unit, (set = unitSpellings(catalogue, unit)));
    return set;
  };

  return {
    kind: 'service',
    columns: SERVICE_COLUMNS,
    tally: () => new ServiceTally(),
    toRecord(c) {
      const period = c.period('period');
      const metricText = c.text('metric');
      const categoryText = c.text('category');
      const value = c.number('value');
      const unit = c.text('unit');
      if (period === null || metricText === null || value === null) return null;

      const known = metrics.match(c.mapText('metric', metricText));
      const def: MetricDef | undefined = known === undefined ? undefined : byKey.get(known);
      const metric = known ?? normalizeKey(metricText);
      if (def === undefined && once(`m:${metric}`)) {
        c.report('metric', 'metric.unknown', 'warning', { metric: metricText }, metricText);
      }
      let category: string | null = null;
      if (categoryText !== null) {
        const matched = categoryMatchers.get(metric)?.match(c.mapText('category', categoryText));
        category = matched ?? categoryText;
        if (matched === undefined && def?.categories?.length && once(`c:${metric}:${normalizeKey(categoryText)}`)) {
          c.report('category', 'category.unknown', 'warning', { metric: metricText, category: categoryText }, categoryText);
        }
      }
      if (def !== undefined && unit !== null && !unitsOf(def.unit).has(unitKey(unit)) && once(`u:${metric}`)) {
        c.report('unit', 'metric.unitMismatch', 'warning', { metric: metricText, unit, expected: catalogue.units[def.unit]?.pl || def.unit }, unit);
      }
      return { line: c.line, period, metric, metricText, own: def === undefined, category, value, unit };
    },
  };
}
