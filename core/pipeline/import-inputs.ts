/**
 * The import stage: each provided CSV file → tallies, records and problems. Files not provided are
 * null, and the chapter says so instead of failing. `importInputs` takes files held in memory (the
 * app's small inputs, tests); `importInputsStream` takes sources read chunk by chunk (the CLI, and
 * the app's worker for large files), with progress and cancellation.
 */
import { defaultMetricCatalogue, type MetricCatalogue } from '../catalogue/metric-catalogue.js';
import { importTableStream, type ByteSource, type ImportProgress } from '../import/import-stream.js';
import { importTableSplit, type SplitImportOptions } from '../import/split-import.js';
import { ACCESSIBILITY_SPEC, importAccessibilityRegister, type AccessibilityImport } from '../kinds/accessibility/schema.js';
import type { ImportOptions, InputKind } from '../import/import-table.js';
import { importPrivacyRegister, PRIVACY_SPEC, type PrivacyImport } from '../kinds/privacy/schema.js';
import { importServiceMetrics, serviceSpec, type ServiceImport } from '../kinds/service/schema.js';
import type { ValueMappings } from '../kinds/value-mappings.js';
import { makeProblem, type Problem } from '../common/problem.js';
import { messages } from '../common/messages.js';

export interface InputFile {
  /** File name shown in problems (no directories). */
  name: string;
  bytes: Uint8Array;
}

export type InputFiles = Partial<Record<InputKind, InputFile>>;

export interface ImportedInputs {
  privacy: PrivacyImport | null;
  service: ServiceImport | null;
  accessibility: AccessibilityImport | null;
}

type Options = Omit<ImportOptions, 'mappings'>;

/**
 * Imports files held in memory, every record kept (unless `options.keepRecords` says otherwise).
 * Every year is tallied, so the reporting year does not change what is imported; `_year` stays in
 * the signature for the callers that pass it.
 */
export function importInputs(
  files: InputFiles,
  _year: number,
  catalogue: MetricCatalogue = defaultMetricCatalogue,
  mappings: ValueMappings = {},
  options: Options = {},
): ImportedInputs {
  const { privacy, service, accessibility } = files;
  return {
    privacy: privacy ? importPrivacyRegister(privacy.name, privacy.bytes, mappings.privacy, options) : null,
    service: service ? importServiceMetrics(service.name, service.bytes, catalogue, mappings.service, options) : null,
    accessibility: accessibility ? importAccessibilityRegister(accessibility.name, accessibility.bytes, mappings.accessibility, options) : null,
  };
}

/** An input to stream: its file name (shown in problems) and where its bytes come from. */
export interface InputSource {
  name: string;
  source: ByteSource;
}

export type InputSources = Partial<Record<InputKind, InputSource>>;

/** `runPart`: where the second half of a large file runs (see split-import.ts); without it, one pass per file. */
export interface InputsStreamOptions extends Omit<SplitImportOptions, 'mappings' | 'onProgress'> {
  onProgress?: (kind: InputKind, file: string, progress: ImportProgress) => void;
}

/** Streams each input in turn; resolves to 'cancelled' (and nothing else) when `signal` aborts. */
export async function importInputsStream(
  sources: InputSources,
  catalogue: MetricCatalogue = defaultMetricCatalogue,
  mappings: ValueMappings = {},
  options: InputsStreamOptions = {},
): Promise<ImportedInputs | 'cancelled'> {
  const { onProgress, ...rest } = options;
  const optionsFor = (kind: InputKind, name: string): SplitImportOptions => ({
    ...rest,
    mappings: mappings[kind],
    onProgress: onProgress && ((p) => onProgress(kind, name, p)),
  });
  const inputs: ImportedInputs = { privacy: null, service: null, accessibility: null };
  const { privacy, service, accessibility } = sources;
  if (privacy) {
    // The register is the input that grows to millions of rows: a large one is read in two parts at once.
    const out = await importTableSplit(() => PRIVACY_SPEC, privacy.name, privacy.source, optionsFor('privacy', privacy.name));
    if (out.status === 'cancelled') return 'cancelled';
    inputs.privacy = out.result;
  }
  if (service) {
    const out = await importTableStream(() => serviceSpec(catalogue), service.name, service.source, optionsFor('service', service.name));
    if (out.status === 'cancelled') return 'cancelled';
    inputs.service = out.result;
  }
  if (accessibility) {
    const out = await importTableStream(() => ACCESSIBILITY_SPEC, accessibility.name, accessibility.source, optionsFor('accessibility', accessibility.name));
    if (out.status === 'cancelled') return 'cancelled';
    inputs.accessibility = out.result;
  }
  return inputs;
}

/**
 * Every import problem for a reporting year, by file: each file's own problems (in line order),
 * and after the register's, a note on rows from other years (which only the year decides, so it
 * is not part of the import).
 */
export function importProblems(inputs: ImportedInputs, year: number): Problem[] {
  const { privacy } = inputs;
  const other = privacy?.tally.outside(year);
  const note =
    privacy && other && other.rows > 0 && privacy.stats.rowsUsed > 0
      ? [makeProblem('privacy.otherYears', 'info', { file: privacy.file }, messages.otherYears(other.rows, other.years, year))]
      : [];
  return [...(privacy?.problems ?? []), ...note, ...(inputs.service?.problems ?? []), ...(inputs.accessibility?.problems ?? [])];
}

/** The kinds imported, in the order problems and summaries list them. */
export const importsOf = (inputs: ImportedInputs) =>
  [inputs.privacy, inputs.service, inputs.accessibility].filter((r): r is NonNullable<typeof r> => r !== null);
