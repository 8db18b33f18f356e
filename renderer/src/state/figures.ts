/**
 * The figures a narrative can quote: every number of the report context, with a label, its value
 * as the report prints it, and the Handlebars snippet that inserts it.
 */
import type { Lang } from '../../../core/common/lang';
import type { MetricEntry, MetricFigure, PrivacyYear, ReportContext } from '../../../core/report/context';
import { formatNumber, formatPercent, formatShare } from '../../../core/render/format';
import type { Dictionary } from '../i18n/pl';

export type FigureGroup = keyof Dictionary['figures']['groups'];
type Style = 'plain' | 'num' | 'pct' | 'share';

export interface Figure {
  path: string;
  group: FigureGroup;
  label: string;
  /** As the report prints it (report language). */
  text: string;
  /** What is inserted at the cursor, e.g. `{{num privacy.a}}`. */
  snippet: string;
}

function figure(group: FigureGroup, path: string, label: string, value: number, style: Style, lang: Lang, unit = ''): Figure {
  const text =
    style === 'share' ? formatShare(value, lang) : style === 'pct' ? formatPercent(value, lang) : style === 'plain' ? String(value) : formatNumber(value, lang);
  const snippet = style === 'plain' ? `{{${path}}}` : `{{${style} ${path}}}`;
  return { path, group, label, text: unit === '' ? text : `${text}\u00A0${unit}`, snippet };
}

function metricFigures(base: string, m: MetricFigure, label: string, unit: MetricEntry, lang: Lang, t: Dictionary): Figure[] {
  const style: Style = unit.unit === 'percent' ? 'pct' : 'num';
  const out: Figure[] = [];
  for (const part of ['value', 'prev'] as const) {
    const v = m[part];
    if (v !== null) out.push(figure('service', `${base}.${part}`, `${label} – ${t.figures.part[part]}`, v, style, lang, style === 'num' ? unit.unitLabel : ''));
  }
  if (m.change !== null) out.push(figure('service', `${base}.change`, `${label} – ${t.figures.part.change}`, m.change, 'share', lang));
  return out;
}

export function listFigures(ctx: ReportContext, t: Dictionary): Figure[] {
  const lang = ctx.lang;
  const out: Figure[] = [
    figure('general', 'year', t.figures.year, ctx.year, 'plain', lang),
    figure('general', 'prevYear', t.figures.prevYear, ctx.prevYear, 'plain', lang),
  ];
  if (ctx.privacy.available) {
    const years: { base: string; data: PrivacyYear; group: FigureGroup }[] = [{ base: 'privacy', data: ctx.privacy, group: 'privacy' }];
    if (ctx.privacy.prev) years.push({ base: 'privacy.prev', data: ctx.privacy.prev, group: 'prev' });
    for (const { base, data, group } of years) {
      for (const [key, label] of Object.entries(t.figures.privacy)) {
        if (key === 'year') continue;
        const v = data[key as keyof typeof data];
        if (typeof v === 'number') out.push(figure(group, `${base}.${key}`, label, v, 'num', lang));
      }
    }
  }
  if (ctx.access.available) {
    for (const [key, label] of Object.entries(t.figures.access)) {
      const v = ctx.access[key as keyof typeof ctx.access];
      if (typeof v === 'number') out.push(figure('access', `access.${key}`, label, v, key.startsWith('share_') ? 'share' : 'num', lang));
    }
  }
  if (ctx.service.available) {
    for (const [key, m] of Object.entries(ctx.service.m)) {
      const base = `service.m.${key}`;
      out.push(...metricFigures(base, m, m.label, m, lang, t));
      m.categories.forEach((c, i) => out.push(...metricFigures(`${base}.categories.${i}`, c, `${m.label}: ${c.label}`, m, lang, t)));
    }
  }
  return out;
}
