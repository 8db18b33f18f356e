/**
 * The public surface of core: the one module the CLI, the Electron main process and the renderer
 * import (a lint rule enforces it). Everything here is pure: bytes and strings in, values and
 * bytes out. The writers that pull in large libraries (docx, resvg-free PNG fallbacks) are behind
 * `load…` functions, so a caller that only checks data never loads them.
 */

// Shared vocabulary
export type { GriEdition } from './common/edition.js';
export type { FigureSource } from './common/figure-source.js';
export { isLang, REPORT_LANGS, type Bilingual, type Lang } from './common/lang.js';
export { hasErrors, type Problem, type ProblemCode, type ProblemOf, type ProblemParams, type ProblemParamsByCode, type Severity } from './common/problem.js';
export type { SettingsError, SettingsErrorCode } from './common/settings-error.js';
export {
  describeProblem,
  FALLBACK_MESSAGE_LANG,
  MESSAGE_CATALOGUES,
  messageCatalogue,
  problemExpected,
  problemMessage,
  settingsErrorMessage,
  settingsErrorsText,
  type MessageCatalogue,
} from './common/messages/index.js';

// Catalogues
export { defaultGriCatalogue, type GriCatalogue } from './catalogue/gri-catalogue.js';
export { defaultMetricCatalogue, type MetricCatalogue } from './catalogue/metric-catalogue.js';

// Reading files
export { decodeBytes, type Encoding } from './text/decode.js';
export { readCsvRows, type CsvRow } from './csv/read-rows.js';
export type { ImportResult } from './import/import-table.js';
export { bytesSource, type ByteSource, type ImportProgress } from './import/import-stream.js';
export { importPart, type PartJob, type PartOutcome } from './import/part-import.js';
export type { PartRunner } from './import/split-import.js';

// Input kinds
export type { FigureOffer, FigureStyle, KindModule, MappingTarget } from './kinds/kind.js';
export { byKind, INPUT_KIND_IDS, INPUT_KINDS, isInputKind, kindOf, KINDS, type InputKind } from './kinds/registry.js';
export { parseMappings, withMapping, type ValueMappings } from './kinds/value-mappings.js';

// The report
export { sectionOf, type ReportContext } from './report/context.js';
export { NARRATIVE_SECTIONS, SECTIONS, sectionTitles, type SectionId } from './report/sections.js';
export { defaultEdition, readSettings, type ProjectSettings } from './report/settings.js';
export type { CoverageDisclosure, CoverageItem } from './gri/coverage.js';
export { formatNumber, formatPercent, formatShare } from './render/format.js';

// The pipeline
export type { ReportBuild, ReportRequest } from './pipeline/build-report.js';
export { importInputsStream, importsOf, type ImportedInputs, type InputFiles, type InputSources } from './pipeline/import-inputs.js';
export { createReportSession, type ReportSession, type SessionRequest } from './pipeline/report-session.js';
export { summarize, type BuildSummary } from './pipeline/summary.js';

// Documents
export type { BuildStamp } from './doc/manifest.js';
export type { DocumentModel } from './doc/model.js';
export { houseStyle, type Paper } from './doc/house-style.js';
export { contentIndexDocument } from './doc/gri-index.js';
export { htmlStyleSheet, writeHtml, writeHtmlFragment } from './doc/to-html.js';
export { writeText } from './doc/to-text.js';
export { startChartFallbacks } from './doc/docx/chart-fallbacks.js';

export type { DocxOptions, Rasterize } from './doc/to-docx.js';
/** The DOCX writer (docx and its dependencies load only when it is asked for). */
export const loadDocxWriter = () => import('./doc/to-docx.js');
/** Reads a company Word template's styles (loaded on demand, as the DOCX writer). */
export const loadStyleTemplateReader = () => import('./doc/docx/package/style-template.js');
