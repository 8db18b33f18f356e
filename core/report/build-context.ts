/**
 * Imports → the report model templates see. The figures come from each import's tally (never from
 * kept records), so they are the same for a file of a hundred rows or of millions. Narratives and the
 * GRI index are filled in by the chapter stage, which needs this context to render them first.
 */
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { Lang } from '../common/lang.js';
import { importHasErrors } from '../import/import-table.js';
import type { ImportedInputs } from '../pipeline/import-inputs.js';
import type { AccessSection, PrivacySection, ReportContext, ServiceSection, Unavailable } from './context.js';
import type { FigureSource } from '../common/figure-source.js';
import { figureSources } from './provenance.js';
import { sectionTitles } from './sections.js';
import { defaultReportTitle, type ProjectSettings } from './settings.js';

/** A data set is usable when it was provided and imported without errors. */
const usable = <T extends { severityCounts: { error: number } }>(r: T | null): r is T => r !== null && !importHasErrors(r);

export function privacySection(inputs: ImportedInputs, year: number): PrivacySection | null {
  if (!usable(inputs.privacy)) return null;
  const tally = inputs.privacy.tally;
  const current = tally.year(year);
  return { available: true, ...current, prev: tally.has(year - 1) ? tally.year(year - 1) : null, none_substantiated: current.a === 0 };
}

/** The part of the context that depends only on the imports, the year, the language and the catalogue. */
export interface ReportData {
  privacy: PrivacySection | Unavailable;
  access: AccessSection | Unavailable;
  service: ServiceSection | Unavailable;
  provenance: Record<string, FigureSource>;
}

export function reportData(inputs: ImportedInputs, year: number, lang: Lang, catalogue: MetricCatalogue): ReportData {
  return {
    privacy: privacySection(inputs, year) ?? { available: false },
    access: usable(inputs.accessibility) ? inputs.accessibility.tally.metrics() : { available: false },
    service: usable(inputs.service) ? inputs.service.tally.section(catalogue, year, lang) : { available: false },
    provenance: figureSources(inputs, year, catalogue, lang),
  };
}

export function buildReportContext(
  settings: ProjectSettings,
  inputs: ImportedInputs,
  catalogue: MetricCatalogue,
  data: ReportData = reportData(inputs, settings.year, settings.lang, catalogue),
): ReportContext {
  const { lang, year } = settings;
  return {
    lang,
    year,
    prevYear: year - 1,
    org: { name: settings.organisation },
    title: lang === 'pl' ? 'Usługi dla klientów' : 'Customer services',
    reportTitle: settings.reportTitle ?? defaultReportTitle(lang, year),
    edition: settings.edition,
    ...data,
    sections: sectionTitles(lang),
    narratives: {},
    gri: { edition: settings.edition, codes: [], index: [] },
  };
}
