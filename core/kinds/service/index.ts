/**
 * Customer-service metrics in long format (period, metric, category, value, unit), read against
 * the metric catalogue; metrics it does not know are the company's own indicators.
 */
import type { FigureSource } from '../../common/figure-source.js';
import type { Bilingual } from '../../common/lang.js';
import { defineKind, type FigureOffer, type FigureStyle } from '../kind.js';
import { SERVICE_COLUMNS, serviceSpec } from './schema.js';
import type { MetricEntry, MetricFigure, ServiceSection } from './section.js';

const GROUP: Bilingual = { pl: 'Obsługa klienta', en: 'Customer service' };
const PART: Record<'value' | 'prev' | 'change', Bilingual> = {
  value: { pl: 'rok sprawozdawczy', en: 'reporting year' },
  prev: { pl: 'rok poprzedni', en: 'previous year' },
  change: { pl: 'zmiana', en: 'change' },
};
const joined = (a: Bilingual, sep: string, b: Bilingual): Bilingual => ({ pl: `${a.pl}${sep}${b.pl}`, en: `${a.en}${sep}${b.en}` });

/** A metric's (or category's) value, previous value and change, as the figure panel offers them. */
function metricFigures(base: string, m: MetricFigure, label: string, entry: MetricEntry): FigureOffer[] {
  const style: FigureStyle = entry.unit === 'percent' ? 'pct' : 'num';
  // The label comes from the catalogue in the report's language (or from the file): the same in every UI language.
  const name: Bilingual = { pl: label, en: label };
  const out: FigureOffer[] = [];
  for (const part of ['value', 'prev'] as const) {
    const value = m[part];
    if (value !== null) out.push({ path: `${base}.${part}`, label: joined(name, ' – ', PART[part]), value, style, unit: style === 'num' ? entry.unitLabel : '', group: GROUP });
  }
  if (m.change !== null) out.push({ path: `${base}.change`, label: joined(name, ' – ', PART.change), value: m.change, style: 'share', group: GROUP });
  return out;
}

export const serviceKind = defineKind({
  id: 'service',
  contextKey: 'service',
  label: { pl: 'Wskaźniki obsługi klienta', en: 'Customer-service metrics' },
  topic: { pl: 'Wskaźniki własne', en: 'Own indicators' },
  hint: {
    pl: 'Kontakty według kanałów, NPS, reklamacje i inne wskaźniki w układzie „okres; wskaźnik; wartość”.',
    en: 'Contacts by channel, NPS, complaints and other metrics as “period; metric; value” rows.',
  },
  sample: 'service-metrics.csv',
  columns: SERVICE_COLUMNS,
  mappable: {},
  splittable: false,
  spec: (catalogues) => serviceSpec(catalogues.metrics),
  section: (result, year, lang, catalogues) => result.tally.section(catalogues.metrics, year, lang),

  sources(result, year, lang, catalogues) {
    const out: Record<string, FigureSource> = {};
    const from = { file: result.file, sha256: result.sha256 };
    for (const [path, source] of result.tally.sources(catalogues.metrics, year, lang)) out[`service.m.${path}`] = { ...from, ...source };
    return out;
  },

  figures(section: ServiceSection) {
    const out: FigureOffer[] = [];
    for (const [key, m] of Object.entries(section.m)) {
      const base = `service.m.${key}`;
      out.push(...metricFigures(base, m, m.label, m));
      m.categories.forEach((c, i) => out.push(...metricFigures(`${base}.categories.${i}`, c, `${m.label}: ${c.label}`, m)));
    }
    return out;
  },

  json: (section: ServiceSection | null) => ({
    service: Object.fromEntries(
      Object.values(section?.m ?? {}).map((m) => [
        m.key,
        { value: m.value, prev: m.prev, unit: m.unit, categories: Object.fromEntries(m.categories.map((c) => [c.key, c.value])) },
      ]),
    ),
  }),
});
