/**
 * The IPC handlers as plain functions over `node:fs` with injected dialogs and shell, so they run
 * in plain Node: vitest calls them directly and the renderer's browser tests bridge a page to them.
 * `registerIpc` (../ipc.ts) puts them behind the validated channels.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputChangedEvent, InvokeMethod, ProjectData, ReportApi } from '../../common/api.js';
import { INPUT_KIND_IDS, parseMappings, type ProjectSettings } from '../../../core/index.js';
import { writeAtomically, type WriteFile } from '../fs-atomic.js';
import { samePath } from '../same-path.js';
import { addRecentProject, readAppSettings, readRecentProjects, writeAppSettings } from './app-state.js';
import { ApiFailure, apiError, result } from './errors.js';
import { exportFiles } from './export-files.js';
import { readInputFile } from './input-file.js';
import { attachInputFile, readAttachedInput, storeDroppedInput } from './inputs.js';
import { assertOpenable } from './open-path.js';
import { writeMappings, writeNarrative } from './project-folder.js';
import { assertProject, attachedInputs, createProjectFolder, loadProject, saveProjectSettings } from './projects.js';
import { writeRecovery } from './recovery.js';
import { ensureSampleCopy, sampleCopyFolder } from './sample-copy.js';
import { InputWatcher } from './watch-inputs.js';

export interface HandlerDeps {
  userDataDir: string; // app settings (settings.json), recent projects, the sample copy
  sampleDir: string; // the bundled data/sample folder
  dialogs: { chooseFolder(purpose: 'project' | 'export'): Promise<string | null>; chooseCsv(): Promise<string | null> };
  shell: { openPath(path: string): Promise<string>; showItemInFolder(path: string): void };
  notifyInputChanged(event: InputChangedEvent): void;
  /** Watch attached inputs for changes (default true; tests may turn it off). */
  watchInputs?: boolean;
  /**
   * Writes a project or exported file whole (default `writeAtomically`). Tests inject a failing
   * one to act out a file Word holds open or a read-only disk, which root cannot otherwise see.
   */
  writeFile?: WriteFile;
}

export type Handlers = { [M in InvokeMethod]: (...args: Parameters<ReportApi[M]>) => ReturnType<ReportApi[M]> };


export function createHandlers(deps: HandlerDeps): Handlers & { dispose(): void } {
  const watcher = deps.watchInputs === false ? null : new InputWatcher((event) => deps.notifyInputChanged(event));
  const sampleFolder = resolve(sampleCopyFolder(deps.userDataDir));
  const write = deps.writeFile ?? writeAtomically;

  // Recent-project updates are read-modify-write: run them one at a time. A failure to remember
  // a project never fails opening it.
  let recentWrites: Promise<void> = Promise.resolve();
  const remember = (project: ProjectData): Promise<void> => {
    if (project.isSample) return recentWrites;
    const entry = { folder: project.folder, organisation: project.settings.organisation, year: project.settings.year, openedAt: new Date().toISOString() };
    recentWrites = recentWrites.then(() => addRecentProject(deps.userDataDir, entry)).catch(() => undefined);
    return recentWrites;
  };

  /** Loads a project, makes it the watched one and remembers it. */
  const open = async (folder: string): Promise<ProjectData> => {
    const project = await loadProject(folder, samePath(folder, sampleFolder));
    watcher?.watchProject(folder, Object.values(project.inputs));
    await remember(project);
    return project;
  };

  /** After a settings save, watch exactly the inputs the settings now attach. */
  const rewatch = async (folder: string, settings: ProjectSettings): Promise<void> => {
    if (watcher === null) return;
    const watched = watcher.watchedPaths(folder);
    const wanted = new Map(attachedInputs(folder, settings).map((a) => [a.kind, a.path]));
    for (const kind of INPUT_KIND_IDS) {
      const path = wanted.get(kind);
      if (path !== undefined && watched[kind] !== undefined && samePath(path, watched[kind])) continue;
      watcher.unwatch(folder, kind);
      if (path === undefined) continue;
      // A file that cannot be read now is reported when the project is next opened.
      const file = await readInputFile(kind, path).catch(() => null);
      if (file !== null) watcher.watchInput(folder, file);
    }
  };

  return {
    getAppSettings: () => readAppSettings(deps.userDataDir),
    saveAppSettings: (settings) =>
      result(async () => {
        await writeAppSettings(deps.userDataDir, settings);
        return settings;
      }),
    recentProjects: async () => {
      await recentWrites;
      return readRecentProjects(deps.userDataDir);
    },

    chooseProjectFolder: () => deps.dialogs.chooseFolder('project'),
    chooseCsvFile: () => deps.dialogs.chooseCsv(),
    chooseExportFolder: () => deps.dialogs.chooseFolder('export'),

    createProject: (folder, settings) =>
      result(async () => {
        await createProjectFolder(resolve(folder), settings, write);
        return open(resolve(folder));
      }),
    openProject: (folder) => result(() => open(resolve(folder))),
    openSample: () =>
      result(async () => {
        const folder = resolve(await ensureSampleCopy(deps.sampleDir, deps.userDataDir));
        return open(folder);
      }),
    saveSettings: (folder, settings) =>
      result(async () => {
        const saved = await saveProjectSettings(resolve(folder), settings, write);
        await rewatch(resolve(folder), saved);
        return saved;
      }),
    saveNarrative: (folder, lang, section, text) =>
      result(async () => {
        await assertProject(resolve(folder));
        await writeNarrative(resolve(folder), lang, section, text, write);
        return null;
      }),
    saveMappings: (folder, mappings) =>
      result(async () => {
        await assertProject(resolve(folder));
        // Stored as they are matched (texts normalized), so the answer equals what the next open reads.
        const stored = parseMappings(mappings);
        await writeMappings(resolve(folder), stored, write);
        return stored;
      }),
    saveRecovery: (folder, entries) =>
      result(async () => {
        await assertProject(resolve(folder));
        await writeRecovery(resolve(folder), entries, write);
        return null;
      }),

    attachInput: (folder, kind, path) =>
      result(async () => {
        const file = await attachInputFile(resolve(folder), kind, path, write);
        watcher?.watchInput(resolve(folder), file);
        return file;
      }),
    attachInputBytes: (folder, kind, name, bytes) =>
      result(async () => {
        const path = await storeDroppedInput(resolve(folder), name, bytes, write);
        const file = await attachInputFile(resolve(folder), kind, path, write);
        watcher?.watchInput(resolve(folder), file);
        return file;
      }),
    readInput: (folder, kind) =>
      result(async () => {
        const file = await readAttachedInput(resolve(folder), kind);
        watcher?.watchInput(resolve(folder), file);
        return file;
      }),

    exportFiles: (folder, files, overwrite) => result(() => exportFiles(resolve(folder), files, overwrite, write)),
    openPath: (path) =>
      result(async () => {
        await assertOpenable(path);
        const error = await deps.shell.openPath(path);
        if (error !== '') throw new ApiFailure(apiError('io', `Nie udało się otworzyć ${path}: ${error}`, `Could not open ${path}: ${error}`, path));
        return null;
      }, path),
    showInFolder: (path) =>
      result(async () => {
        await stat(path);
        deps.shell.showItemInFolder(path);
        return null;
      }, path),

    dispose: () => watcher?.dispose(),
  };
}
