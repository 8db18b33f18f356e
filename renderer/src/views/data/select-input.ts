/** Per-kind selectors, made once so `useApp` sees stable functions. */
import { byKind as recordByKind, type InputKind } from '../../../../core/index';
import type { AppState } from '../../state/app-state';

const byKind = <T,>(f: (kind: InputKind) => (s: AppState) => T): Record<InputKind, (s: AppState) => T> => recordByKind(f);

export const selectFile = byKind((k) => (s) => s.project?.inputs[k] ?? null);
export const selectMissing = byKind((k) => (s) => s.project?.missingInputs[k] ?? null);
export const selectImport = byKind((k) => (s) => s.build?.inputs[k] ?? null);
export const selectImporting = (s: AppState) => s.importing;
/** The running import's progress, on the card of the file being imported. */
export const selectProgress = byKind((k) => (s) => (s.importProgress?.kind === k ? s.importProgress : null));
/** A long import is running: new files wait until it ends or is cancelled. */
export const selectImportRunning = (s: AppState) => s.importProgress !== null;
export const selectFocusKind = (s: AppState) => s.focusKind;
