/**
 * Customer-service metrics for the reporting year and the year before, aggregated from whatever
 * periods the file holds. When a year is given at several granularities, the coarsest wins
 * (a yearly figure is the company's own statement; quarters or months are only summed when there
 * is no yearly one), so a file never counts a period twice.
 *
 * An import folds each row into a `ServiceTally`: per metric, category, year and granularity, the
 * sum, count and latest value, plus the lines behind them and the first line per year, which fixes
 * the order of the company's own metrics and categories as the file gives them.
 */
import type { Lang } from '../../common/lang.js';
import type { MetricCatalogue, MetricDef } from '../../catalogue/metric-catalogue.js';
import type { Period } from '../../csv/values.js';
import type { ServiceRecord } from './schema.js';
import type { MetricEntry, MetricFigure, ServiceSection } from './section.js';
import { detach } from '../../text/detach.js';
import { LineList } from '../../common/line-list.js';
import type { Tally } from '../../common/tally.js';

const GRANULARITY: readonly Period['kind'][] = ['year', 'quarter', 'month'];

type Aggregation = 'sum' | 'mean' | 'last';

/** The rows of one metric, category, year and granularity. */
class PeriodTally {
  sum = 0;
  n = 0;
  /** The latest period (later rows win ties) and its row. */
  lastIndex = -1;
  lastValue = 0;
  lastLine = 0;
  readonly lines = new LineList();

  add(r: ServiceRecord): void {
    this.sum += r.value;
    this.n++;
    this.lines.push(r.line);
    if (r.period.index >= this.lastIndex) {
      this.lastIndex = r.period.index;
      this.lastValue = r.value;
      this.lastLine = r.line;
    }
  }
}

/** One metric and category: its first line per year and its period tallies per year. */
class SeriesTally {
  readonly firstLine = new Map<number, number>();
  readonly years = new Map<number, Partial<Record<Period['kind'], PeriodTally>>>();

  add(r: ServiceRecord): void {
    const year = r.period.year;
    if (!this.firstLine.has(year)) this.firstLine.set(year, r.line);
    let kinds = this.years.get(year);
    if (kinds === undefined) this.years.set(year, (kinds = {}));
    (kinds[r.period.kind] ??= new PeriodTally()).add(r);
  }

  /** First line among rows of the given years, or Infinity when it has none. */
  first(years: readonly number[]): number {
    return Math.min(...years.map((y) => this.firstLine.get(y) ?? Infinity));
  }
}

/** The first row of a year: its line and what it said (a label and unit come from it). */
interface FirstSeen {
  line: number;
  text: string;
}

class MetricTally {
  readonly series = new Map<string | null, SeriesTally>();
  readonly firstRow = new Map<number, FirstSeen>();
  readonly firstUnit = new Map<number, FirstSeen>();

  add(r: ServiceRecord): void {
    const year = r.period.year;
    if (!this.firstRow.has(year)) this.firstRow.set(year, { line: r.line, text: detach(r.metricText) });
    if (r.unit !== null && !this.firstUnit.has(year)) this.firstUnit.set(year, { line: r.line, text: detach(r.unit) });
    let s = this.series.get(r.category);
    if (s === undefined) this.series.set(r.category === null ? null : detach(r.category), (s = new SeriesTally()));
    s.add(r);
  }

  /** The earliest of the per-year entries of `map` among `years`. */
  static earliest(map: Map<number, FirstSeen>, years: readonly number[]): FirstSeen | undefined {
    let best: FirstSeen | undefined;
    for (const y of years) {
      const seen = map.get(y);
      if (seen !== undefined && (best === undefined || seen.line < best.line)) best = seen;
    }
    return best;
  }
}

/** A year's value and where it came from. */
interface YearValue {
  value: number | null;
  /** The period tally chosen (null when there is no value) and its granularity. */
  from: { tally: PeriodTally; kind: Period['kind'] } | null;
}

const NO_VALUE: YearValue = { value: null, from: null };

function yearValue(series: SeriesTally | undefined, year: number, aggregation: Aggregation): YearValue {
  const kinds = series?.years.get(year);
  if (kinds === undefined) return NO_VALUE;
  for (const kind of GRANULARITY) {
    const t = kinds[kind];
    if (t === undefined) continue;
    const value = aggregation === 'last' ? t.lastValue : aggregation === 'sum' ? t.sum : t.sum / t.n;
    return { value, from: { tally: t, kind } };
  }
  return NO_VALUE;
}

export const relativeChange = (value: number | null, prev: number | null): number | null =>
  value === null || prev === null || prev === 0 ? null : (value - prev) / prev;

function figure(key: string, label: string, value: number | null, prev: number | null): MetricFigure {
  return { key, label, value, prev, change: relativeChange(value, prev) };
}

/** Where one service figure came from: the rows and the rule, in words. */
export interface ServiceSource {
  lines: number[];
  rule: string;
  /** The metric (and category) and year, in the report's language. */
  label: string;
}

/** A planned figure: its value for the year and the year before, and how each was reached. */
interface Planned {
  value: YearValue;
  prev: YearValue;
}

interface PlannedMetric {
  key: string;
  def: MetricDef | undefined;
  aggregation: Aggregation;
  label: string;
  unit: string;
  categories: { key: string; label: string; planned: Planned }[];
  /** The total from rows without a category, or from the categories' sum, or nothing. */
  total: { plain: Planned } | { summed: true; value: number | null; prev: number | null };
}

export class ServiceTally implements Tally<ServiceRecord> {
  private readonly metrics = new Map<string, MetricTally>();

  add(r: ServiceRecord): void {
    let m = this.metrics.get(r.metric);
    if (m === undefined) this.metrics.set(detach(r.metric), (m = new MetricTally()));
    m.add(r);
  }

