/**
 * The figures a narrative can quote: the years, and every figure each input kind offers (the
 * registry's kinds, core/kinds), with a label, its value as the report prints it, and the
 * Handlebars snippet that inserts it.
 */
import { formatNumber, formatPercent, formatShare, KINDS, sectionOf, type FigureOffer, type Lang, type ReportContext } from '../../../core/index';
import type { Dictionary } from '../i18n/pl';

export interface Figure {
  path: string;
  /** The group's name in the UI language. */
  group: string;
  label: string;
  /** As the report prints it (report language). */
  text: string;
  /** What is inserted at the cursor, e.g. `{{num privacy.a}}`. */
  snippet: string;
}

function figure(f: Omit<FigureOffer, 'label' | 'group'>, group: string, label: string, lang: Lang): Figure {
  const text =
    f.style === 'share' ? formatShare(f.value, lang) : f.style === 'pct' ? formatPercent(f.value, lang) : f.style === 'plain' ? String(f.value) : formatNumber(f.value, lang);
  const snippet = f.style === 'plain' ? `{{${f.path}}}` : `{{${f.style} ${f.path}}}`;
  const unit = f.unit ?? '';
  return { path: f.path, group, label, text: unit === '' ? text : `${text}\u00A0${unit}`, snippet };
}

/** `words`: the language of labels and groups, the UI's `textLang` (kinds name their figures in the report languages). */
export function listFigures(ctx: ReportContext, t: Dictionary, words: Lang): Figure[] {
  const lang = ctx.lang;
  const out: Figure[] = [
    figure({ path: 'year', value: ctx.year, style: 'plain' }, t.figures.general, t.figures.year, lang),
    figure({ path: 'prevYear', value: ctx.prevYear, style: 'plain' }, t.figures.general, t.figures.prevYear, lang),
  ];
  for (const kind of KINDS) {
    const section = sectionOf(ctx, kind.contextKey);
    if (!section.available) continue;
    for (const f of kind.figures(section, lang)) out.push(figure(f, f.group[words], f.label[words], lang));
  }
  return out;
}
