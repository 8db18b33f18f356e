/**
 * Export: save pending edits, build, write DOCX and/or HTML in memory, then hand the files to the
 * API, which never overwrites unless asked. On a conflict the files wait here for the answer.
 */
import type { ExportFile } from '../../../electron/common/api';
import { writeDocx } from '../../../core/doc/to-docx';
import { writeHtml } from '../../../core/doc/to-html';
import { writeText } from '../../../core/doc/to-text';
import type { DocumentModel } from '../../../core/doc/model';

/** One edition's bytes; every edition comes from the same document model. */
async function editionBytes(doc: DocumentModel, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return writeDocx(doc, { rasterize: rasterizeSvg });
    case 'large-print':
      return writeDocx(doc, { rasterize: rasterizeSvg, edition: 'large-print' });
    case 'html':
      return new TextEncoder().encode(writeHtml(doc));
    case 'txt':
      return new TextEncoder().encode(writeText(doc));
  }
}
import type { ActionDeps } from './deps';
import { rasterizeSvg } from './rasterize-svg';
import { EXPORT_FORMATS, exportFileName, type ExportFormat, type ExportFormats, type ExportState, type ExportStep } from './export-state';

/** Lets the browser paint the progress between steps. */
const yieldToPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createExportActions({ api, store, notify, builder, autosave }: ActionDeps) {
  let waiting: ExportFile[] | null = null;
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

  const write = async (folder: string, files: ExportFile[], overwrite: boolean) => {
    set({ phase: 'running', step: 'writing' });
    const result = await api.exportFiles(folder, files, overwrite);
    if (!result.ok) {
      waiting = null;
      set({ phase: 'error', step: null, error: result.error.message });
      return;
    }
    if (result.value.status === 'conflict') {
      waiting = files;
      set({ phase: 'conflict', step: null, existing: result.value.existing });
      return;
    }
    waiting = null;
    done('writing');
    set({ phase: 'done', step: null, paths: result.value.paths });
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
      set({ phase: 'running', step: 'building', finished: [], skipped: [], existing: [], paths: [], error: null });
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
      if (waiting !== null && folder !== null) await write(folder, waiting, true);
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
