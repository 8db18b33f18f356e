/**
 * Messages between the app and the build worker. The worker keeps the files and mappings it was
 * last sent (same objects, so the session's import cache holds) and answers with what the UI
 * needs of a ReportBuild: never the parsed records, and the import results only when they changed.
 */
import type { Lang } from '../../../core/doc/model';
import type { DocumentModel } from '../../../core/doc/model';
import type { CoverageDisclosure } from '../../../core/gri/coverage';
import type { ImportResult, InputKind } from '../../../core/inputs/import-table';
import type { ValueMappings } from '../../../core/inputs/value-mappings';
import type { InputFiles } from '../../../core/pipeline/import-inputs';
import type { Problem } from '../../../core/problems/problem';
import type { ReportContext } from '../../../core/report/context';
import type { ProjectSettings } from '../../../core/report/settings';

export interface BuildRequest {
  id: number;
  settings: ProjectSettings;
  lang: Lang;
  narratives: Record<string, string>;
  /** Present when the input files changed since the last request. */
  files?: InputFiles;
  /** Present when the mappings changed since the last request. */
  mappings?: ValueMappings;
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
      id: number;
      ok: boolean;
      chapter: ChapterView;
      /** Present when the imports were redone for this request. */
      inputs?: ImportSummaries;
      ms: number;
    }
  | { id: number; error: string };

/** What the app keeps of a build: the shape of ReportBuild that views read. */
export interface BuildView {
  ok: boolean;
  inputs: ImportSummaries;
  chapter: ChapterView;
  /** Import problems first (by file), then narrative and template problems. */
  problems: Problem[];
}
