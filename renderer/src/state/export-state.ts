/** The export flow's state, shown as steps with progress, a conflict question, or the result. */
import type { Bilingual } from '../../../core/problems/problem';

export type ExportStep = 'building' | 'docx' | 'html' | 'writing';
export const EXPORT_STEPS: readonly ExportStep[] = ['building', 'docx', 'html', 'writing'];

export interface ExportFormats {
  docx: boolean;
  html: boolean;
}

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
  formats: { docx: true, html: true },
  folder: null,
  step: null,
  finished: [],
  skipped: [],
  existing: [],
  paths: [],
  error: null,
};

export const exportFileName = (year: number, lang: string, ext: 'docx' | 'html'): string => `customer-services-${year}-${lang}.${ext}`;
