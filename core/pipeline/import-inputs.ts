/**
 * The import stage: each provided CSV file → tallies, records and problems, for every kind of the
 * registry. Files not provided are null, and the chapter says so instead of failing.
 * `importInputs` takes files held in memory (the app's small inputs, tests); `importInputsStream`
 * takes sources read chunk by chunk (the CLI, and the app's worker for large files), with progress
 * and cancellation.
 */
import { defaultMetricCatalogue, type MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { Problem } from '../common/problem.js';
import type { Tally } from '../common/tally.js';
import { importTable, type ImportOptions, type ImportResult } from '../import/import-table.js';
import { importTableStream, type ByteSource, type ImportProgress } from '../import/import-stream.js';
import { importTableSplit, type SplitImportOptions } from '../import/split-import.js';
import type { KindCatalogues } from '../kinds/kind.js';
import { KINDS, type ImportedInputs, type InputKind } from '../kinds/registry.js';

export type { ImportedInputs };
import type { ValueMappings } from '../kinds/value-mappings.js';

export interface InputFile {
  /** File name shown in problems (no directories). */
  name: string;
  bytes: Uint8Array;
}

export type InputFiles = Partial<Record<InputKind, InputFile>>;

type Options = Omit<ImportOptions, 'mappings'>;

const catalogues = (metrics: MetricCatalogue): KindCatalogues => ({ metrics });
const noInputs = (): ImportedInputs => Object.fromEntries(KINDS.map((k) => [k.id, null])) as ImportedInputs;
type Writable = Record<InputKind, ImportResult<unknown, unknown> | null>;

/** Imports files held in memory, every record kept (unless `options.keepRecords` says otherwise). */
export function importInputs(
  files: InputFiles,
  catalogue: MetricCatalogue = defaultMetricCatalogue,
  mappings: ValueMappings = {},
  options: Options = {},
): ImportedInputs {
  const inputs = noInputs();
  for (const kind of KINDS) {
    const file = files[kind.id];
    if (file) (inputs as Writable)[kind.id] = importTable(kind.spec(catalogues(catalogue)), file.name, file.bytes, mappings[kind.id], options);
  }
  return inputs;
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
  const inputs = noInputs();
  for (const kind of KINDS) {
    const input = sources[kind.id];
    if (!input) continue;
    const opts: SplitImportOptions = { ...rest, mappings: mappings[kind.id], onProgress: onProgress && ((p) => onProgress(kind.id, input.name, p)) };
    const spec = () => kind.spec(catalogues(catalogue));
    // A kind whose register grows to millions of rows is read in two parts at once when large.
    const out = kind.splittable ? await importTableSplit(spec, input.name, input.source, opts) : await importTableStream(spec, input.name, input.source, opts);
    if (out.status === 'cancelled') return 'cancelled';
    (inputs as Writable)[kind.id] = out.result;
  }
  return inputs;
}

/** The kinds imported, in registry order. */
export const importsOf = (inputs: ImportedInputs): ImportResult<unknown, unknown>[] =>
  KINDS.flatMap((k) => {
    const r: ImportResult<unknown, unknown> | null = inputs[k.id];
    return r === null ? [] : [r];
  });

/**
 * Every import problem for a reporting year, by file in registry order: each file's own problems
 * (in line order), then the notes that only the year decides (rows from other years).
 */
export function importProblems(inputs: ImportedInputs, year: number): Problem[] {
  return KINDS.flatMap((kind) => {
    const r = inputs[kind.id] as ImportResult<unknown, Tally<unknown>> | null;
    return r === null ? [] : [...r.problems, ...(kind.yearNotes?.(r, year) ?? [])];
  });
}
