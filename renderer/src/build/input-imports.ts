/**
 * The worker's imports: each input is streamed through core's importer when its file or its value
 * mappings change, and kept otherwise, so a keystroke or another input's new file never re-reads
 * it. `updateImports` computes the next state without touching the current one: a cancelled
 * import leaves the worker exactly as it was.
 */
import { byKind, defaultMetricCatalogue, importInputsStream, INPUT_KIND_IDS, type ImportedInputs, type InputKind, type ValueMappings } from '../../../core/index';
import type { ImportProgressReport, WorkerFile } from './build-protocol';
import { CHUNK_BYTES, chunkedSource } from './chunked-source';

/** Progress is reported this often, and only for a file that takes longer than this to import. */
export const PROGRESS_INTERVAL_MS = 100;

type Imported = NonNullable<ImportedInputs[InputKind]>;

interface Kept {
  version: number;
  /** The kind's mappings as JSON: an import holds while they are the same. */
  mappings: string;
  result: Imported;
}

export interface ImportState {
  files: Record<InputKind, WorkerFile | null>;
  mappings: ValueMappings;
  kept: Record<InputKind, Kept | null>;
  /** Same object while no import changed, so the session's figures cache holds. */
  inputs: ImportedInputs;
}

export const emptyImports = (): ImportState => ({
  files: byKind(() => null),
  mappings: {},
  kept: byKind(() => null),
  inputs: byKind(() => null) as ImportedInputs,
});

export interface ImportChanges {
  files?: Partial<Record<InputKind, WorkerFile | null>>;
  mappings?: ValueMappings;
}

export interface UpdateOptions {
  signal: AbortSignal;
  onProgress(report: ImportProgressReport): void;
  now?: () => number;
}

/** Imports one file; 'cancelled' when `signal` aborts first. */
async function importOne(kind: InputKind, file: WorkerFile, mappings: ValueMappings, options: UpdateOptions): Promise<Imported | 'cancelled'> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let shown = started;
  const out = await importInputsStream({ [kind]: { name: file.name, source: chunkedSource(file.bytes, now) } }, defaultMetricCatalogue, mappings, {
    signal: options.signal,
    progressEvery: CHUNK_BYTES,
    // The app shows counts and problems, never the rows themselves: keep none, memory stays flat.
    keepRecords: 0,
    onProgress(_kind, name, p) {
      const at = now();
      if (p.done || at - shown < PROGRESS_INTERVAL_MS) return;
      shown = at;
      const seconds = (at - started) / 1000;
      options.onProgress({ kind, file: name, bytesRead: p.bytesRead, totalBytes: p.totalBytes ?? file.bytes.length, rows: p.rows, rowsPerSecond: p.rows / seconds });
    },
  });
  if (out === 'cancelled') return out;
  const result = out[kind];
  if (result === null) throw new Error(`the ${kind} import gave no result`);
  return result;
}

export async function updateImports(state: ImportState, changes: ImportChanges, options: UpdateOptions): Promise<ImportState | 'cancelled'> {
  const files = { ...state.files, ...changes.files };
  const mappings = changes.mappings ?? state.mappings;
  const kept = { ...state.kept };
  let changed = false;
  for (const kind of INPUT_KIND_IDS) {
    const file = files[kind];
    const key = JSON.stringify(mappings[kind] ?? {});
    const have = kept[kind];
    if (file === null) {
      changed ||= have !== null;
      kept[kind] = null;
      continue;
    }
    if (have !== null && have.version === file.version && have.mappings === key) continue;
    const result = await importOne(kind, file, mappings, options);
    if (result === 'cancelled') return result;
    kept[kind] = { version: file.version, mappings: key, result };
    changed = true;
  }
  if (options.signal.aborted) return 'cancelled';
  const inputs = changed
    ? (byKind((kind) => kept[kind]?.result ?? null) as ImportedInputs)
    : state.inputs;
  return { files, mappings, kept, inputs };
}