  /** Decides, for the reporting year and the year before, every value the section shows. */
  private plan(catalogue: MetricCatalogue, year: number, lang: Lang): PlannedMetric[] {
    const years = [year, year - 1];
    const inYears = (m: MetricTally): boolean => years.some((y) => m.firstRow.has(y));
    const defs = new Map(catalogue.metrics.map((d) => [d.key, d]));
    const firstLine = (m: MetricTally): number => MetricTally.earliest(m.firstRow, years)!.line;
    // Catalogue metrics first in catalogue order, then own indicators in file order.
    const own = [...this.metrics].filter(([k, m]) => !defs.has(k) && inYears(m)).sort(([, p], [, q]) => firstLine(p) - firstLine(q));
    const keys = [...catalogue.metrics.map((d) => d.key).filter((k) => this.metrics.has(k) && inYears(this.metrics.get(k)!)), ...own.map(([k]) => k)];

    return keys.map((key) => {
      const m = this.metrics.get(key)!;
      const def = defs.get(key);
      const aggregation: Aggregation = def?.aggregation ?? 'sum';
      const present = (s: SeriesTally | undefined): s is SeriesTally => s !== undefined && s.first(years) !== Infinity;
      const known = (def?.categories ?? []).map((c) => c.key).filter((k) => present(m.series.get(k)));
      const others = [...m.series]
        .filter((entry): entry is [string, SeriesTally] => entry[0] !== null && present(entry[1]))
        .filter(([k]) => !(def?.categories ?? []).some((c) => c.key === k))
        .sort(([, p], [, q]) => p.first(years) - q.first(years))
        .map(([k]) => k);
      const categories = [...known, ...others].map((ck) => {
        const s = m.series.get(ck);
        return {
          key: ck,
          label: def?.categories?.find((c) => c.key === ck)?.label[lang] ?? ck,
          planned: { value: yearValue(s, year, aggregation), prev: yearValue(s, year - 1, aggregation) },
        };
      });
      const plain = m.series.get(null);
      const sum = (pick: 'value' | 'prev'): number | null => {
        if (aggregation !== 'sum') return null;
        const values = categories.map((c) => c.planned[pick].value).filter((v): v is number => v !== null);
        return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
      };
      return {
        key,
        def,
        aggregation,
        label: def?.label[lang] ?? MetricTally.earliest(m.firstRow, years)!.text,
        unit: def?.unit ?? MetricTally.earliest(m.firstUnit, years)?.text ?? 'count',
        categories,
        total: present(plain)
          ? { plain: { value: yearValue(plain, year, aggregation), prev: yearValue(plain, year - 1, aggregation) } }
          : { summed: true as const, value: sum('value'), prev: sum('prev') },
      };
    });
  }

  section(catalogue: MetricCatalogue, year: number, lang: Lang): ServiceSection {
    const m: Record<string, MetricEntry> = {};
    const own: MetricEntry[] = [];
    for (const p of this.plan(catalogue, year, lang)) {
      const [value, prev] = 'plain' in p.total ? [p.total.plain.value.value, p.total.plain.prev.value] : [p.total.value, p.total.prev];
      const entry: MetricEntry = {
        ...figure(p.key, p.label, value, prev),
        unit: p.unit,
        unitLabel: catalogue.units[p.unit]?.[lang] ?? p.unit,
        own: p.def === undefined,
        categories: p.categories.map((c) => figure(c.key, c.label, c.planned.value.value, c.planned.prev.value)),
      };
      m[p.key] = entry;
      if (entry.own) own.push(entry);
    }
    return { available: true, m, own };
  }

  /**
   * The source of every figure with a value, keyed by its path under `service.m` as templates
   * name it: `<metric>.value`, `<metric>.prev`, `<metric>.<category>.value`, `<metric>.<category>.prev`.
   */
  sources(catalogue: MetricCatalogue, year: number, lang: Lang = 'en'): Map<string, ServiceSource> {
    const out = new Map<string, ServiceSource>();
    for (const p of this.plan(catalogue, year, lang)) {
      for (const [pick, y] of [['value', year], ['prev', year - 1]] as const) {
        for (const c of p.categories) {
          const v = c.planned[pick];
          if (v.from !== null) out.set(`${p.key}.${c.key}.${pick}`, { ...source(v, `metric = ${p.key}, category = ${c.key}`, y, p.aggregation), label: `${p.label}: ${c.label} – ${y}` });
        }
        if ('plain' in p.total) {
          const v = p.total.plain[pick];
          if (v.from !== null) out.set(`${p.key}.${pick}`, { ...source(v, `metric = ${p.key}, no category`, y, p.aggregation), label: `${p.label} – ${y}` });
        } else if (p.total[pick] !== null) {
          const parts = p.categories.filter((c) => c.planned[pick].from !== null);
          out.set(`${p.key}.${pick}`, {
            lines: LineList.union(parts.map((c) => c.planned[pick].from?.tally.lines)),
            rule: `metric = ${p.key}, sum over categories ${parts.map((c) => c.key).join(', ')} of ${y}`,
            label: `${p.label} – ${y}`,
          });
        }
      }
    }
    return out;
  }
}

const periodWords = (kind: Period['kind'], year: number): string =>
  kind === 'year' ? `period = ${year}` : `${kind === 'quarter' ? 'quarters' : 'months'} of ${year}`;

function source(v: YearValue, what: string, year: number, aggregation: Aggregation): Omit<ServiceSource, 'label'> {
  const { tally, kind } = v.from!;
  if (aggregation === 'last') return { lines: [tally.lastLine], rule: `${what}, latest of ${periodWords(kind, year)}` };
  return { lines: tally.lines.toArray(), rule: `${what}, ${periodWords(kind, year)} (${aggregation})` };
}
