/**
 * Where each figure from data came from: the input file, the SHA-256 of its bytes, the physical
 * lines of the rows counted into the figure and the counting rule in words. Keys are the figures'
 * context paths as templates name them in `data-figure` (`privacy.a_ii`, `privacy.prev.b`,
 * `access.stores_sign_language_or_loop`, `service.m.contacts.app.value`, …), so an auditor can go
 * from any number in the chapter to the exact rows behind it.
 */
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { Lang } from '../common/lang.js';
import { importHasErrors } from '../import/import-table.js';
import { ACCESS_RULES, ACCESS_SHARES, type AccessFigure } from '../kinds/accessibility/tally.js';
import { privacyRules, type PrivacyFigure } from '../kinds/privacy/tally.js';
import type { ImportedInputs } from '../pipeline/import-inputs.js';
import type { FigureSource } from '../common/figure-source.js';

type Sources = Record<string, FigureSource>;

/** A file a figure can be traced to: imported without errors and read to the end. */
const traceable = <T extends { severityCounts: { error: number }; sha256: string | null }>(r: T | null): r is T & { sha256: string } =>
  r !== null && !importHasErrors(r) && r.sha256 !== null;

export function figureSources(inputs: ImportedInputs, year: number, catalogue: MetricCatalogue, lang: Lang = 'en'): Sources {
  const out: Sources = {};
  const { privacy, accessibility, service } = inputs;

  if (traceable(privacy)) {
    const from = { file: privacy.file, sha256: privacy.sha256 };
    const years: [string, number][] = [['privacy', year]];
    if (privacy.tally.has(year - 1)) years.push(['privacy.prev', year - 1]);
    for (const [prefix, y] of years) {
      for (const [figure, rule] of Object.entries(privacyRules(y)) as [PrivacyFigure | 'a', string][]) {
        out[`${prefix}.${figure}`] = { ...from, lines: privacy.tally.lines(y, figure), rule };
      }
    }
  }

  if (traceable(accessibility)) {
    const from = { file: accessibility.file, sha256: accessibility.sha256 };
    const tally = accessibility.tally;
    for (const figure of Object.keys(ACCESS_SHARES).concat('stores_total') as AccessFigure[]) {
      const lines = tally.lines(figure);
      if (lines === null) continue;
      out[`access.${figure}`] = { ...from, lines, rule: ACCESS_RULES[figure] };
      const share = ACCESS_SHARES[figure];
      if (share !== undefined) out[`access.${share}`] = { ...from, lines, rule: `(${ACCESS_RULES[figure]}) / every store row` };
    }
    out['access.cities'] = { ...from, lines: out['access.stores_total']!.lines, rule: ACCESS_RULES.cities };
  }

  if (traceable(service)) {
    const from = { file: service.file, sha256: service.sha256 };
    for (const [path, source] of service.tally.sources(catalogue, year, lang)) out[`service.m.${path}`] = { ...from, ...source };
  }
  return out;
}
