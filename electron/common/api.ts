/**
 * The one contract between the renderer and the main process (the preload API).
 *
 * The renderer depends only on `ReportApi`; the preload implements it with one named IPC channel
 * per method; the main process registers one handler per channel; the browser build implements
 * it without Electron. Types only, plus the channel table: nothing here touches Electron or Node.
 *
 * Files never cross as paths to be trusted: the main process resolves every path itself and
 * validates every payload. Bytes cross as Uint8Array (structured clone).
 */
import type { InputKind, Lang, ProjectSettings, ValueMappings } from '../../core/index.js';
import type { UiLang } from './ui-langs.js';

/** Errors cross IPC as values with a code and a message in both languages. */
export type ApiError = {
  code:
    | 'not-found'
    | 'not-a-project'
    | 'invalid-project'
    | 'exists'
    | 'permission'
    | 'locked'
    | 'invalid-payload'
    | 'io';
  message: { pl: string; en: string };
  /** The path concerned, when there is one. */
  path?: string;
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A CSV attached to a project: where it lives and its bytes as they are on disk now. */
export interface InputFileData {
  kind: InputKind;
  /** File name without folders, as shown in problems. */
  name: string;
  /** Absolute path of the file (the original export; the project only references it). */
  path: string;
  bytes: Uint8Array;
  /** Last modification time, ms since the epoch. */
  modifiedMs: number;
}

/** Everything the renderer needs to work on a project. */
export interface ProjectData {
  /** Absolute path of the project folder. */
  folder: string;
  settings: ProjectSettings;
  /** Narrative Markdown sources by language and section id (`narratives/<lang>/<id>.md`). */
  narratives: Record<Lang, Record<string, string>>;
  mappings: ValueMappings;
  inputs: Partial<Record<InputKind, InputFileData>>;
  /** Attached inputs whose file is missing or unreadable now. */
  missingInputs: Partial<Record<InputKind, ApiError>>;
  /**
   * Narrative text typed but never saved (the app stopped first): the recovery journal's entries
   * that differ from the narrative files. Empty when there is nothing to offer.
   */
  recovered: RecoveredNarrative[];
  /** true for the bundled sample (a private copy the user may edit freely). */
  isSample: boolean;
}

/** One narrative as it was typed, kept in the project's recovery journal until it is saved. */
export interface RecoveredNarrative {
  lang: Lang;
  /** A narrative section id (`NARRATIVE_SECTIONS`). */
  section: string;
  text: string;
  /** When it was last typed, ISO 8601 (UTC). */
  at: string;
}

export interface RecentProject {
  folder: string;
  organisation: string;
  year: number;
  openedAt: string;
}

export interface AppSettings {
  /** The UI language (not the report language, which is each project's `settings.lang`). */
  uiLanguage: UiLang;
}

/** A file the renderer built and asks the main process to write. */
export interface ExportFile {
  /** Plain file name, no folders (e.g. `customer-services-2020-pl.docx`). */
  name: string;
  bytes: Uint8Array;
}

export type ExportOutcome =
  | { status: 'written'; paths: string[] }
  /** Nothing was written: these files exist and `overwrite` was false. */
  | { status: 'conflict'; existing: string[] };

/** Sent when an attached CSV changes on disk (after a short debounce). */
export interface InputChangedEvent {
  folder: string;
  kind: InputKind;
  file: InputFileData;
}

/** Menu commands the main process forwards to the renderer (menu items and their accelerators). */
export type AppCommand = 'new-project' | 'open-project' | 'save' | 'export' | 'settings' | 'undo' | 'redo';

export interface ReportApi {
  // App-wide
  getAppSettings(): Promise<AppSettings>;
  saveAppSettings(settings: AppSettings): Promise<ApiResult<AppSettings>>;
  recentProjects(): Promise<RecentProject[]>;

  // Dialogs: each returns an absolute path, or null when the user cancels.
  chooseProjectFolder(): Promise<string | null>;
  chooseCsvFile(): Promise<string | null>;
  chooseExportFolder(): Promise<string | null>;

  // Projects
  createProject(folder: string, settings: ProjectSettings): Promise<ApiResult<ProjectData>>;
  openProject(folder: string): Promise<ApiResult<ProjectData>>;
  /** Opens the bundled sample (copied once into the app's data folder so it can be edited). */
  openSample(): Promise<ApiResult<ProjectData>>;
  saveSettings(folder: string, settings: ProjectSettings): Promise<ApiResult<ProjectSettings>>;
  saveNarrative(folder: string, lang: Lang, section: string, text: string): Promise<ApiResult<null>>;
  saveMappings(folder: string, mappings: ValueMappings): Promise<ApiResult<ValueMappings>>;
  /**
   * Records the narratives typed but not yet saved (the crash-recovery journal), replacing what
   * was recorded before; an empty list clears it. Written within moments of typing, so a crash
   * loses at most that much; `openProject` offers what differs from the saved narratives.
   */
  saveRecovery(folder: string, entries: RecoveredNarrative[]): Promise<ApiResult<null>>;

  // Inputs
  /** Attaches a CSV by path (file dialog, or a dropped file's path in Electron). */
  attachInput(folder: string, kind: InputKind, path: string): Promise<ApiResult<InputFileData>>;
  /** Attaches dropped bytes that have no path (browser): stored as `inputs/<name>` in the project. */
  attachInputBytes(folder: string, kind: InputKind, name: string, bytes: Uint8Array): Promise<ApiResult<InputFileData>>;
  /** Re-reads an attached input from disk. */
  readInput(folder: string, kind: InputKind): Promise<ApiResult<InputFileData>>;
  /** Subscribes to changes of the open project's inputs; returns the unsubscribe function. */
  onInputChanged(listener: (event: InputChangedEvent) => void): () => void;

  /** Subscribes to menu commands (Electron only; the browser build never calls the listener). */
  onCommand(listener: (command: AppCommand) => void): () => void;

  // Export
  exportFiles(folder: string, files: ExportFile[], overwrite: boolean): Promise<ApiResult<ExportOutcome>>;
  openPath(path: string): Promise<ApiResult<null>>;
  showInFolder(path: string): Promise<ApiResult<null>>;

  /**
   * The path of a dropped `File` (Electron only, synchronous, no IPC: `webUtils.getPathForFile`);
   * '' for a file that has no path. Absent in the browser build: attach the bytes instead.
   */
  pathForFile?(file: File): string;
}

/**
 * IPC channel of each invoke-style method; `onInputChanged` and `onCommand` use the event channels
 * below, and `pathForFile` runs in the preload without IPC.
 */
export const CHANNELS = {
  getAppSettings: 'app:get-settings',
  saveAppSettings: 'app:save-settings',
  recentProjects: 'app:recent-projects',
  chooseProjectFolder: 'dialog:project-folder',
  chooseCsvFile: 'dialog:csv-file',
  chooseExportFolder: 'dialog:export-folder',
  createProject: 'project:create',
  openProject: 'project:open',
  openSample: 'project:open-sample',
  saveSettings: 'project:save-settings',
  saveNarrative: 'project:save-narrative',
  saveMappings: 'project:save-mappings',
  saveRecovery: 'project:save-recovery',
  attachInput: 'input:attach',
  attachInputBytes: 'input:attach-bytes',
  readInput: 'input:read',
  exportFiles: 'export:write',
  openPath: 'shell:open-path',
  showInFolder: 'shell:show-in-folder',
} as const satisfies Record<Exclude<keyof ReportApi, 'onInputChanged' | 'onCommand' | 'pathForFile'>, string>;

/** Main → renderer event channels. */
export const INPUT_CHANGED_EVENT = 'input:changed';
export const COMMAND_EVENT = 'app:command';

export type InvokeMethod = keyof typeof CHANNELS;
