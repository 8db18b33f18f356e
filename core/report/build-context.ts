/**
 * Imports → the report model templates see. The figures come from each import's tally (never from
 * kept records), so they are the same for a file of a hundred rows or of millions. Each kind gives
 * its part under its context key. Narratives and the GRI index are filled in by the chapter stage,
 * which needs this context to render them first.
 */
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { FigureSource } from '../common/figure-source.js';
import type { Lang } from '../common/lang.js';
import type { Tally } from '../common/tally.js';
import { importHasErrors, type ImportResult } from '../import/import-table.js';
import { KINDS, type ImportedInputs } from '../kinds/registry.js';
import type { KindData, ReportContext } from './context.js';
import { sectionTitles } from './sections.js';
import { defaultReportTitle, type ProjectSettings } from './settings.js';

/** The part of the context that depends only on the imports, the year, the language and the catalogue. */
export type ReportData = KindData & { provenance: Record<string, FigureSource> };

/** A data set is usable when it was provided and imported without errors. */
const usable = (r: ImportResult<unknown, unknown> | null): r is ImportResult<unknown, Tally<unknown>> => r !== null && !importHasErrors(r);

export function reportData(inputs: ImportedInputs, year: number, lang: Lang, metrics: MetricCatalogue): ReportData {
  const data: Record<string, unknown> = {};
  const provenance: Record<string, FigureSource> = {};
  for (const kind of KINDS) {
    const r = inputs[kind.id] as ImportResult<unknown, Tally<unknown>> | null;
    data[kind.contextKey] = usable(r) ? kind.section(r, year, lang, { metrics }) : { available: false };
    // A figure can be traced only to a file imported without errors and read to the end.
    if (usable(r) && r.sha256 !== null) Object.assign(provenance, kind.sources({ ...r, sha256: r.sha256 }, year, lang, { metrics }));
  }
  return { ...(data as KindData), provenance };
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
