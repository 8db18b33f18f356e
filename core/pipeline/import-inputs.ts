/**
 * The import stage: each provided CSV file → records + problems. Files not provided are null,
 * and the chapter says so instead of failing.
 */
import { defaultMetricCatalogue, type MetricCatalogue } from '../catalogue/metric-catalogue.js';
import { importAccessibilityRegister, type StoreRecord } from '../inputs/accessibility-register.js';
import type { ImportResult, InputKind } from '../inputs/import-table.js';
import { importPrivacyRegister, type PrivacyRecord } from '../inputs/privacy-register.js';
import { importServiceMetrics, type ServiceRecord } from '../inputs/service-metrics.js';
import { otherYears } from '../metrics/privacy-418.js';
import { makeProblem, type Problem } from '../problems/problem.js';
import { messages } from '../problems/messages.js';
import type { ValueMappings } from '../inputs/value-mappings.js';

export interface InputFile {
  /** File name shown in problems (no directories). */
  name: string;
  bytes: Uint8Array;
}

export type InputFiles = Partial<Record<InputKind, InputFile>>;

export interface ImportedInputs {
  privacy: ImportResult<PrivacyRecord> | null;
  service: ImportResult<ServiceRecord> | null;
  accessibility: ImportResult<StoreRecord> | null;
}

export function importInputs(
  files: InputFiles,
  year: number,
  catalogue: MetricCatalogue = defaultMetricCatalogue,
  mappings: ValueMappings = {},
): ImportedInputs {
  const privacy = files.privacy ? importPrivacyRegister(files.privacy.name, files.privacy.bytes, mappings.privacy) : null;
  if (privacy) {
    const other = otherYears(privacy.records, year);
    if (other.rows > 0) {
      privacy.problems.push(makeProblem('privacy.otherYears', 'info', { file: privacy.file }, messages.otherYears(other.rows, other.years, year)));
    }
  }
  return {
    privacy,
    service: files.service ? importServiceMetrics(files.service.name, files.service.bytes, catalogue, mappings.service) : null,
    accessibility: files.accessibility
      ? importAccessibilityRegister(files.accessibility.name, files.accessibility.bytes, mappings.accessibility)
      : null,
  };
}

export function importProblems(inputs: ImportedInputs): Problem[] {
  return [inputs.privacy, inputs.service, inputs.accessibility].flatMap((r) => r?.problems ?? []);
}
