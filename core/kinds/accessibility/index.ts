/** The retail network's register of stores and their accessibility features. */
import type { FigureSource } from '../../common/figure-source.js';
import type { Bilingual } from '../../common/lang.js';
import { BOOLEAN_TARGETS } from '../boolean-targets.js';
import { defineKind, type FigureOffer } from '../kind.js';
import { ACCESSIBILITY_COLUMNS, ACCESSIBILITY_SPEC } from './schema.js';
import type { AccessSection } from './section.js';
import { ACCESS_RULES, ACCESS_SHARES, type AccessFigure } from './tally.js';

const LABELS: Record<Exclude<keyof AccessSection, 'available'>, Bilingual> = {
  stores_total: { pl: 'Salony razem', en: 'Stores in total' },
  stores_sign_language: { pl: 'Salony z tłumaczem PJM', en: 'Stores with a sign-language interpreter' },
  stores_induction_loop: { pl: 'Salony z pętlą indukcyjną', en: 'Stores with an induction loop' },
  stores_sign_language_or_loop: { pl: 'Salony z tłumaczem PJM lub pętlą', en: 'Stores with an interpreter or a loop' },
  stores_step_free: { pl: 'Salony bez barier', en: 'Step-free stores' },
  stores_adapted_desk: { pl: 'Salony z dostosowanym stanowiskiem', en: 'Stores with an adapted desk' },
  share_sign_language: { pl: 'Udział salonów z tłumaczem PJM', en: 'Share of stores with an interpreter' },
  share_induction_loop: { pl: 'Udział salonów z pętlą indukcyjną', en: 'Share of stores with an induction loop' },
  share_sign_language_or_loop: { pl: 'Udział salonów z tłumaczem PJM lub pętlą', en: 'Share of stores with an interpreter or a loop' },
  share_step_free: { pl: 'Udział salonów bez barier', en: 'Share of step-free stores' },
  share_adapted_desk: { pl: 'Udział salonów z dostosowanym stanowiskiem', en: 'Share of stores with an adapted desk' },
  cities: { pl: 'Miasta z salonami', en: 'Cities with stores' },
};
const GROUP: Bilingual = { pl: 'Dostępność salonów', en: 'Store accessibility' };

/** The store counts of `--json` `metrics`, null when the register is absent or has errors. */
const JSON_METRICS = ['stores_total', 'stores_sign_language', 'stores_induction_loop', 'stores_sign_language_or_loop', 'stores_step_free'] as const;

export const accessibilityKind = defineKind({
  id: 'accessibility',
  contextKey: 'access',
  label: { pl: 'Rejestr dostępności salonów', en: 'Store accessibility register' },
  topic: { pl: 'Dostępność', en: 'Accessibility' },
  hint: {
    pl: 'Jeden wiersz na salon: tłumacz PJM, pętla indukcyjna, wejście bez barier.',
    en: 'One row per store: sign-language interpreter, induction loop, step-free entrance.',
  },
  sample: 'accessibility-register.csv',
  columns: ACCESSIBILITY_COLUMNS,
  mappable: { sign_language: BOOLEAN_TARGETS, induction_loop: BOOLEAN_TARGETS, step_free: BOOLEAN_TARGETS, adapted_desk: BOOLEAN_TARGETS },
  splittable: false,
  spec: () => ACCESSIBILITY_SPEC,
  section: (result) => result.tally.metrics(),

  sources(result) {
    const out: Record<string, FigureSource> = {};
    const from = { file: result.file, sha256: result.sha256 };
    for (const figure of Object.keys(ACCESS_SHARES).concat('stores_total') as AccessFigure[]) {
      const lines = result.tally.lines(figure);
      if (lines === null) continue;
      out[`access.${figure}`] = { ...from, lines, rule: ACCESS_RULES[figure] };
      const share = ACCESS_SHARES[figure];
      if (share !== undefined) out[`access.${share}`] = { ...from, lines, rule: `(${ACCESS_RULES[figure]}) / every store row` };
    }
    out['access.cities'] = { ...from, lines: out['access.stores_total']!.lines, rule: ACCESS_RULES.cities };
    return out;
  },

  figures(section) {
    const out: FigureOffer[] = [];
    for (const [key, label] of Object.entries(LABELS) as [keyof typeof LABELS, Bilingual][]) {
      const value = section[key];
      if (typeof value !== 'number') continue;
      out.push({ path: `access.${String(key)}`, label, value, style: String(key).startsWith('share_') ? 'share' : 'num', group: GROUP });
    }
    return out;
  },

  headline: (a, lang) =>
    lang === 'pl'
      ? `Salony: ${a.stores_total}, z tłumaczem PJM lub pętlą: ${a.stores_sign_language_or_loop}, bez barier: ${a.stores_step_free}`
      : `Stores: ${a.stores_total}, with interpreter or loop: ${a.stores_sign_language_or_loop}, step-free: ${a.stores_step_free}`,

  json(section) {
    if (section === null) return { metrics: Object.fromEntries(JSON_METRICS.map((k) => [k, null])) };
    const { available: _available, cities: _cities, ...counts } = section;
    return { metrics: counts };
  },
});
