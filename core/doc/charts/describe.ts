/**
 * The alternative text of a chart: what it shows and every value in it, in the report language,
 * so a screen-reader user gets the same information as a sighted reader (WCAG 1.1.1).
 */
import type { ChartData } from '../model.js';
import type { Lang } from '../../common/lang.js';

const WORDS: Readonly<Record<Lang, { kind: string; none: string; scale: (max: string) => string }>> = {
  pl: { kind: 'Wykres słupkowy', none: 'brak danych', scale: (max) => `Skala do ${max}.` },
  en: { kind: 'Bar chart', none: 'no data', scale: (max) => `Scale up to ${max}.` },
};

export function describeChart(title: string, data: ChartData, lang: Lang, maxLabel?: string): string {
  const w = WORDS[lang];
  const rows = data.categories.map((c) => {
    const values =
      data.series.length === 1
        ? (c.values[0] === null ? w.none : (c.labels[0] ?? w.none))
        : data.series.map((s, i) => `${s}: ${c.values[i] === null ? w.none : (c.labels[i] ?? w.none)}`).join(', ');
    return `${c.label} – ${values}`;
  });
  const scale = maxLabel === undefined ? '' : ` ${w.scale(maxLabel)}`;
  const sentence = /[.!?]$/.test(title) ? title : `${title}.`;
  return `${w.kind}: ${sentence}${scale} ${rows.join('; ')}.`;
}
