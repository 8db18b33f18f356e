/** The export flow's state, shown as steps with progress, a conflict question, or the result. */
import type { Bilingual } from '../../../core/problems/problem';

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
};

const SUFFIX: Record<ExportFormat, string> = { docx: '.docx', html: '.html', txt: '.txt', 'large-print': '-large-print.docx' };

export const exportFileName = (year: number, lang: string, format: ExportFormat): string => `customer-services-${year}-${lang}${SUFFIX[format]}`;
