/**
 * Validated records → the report model templates see. Narratives and the GRI index are filled in
 * by the chapter stage, which needs this context to render them first.
 */
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import { accessibilityMetrics } from '../metrics/accessibility.js';
import { privacy418 } from '../metrics/privacy-418.js';
import { serviceMetrics } from '../metrics/service.js';
import type { ImportedInputs } from '../pipeline/import-inputs.js';
import type { PrivacySection, ReportContext } from './context.js';
import { sectionTitles } from './sections.js';
import { defaultReportTitle, type ProjectSettings } from './settings.js';

/** A data set is usable when it was provided and imported without errors. */
const usable = <T extends { problems: { severity: string }[] }>(r: T | null): r is T =>
  r !== null && !r.problems.some((p) => p.severity === 'error');

export function privacySection(inputs: ImportedInputs, year: number): PrivacySection | null {
  if (!usable(inputs.privacy)) return null;
  const records = inputs.privacy.records;
  const current = privacy418(records, year);
  const hasPrev = records.some((r) => r.year === year - 1);
  return { available: true, ...current, prev: hasPrev ? privacy418(records, year - 1) : null, none_substantiated: current.a === 0 };
}

export function buildReportContext(settings: ProjectSettings, inputs: ImportedInputs, catalogue: MetricCatalogue): ReportContext {
  const { lang, year } = settings;
  const privacy = privacySection(inputs, year);
  const sections = sectionTitles(lang);
  return {
    lang,
    year,
    prevYear: year - 1,
    org: { name: settings.organisation },
    title: lang === 'pl' ? 'Usługi dla klientów' : 'Customer services',
    reportTitle: settings.reportTitle ?? defaultReportTitle(lang, year),
    edition: settings.edition,
    privacy: privacy ?? { available: false },
    access: usable(inputs.accessibility) ? accessibilityMetrics(inputs.accessibility.records) : { available: false },
    service: usable(inputs.service) ? serviceMetrics(inputs.service.records, catalogue, year, lang) : { available: false },
    sections,
    narratives: {},
    gri: { edition: settings.edition, codes: [], index: [] },
  };
}
