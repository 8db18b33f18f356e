/**
 * Messages between the app and the build worker. The worker holds the files and mappings of the
 * last request whose imports finished (a cancelled one changes nothing there), each input's import until its
 * file or mappings change, and answers with what the UI needs of a ReportBuild: never the parsed
 * records, and the import results only when they changed.
 */
import type { CoverageDisclosure, DocumentModel, ImportResult, InputKind, Lang, Problem, ProjectSettings, ReportContext, ValueMappings } from '../../../core/index';

/** An input file as the worker gets it. `version` names one attached file for the whole session. */
export interface WorkerFile {
  version: number;
  name: string;
  bytes: Uint8Array;
}

export interface BuildRequest {
  type: 'build';
  id: number;
  settings: ProjectSettings;
  lang: Lang;
  narratives: Record<string, string>;
  /** The inputs that changed since the last finished request: the new file, or null when detached. */
  files?: Partial<Record<InputKind, WorkerFile | null>>;
  /** Present when the mappings changed since the last finished request. */
  mappings?: ValueMappings;
  /** The app holds no import summaries (another project): send them even if unchanged. */
  summaries?: true;
}

/** Stops the import of request `id`; the worker answers `cancelled` if it was still importing. */
export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = BuildRequest | CancelRequest;

/** How far the import of one file has got. */
export interface ImportProgressReport {
  kind: InputKind;
  file: string;
  bytesRead: number;
  totalBytes: number;
  /** Data rows read so far. */
  rows: number;
  /** Rows per second since this file's import started. */
  rowsPerSecond: number;
}

/** What the Data view shows of an import result (never the parsed records). */
export type ImportSummary = Pick<ImportResult<unknown>, 'kind' | 'file' | 'encoding' | 'delimiter' | 'columns' | 'problems' | 'stats'>;

export type ImportSummaries = Record<InputKind, ImportSummary | null>;

export interface ChapterView {
  context: ReportContext;
  coverage: CoverageDisclosure[];
  problems: Problem[];
  doc: DocumentModel | null;
}

export type BuildResponse =
  | {
      type: 'built';
      id: number;
      ok: boolean;
      chapter: ChapterView;
      /** Present when the imports were redone for this request. */
      inputs?: ImportSummaries;
      ms: number;
    }
  /** `committed`: the imports had finished and the worker holds them (the chapter failed). */
  | { type: 'failed'; id: number; committed: boolean; error: string }
  /** The import was stopped: the worker holds what it held before the request. */
  | { type: 'cancelled'; id: number }
  /** Sent about every PROGRESS_INTERVAL_MS while a file imports for longer than that. */
  | { type: 'progress'; id: number; progress: ImportProgressReport };

/** What the app keeps of a build: the shape of ReportBuild that views read. */
export interface BuildView {
  ok: boolean;
  inputs: ImportSummaries;
  chapter: ChapterView;
  /** Import problems first (by file), then narrative and template problems. */
  problems: Problem[];
}
