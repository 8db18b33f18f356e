/**
 * Export: save pending edits, build, write DOCX and/or HTML in memory, then hand the files to the
 * API, which never overwrites unless asked. On a conflict the files wait here for the answer; a
 * file that is open in another program or read-only waits for another name. The project is never
 * touched by a failed export: everything stays in the app.
 */
import type { ExportFile } from '../../../electron/common/api';
import { loadDocxWriter, writeHtml, writeText, type DocumentModel } from '../../../core/index';
import type { ActionDeps } from './deps';
import { rasterizeSvg } from './rasterize-svg';
import { EXPORT_FORMATS, exportFileName, renameProblem, type ExportFormat, type ExportFormats, type ExportState, type ExportStep } from './export-state';

/** One edition's bytes; every edition comes from the same document model. */
async function editionBytes(doc: DocumentModel, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return (await loadDocxWriter()).writeDocx(doc, { rasterize: rasterizeSvg });
    case 'large-print':
      return (await loadDocxWriter()).writeDocx(doc, { rasterize: rasterizeSvg, edition: 'large-print' });
    case 'html':
      return new TextEncoder().encode(writeHtml(doc));
    case 'txt':
      return new TextEncoder().encode(writeText(doc));
  }
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
/** The path the main process writes `name` to (only shown; the main process joins it itself). */
const joinPath = (folder: string, name: string) => `${folder}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${name}`;

/** Lets the browser paint the progress between steps. */
const yieldToPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createExportActions({ api, store, notify, builder, autosave }: ActionDeps) {
  /**
   * Files built but not written yet: waiting for the answer to "replace?" (phase `conflict`) or for
   * another name (phase `error` with `blocked`). `written` are the paths this export wrote before.
   */
  let waiting: { files: ExportFile[]; written: string[] } | null = null;
  const set = (patch: Partial<ExportState>) => store.set((s) => ({ exportState: { ...s.exportState, ...patch } }));
  const done = (step: ExportStep, skipped = false) =>
    store.set((s) => {
      const e = s.exportState;
      return { exportState: skipped ? { ...e, skipped: [...e.skipped, step] } : { ...e, finished: [...e.finished, step] } };
    });

  const chooseFolder = async (): Promise<string | null> => {
    const folder = await api.chooseExportFolder();
    if (folder !== null) set({ folder });
    return folder;
  };

  const write = async (folder: string, files: ExportFile[], overwrite: boolean, written: string[] = []) => {
    set({ phase: 'running', step: 'writing', error: null, blocked: null });
    const result = await api.exportFiles(folder, files, overwrite);
    if (!result.ok) {
      const { error } = result;
      // The handler writes the files in order and stops at the first it cannot write: the ones
      // before it are on disk, and that one and the rest can go under another name.
      const failed = error.code === 'locked' || error.code === 'permission' ? files.findIndex((f) => f.name === baseName(error.path ?? '')) : -1;
      if (failed >= 0) {
        const before = files.slice(0, failed).map((f) => joinPath(folder, f.name));
        waiting = { files: files.slice(failed), written: [...written, ...before] };
        set({ phase: 'error', step: null, error: error.message, blocked: { name: files[failed]!.name, code: error.code as 'locked' | 'permission' } });
      } else {
        waiting = null;
        set({ phase: 'error', step: null, error: error.message });
      }
      return;
    }
    if (result.value.status === 'conflict') {
      waiting = { files, written };
      set({ phase: 'conflict', step: null, existing: result.value.existing });
      return;
    }
    waiting = null;
    done('writing');
    set({ phase: 'done', step: null, paths: [...written, ...result.value.paths] });
  };

  return {
    chooseFolder,
    setFormats: (formats: ExportFormats) => set({ formats }),

    async run() {
      const { exportState, project } = store.get();
      if (project === null || exportState.phase === 'running' || exportState.phase === 'conflict') return;
      if (!EXPORT_FORMATS.some((f) => exportState.formats[f])) return;
      const folder = exportState.folder ?? (await chooseFolder());
      if (folder === null) return;
      waiting = null;
      set({ phase: 'running', step: 'building', finished: [], skipped: [], existing: [], paths: [], error: null, blocked: null });
      await autosave.flush();
      await builder.settled();
      const { build } = store.get();
      const doc = build?.chapter.doc;
      if (!build?.ok || !doc) {
        set({ phase: 'idle', step: null });
        const errors = build?.problems.filter((p) => p.severity === 'error').length ?? 0;
        notify.error((t) => (errors > 0 ? t.export.blocked(new Intl.NumberFormat(t.locale).format(errors)) : t.export.noDoc));
        return;
      }
      done('building');
      const { settings } = project;
      const files: ExportFile[] = [];
      try {
        for (const format of EXPORT_FORMATS) {
          if (!exportState.formats[format]) {
            done(format, true);
            continue;
          }
          set({ step: format });
          await yieldToPaint();
          const bytes = await editionBytes(doc, format);
          files.push({ name: exportFileName(settings.year, settings.lang, format), bytes });
          done(format);
        }
      } catch (e) {
        set({ phase: 'error', step: null, error: { pl: String(e), en: String(e) } });
        return;
      }
      await write(folder, files, false);
    },

    async overwrite() {
      const folder = store.get().exportState.folder;
      if (waiting !== null && folder !== null) await write(folder, waiting.files, true, waiting.written);
    },

    /**
     * Writes the file that could not be written under `name` instead, with the files after it;
     * false (nothing written) when `name` is not a usable name. An existing file is not replaced
     * without asking.
     */
    async retryAs(name: string): Promise<boolean> {
      const { folder, blocked } = store.get().exportState;
      if (waiting === null || folder === null || blocked === null) return false;
      const [first, ...rest] = waiting.files;
      if (first === undefined || renameProblem(name, first.name, rest.map((f) => f.name)) !== null) return false;
      await write(folder, [{ ...first, name }, ...rest], false, waiting.written);
      return true;
    },

    cancel() {
      waiting = null;
      set({ phase: 'cancelled', step: null, existing: [] });
    },

    async open(path: string) {
      const result = await api.openPath(path);
      if (!result.ok) notify.apiError(result.error);
    },
    async showInFolder(path: string) {
      const result = await api.showInFolder(path);
      if (!result.ok) notify.apiError(result.error);
    },
  };
}

export type ExportActions = ReturnType<typeof createExportActions>;
