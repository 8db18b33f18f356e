/**
 * `ReportApi` without Electron, for a plain browser (and the browser tests): projects in
 * localStorage, the bundled sample from Vite assets, a hidden file input as the CSV dialog, and
 * downloads instead of writing to a folder. What a browser cannot do is answered with an error
 * value, never faked.
 */
import type { ApiResult, AppSettings, InputFileData, ProjectData, ReportApi } from '../../../electron/common/api';
import { DEFAULT_UI_LANG, isUiLang } from '../../../electron/common/ui-langs';
import { parseMappings, readSettings, settingsErrorsText, type InputKind, type ProjectSettings } from '../../../core/index';
import { apiError, fail, ok } from './browser/api-error';
import { download, mimeType } from './browser/download';
import { pickCsvFile, pickedFile } from './browser/file-picker';
import { SAMPLE_FOLDER, createProjectStore } from './browser/projects';
import { sampleInputs, sampleNarratives, sampleSettings } from './browser/sample';
import { readJson, writeJson } from './browser/storage';

/** Where the browser "saves": its downloads, whose real path a page never learns. */
export const BROWSER_DOWNLOADS = 'browser:/downloads';

const isAppSettings = (v: unknown): v is AppSettings => typeof v === 'object' && v !== null && isUiLang((v as AppSettings).uiLanguage);

const cannot = <T,>(path: string): ApiResult<T> =>
  fail(
    apiError(
      'permission',
      'Przeglądarka nie może otwierać plików ani folderów. Pobrany plik znajdziesz w folderze pobranych plików.',
      'A browser cannot open files or folders. You will find the file in your downloads folder.',
      path,
    ),
  );

function validSettings(settings: ProjectSettings): ApiResult<ProjectSettings> {
  const read = readSettings(settings);
  if (read.ok) return ok(read.settings);
  return fail(apiError('invalid-payload', settingsErrorsText(read.errors, 'pl'), settingsErrorsText(read.errors, 'en')));
}

export function createBrowserApi(): ReportApi {
  const store = createProjectStore();
  let nextProject = store.folders().length + 1;

  const notAProject = <T,>(folder: string): ApiResult<T> =>
    fail(
      apiError(
        'not-a-project',
        `${folder} nie jest projektem. W przeglądarce projekty otwiera się z listy ostatnich projektów.`,
        `${folder} is not a project. In a browser, open projects from the list of recent projects.`,
        folder,
      ),
    );

  const opened = (folder: string): ApiResult<ProjectData> => {
    const data = store.data(folder);
    if (data === undefined) return notAProject(folder);
    store.touchRecent(folder, data.settings);
    return ok(data);
  };

  const attach = (folder: string, file: InputFileData): ApiResult<InputFileData> => {
    if (store.update(folder, (p) => ({ ...p, settings: { ...p.settings, files: { ...p.settings.files, [file.kind]: file.name } } })) === undefined) {
      return notAProject(folder);
    }
    store.setInput(folder, file);
    return ok(file);
  };

  return {
    async getAppSettings() {
      return readJson<AppSettings>('app', { uiLanguage: DEFAULT_UI_LANG }, isAppSettings);
    },
    async saveAppSettings(settings) {
      if (!isAppSettings(settings)) return fail(apiError('invalid-payload', 'Nieznany język interfejsu.', 'Unknown interface language.'));
      writeJson('app', settings);
      return ok(settings);
    },
    async recentProjects() {
      return store.recent();
    },

    async chooseProjectFolder() {
      while (store.has(`browser:/projects/${nextProject}`)) nextProject++;
      return `browser:/projects/${nextProject}`;
    },
    chooseCsvFile: pickCsvFile,
    async chooseExportFolder() {
      return BROWSER_DOWNLOADS;
    },

    async createProject(folder, settings) {
      if (store.has(folder)) return fail(apiError('exists', `W ${folder} jest już projekt.`, `${folder} already holds a project.`, folder));
      const valid = validSettings(settings);
      if (!valid.ok) return fail(valid.error);
      store.put(folder, { settings: { ...valid.value, files: {} }, narratives: { pl: {}, en: {} }, mappings: {}, isSample: false });
      return opened(folder);
    },
    async openProject(folder) {
      return opened(folder);
    },
    async openSample() {
      try {
        // The sample is a private copy: the user's edits stay, the bundled CSVs are loaded again.
        if (!store.has(SAMPLE_FOLDER)) {
          store.put(SAMPLE_FOLDER, { settings: sampleSettings(), narratives: sampleNarratives(), mappings: {}, isSample: true });
        }
        const settings = store.get(SAMPLE_FOLDER)!.settings;
        for (const f of await sampleInputs(settings)) {
          if (store.input(SAMPLE_FOLDER, f.kind) === undefined && settings.files[f.kind] === f.name) {
            store.setInput(SAMPLE_FOLDER, { ...f, path: `${SAMPLE_FOLDER}/${f.name}`, modifiedMs: Date.now() });
          }
        }
        return opened(SAMPLE_FOLDER);
      } catch (e) {
        return fail(apiError('io', `Nie udało się wczytać przykładu: ${String(e)}`, `Could not load the sample: ${String(e)}`));
      }
    },
    async saveSettings(folder, settings) {
      const valid = validSettings(settings);
      if (!valid.ok) return valid;
      return store.update(folder, (p) => ({ ...p, settings: valid.value })) ? valid : notAProject(folder);
    },
    async saveNarrative(folder, lang, section, text) {
      const saved = store.update(folder, (p) => ({ ...p, narratives: { ...p.narratives, [lang]: { ...p.narratives[lang], [section]: text } } }));
      return saved ? ok(null) : notAProject(folder);
    },
    async saveRecovery(folder, entries) {
      if (!store.has(folder)) return notAProject(folder);
      return store.setRecovery(folder, entries)
        ? ok(null)
        : fail(apiError('io', 'Pamięć przeglądarki jest pełna: nie zapisano kopii zapasowej tekstu.', 'The browser storage is full: the backup of your text was not saved.', folder));
    },
    async saveMappings(folder, mappings) {
      let parsed;
      try {
        parsed = parseMappings(mappings);
      } catch (e) {
        return fail(apiError('invalid-payload', String(e), String(e)));
      }
      return store.update(folder, (p) => ({ ...p, mappings: parsed })) ? ok(parsed) : notAProject(folder);
    },

    async attachInput(folder, kind, path) {
      const file = pickedFile(path);
      if (file === undefined) return fail(apiError('not-found', `Nie znaleziono pliku ${path}.`, `File ${path} was not found.`, path));
      return attach(folder, { kind, path, ...file });
    },
    async attachInputBytes(folder, kind, name, bytes) {
      return attach(folder, { kind, name, path: `${folder}/inputs/${name}`, bytes, modifiedMs: Date.now() });
    },
    async readInput(folder, kind: InputKind) {
      const file = store.input(folder, kind);
      return file ? ok(file) : fail(apiError('not-found', 'Plik nie jest dodany.', 'The file is not attached.'));
    },
    onInputChanged() {
      return () => {}; // a page cannot watch files on disk
    },
    onCommand() {
      return () => {}; // no application menu in a browser
    },

    async exportFiles(_folder, files) {
      for (const f of files) download(f.name, f.bytes, mimeType(f.name));
      return ok({ status: 'written', paths: files.map((f) => `${BROWSER_DOWNLOADS}/${f.name}`) });
    },
    async openPath(path) {
      return cannot(path);
    },
    async showInFolder(path) {
      return cannot(path);
    },
  };
}
