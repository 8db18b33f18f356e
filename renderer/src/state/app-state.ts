/** What the app holds: the open project (as edited, ahead of disk), the current build, UI state. */
import type { ProjectData, RecentProject, RecoveredNarrative } from '../../../electron/common/api';
import type { InputKind, SectionId } from '../../../core/index';
import type { UiLang } from '../i18n/languages';
import type { BuildView, ImportProgressReport } from '../build/build-protocol';
import type { Dictionary } from '../i18n/pl';
import { IDLE_EXPORT, type ExportState } from './export-state';

export type ViewId = 'start' | 'data' | 'coverage' | 'write' | 'export' | 'settings';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** The project as the main process handed it over; the restore offer is kept apart (`recovery`). */
export type OpenProject = Omit<ProjectData, 'recovered'>;

/** A file the build worker is importing: how far it got, and whether Cancel can undo what started it. */
export interface ImportProgressView extends ImportProgressReport {
  cancellable: boolean;
}

/** Narrative text typed before a crash and never saved, offered back when its project opens. */
export interface RecoveryOffer {
  folder: string;
  entries: RecoveredNarrative[];
}

/** Notices are rendered in the current UI language, so they hold a function of the dictionary. */
export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: (t: Dictionary, lang: UiLang) => string;
}

export interface AppState {
  /** The UI language (app-wide, settings.json); the report language is the project's `settings.lang`. */
  uiLang: UiLang;
  view: ViewId;
  /** The section open in the Write view. */
  section: SectionId;
  /** The Data view scrolls to this input (a jump from the coverage view). */
  focusKind: InputKind | null;
  project: OpenProject | null;
  build: BuildView | null;
  /** Duration of the last build in ms. */
  buildMs: number | null;
  /** New CSV bytes or mappings are being imported (a moment on big files). */
  importing: boolean;
  /** Set while an import has run for more than a moment; null otherwise. */
  importProgress: ImportProgressView | null;
  save: SaveState;
  notices: Notice[];
  recent: RecentProject[];
  exportState: ExportState;
  /** Unsaved text from before a crash, waiting for "restore" or "discard". */
  recovery: RecoveryOffer | null;
  /** Bumped by Ctrl+N: the Start view focuses the new-project form. */
  newProjectTick: number;
}

export const initialState = (uiLang: UiLang): AppState => ({
  uiLang,
  view: 'start',
  section: 'intro',
  focusKind: null,
  project: null,
  build: null,
  buildMs: null,
  importing: false,
  importProgress: null,
  save: 'idle',
  notices: [],
  recent: [],
  exportState: IDLE_EXPORT,
  recovery: null,
  newProjectTick: 0,
});
