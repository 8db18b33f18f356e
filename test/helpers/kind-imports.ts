/**
 * One-call imports and tallies of a single register, for tests: the app and the CLI import through
 * the pipeline (core/pipeline/import-inputs.ts); tests often want one file or a list of records.
 */
import type { ColumnMappings } from '../../core/csv/table.js';
import type { MetricCatalogue } from '../../core/catalogue/metric-catalogue.js';
import type { Lang } from '../../core/common/lang.js';
import { importTable, type ImportOptions, type ImportResult } from '../../core/import/import-table.js';
import { ACCESSIBILITY_SPEC, type StoreRecord } from '../../core/kinds/accessibility/schema.js';
import type { AccessSection } from '../../core/kinds/accessibility/section.js';
import { AccessTally } from '../../core/kinds/accessibility/tally.js';
import { DIGITAL_SPEC, type ChannelRecord } from '../../core/kinds/digital/schema.js';
import type { DigitalTally } from '../../core/kinds/digital/tally.js';
import { PRIVACY_SPEC, type PrivacyRecord } from '../../core/kinds/privacy/schema.js';
import type { PrivacyYear } from '../../core/kinds/privacy/section.js';
import { PrivacyTally } from '../../core/kinds/privacy/tally.js';
import { serviceSpec, type ServiceImport, type ServiceRecord } from '../../core/kinds/service/schema.js';
import type { ServiceSection } from '../../core/kinds/service/section.js';
import { ServiceTally } from '../../core/kinds/service/tally.js';

type Options = Omit<ImportOptions, 'mappings'>;

export const importPrivacyRegister = (file: string, bytes: Uint8Array, mappings?: ColumnMappings, options?: Options): ImportResult<PrivacyRecord, PrivacyTally> =>
  importTable(PRIVACY_SPEC, file, bytes, mappings, options);

export const importAccessibilityRegister = (file: string, bytes: Uint8Array, mappings?: ColumnMappings, options?: Options): ImportResult<StoreRecord, AccessTally> =>
  importTable(ACCESSIBILITY_SPEC, file, bytes, mappings, options);

export const importServiceMetrics = (file: string, bytes: Uint8Array, catalogue: MetricCatalogue, mappings?: ColumnMappings, options?: Options): ServiceImport =>
  importTable(serviceSpec(catalogue), file, bytes, mappings, options);

export const importDigitalRegister = (file: string, bytes: Uint8Array, mappings?: ColumnMappings, options?: Options): ImportResult<ChannelRecord, DigitalTally> =>
  importTable(DIGITAL_SPEC, file, bytes, mappings, options);

/** The 418-1 figures of `year` counted from records. */
export function privacy418(records: readonly PrivacyRecord[], year: number): PrivacyYear {
  const tally = new PrivacyTally();
  for (const r of records) tally.add(r);
  return tally.year(year);
}

export function accessibilityMetrics(stores: readonly StoreRecord[]): AccessSection {
  const tally = new AccessTally();
  for (const s of stores) tally.add(s);
  return tally.metrics();
}

export function serviceMetrics(records: readonly ServiceRecord[], catalogue: MetricCatalogue, year: number, lang: Lang): ServiceSection {
  const tally = new ServiceTally();
  for (const r of records) tally.add(r);
  return tally.section(catalogue, year, lang);
}
