/** The export flow's state, shown as steps with progress, a conflict question, or the result. */
import type { ApiError } from '../../../electron/common/api';
import { isExportFileName } from '../../../electron/common/file-names';
import type { Bilingual } from '../../../core/index';

/** The editions a user can export, all from the same document model. */
export const EXPORT_FORMATS = ['docx', 'html', 'txt', 'large-print'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportStep = 'building' | ExportFormat | 'writing';
export const EXPORT_STEPS: readonly ExportStep[] = ['building', ...EXPORT_FORMATS, 'writing'];

export type ExportFormats = Record<ExportFormat, boolean>;

export interface ExportState {
  phase: 'idle' | 'running' | 'conflict' | 'done' | 'cancelled' | 'error';
  formats: ExportFormats;
  folder: string | null;
  /** The step in progress, and the steps finished or skipped so far. */
  step: ExportStep | null;
  finished: ExportStep[];
  skipped: ExportStep[];
  /** Files that exist already (phase `conflict`). */
  existing: string[];
  /** Files written (phase `done`). */
  paths: string[];
  error: Bilingual | null;
  /**
   * The file that could not be written because it is open elsewhere or read-only (phase `error`):
   * the user may save it, and the files after it, under another name.
   */
  blocked: { name: string; code: Extract<ApiError['code'], 'locked' | 'permission'> } | null;
}

export const IDLE_EXPORT: ExportState = {
  phase: 'idle',
  formats: { docx: true, html: true, txt: false, 'large-print': false },
  folder: null,
  step: null,
  finished: [],
  skipped: [],
  existing: [],
  paths: [],
  error: null,
  blocked: null,
};

const SUFFIX: Record<ExportFormat, string> = { docx: '.docx', html: '.html', txt: '.txt', 'large-print': '-large-print.docx' };

export const exportFileName = (year: number, lang: string, format: ExportFormat): string => `customer-services-${year}-${lang}${SUFFIX[format]}`;

/** `name (2).docx` for `name.docx`, `name (3).docx` for `name (2).docx`: the name to offer instead of one that cannot be written. */
export function alternativeName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  const numbered = /^(.*) \((\d+)\)$/.exec(stem);
  return numbered ? `${numbered[1]} (${Number(numbered[2]) + 1})${ext}` : `${stem} (2)${ext}`;
}

export type NameProblem = 'invalid' | 'extension' | 'taken';

/** Why `name` cannot replace `original` (keeping its extension, unlike the `others` in the same export), or null. */
export function renameProblem(name: string, original: string, others: readonly string[]): NameProblem | null {
  if (!isExportFileName(name)) return 'invalid';
  const ext = original.slice(original.lastIndexOf('.')).toLowerCase();
  if (!name.toLowerCase().endsWith(ext)) return 'extension';
  if (others.some((o) => o.toLowerCase() === name.toLowerCase())) return 'taken';
  return null;
}
