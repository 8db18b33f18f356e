/**
 * Attaching CSV files (dialog or drop), reloading them when they change, mapping unknown values,
 * and cancelling the import one of these started: each comes with an undo that puts the project
 * back — in the app and, where the change was saved, on disk.
 */
import type { ApiResult, InputChangedEvent, InputFileData } from '../../../electron/common/api';
import { kindOf, withMapping, type InputKind } from '../../../core/index';
import { textLangOf } from '../i18n/languages';
import type { ActionDeps } from './deps';

/** `record` with `kind` set to `value`, or without `kind` when `value` is undefined. */
function withEntry<T>(record: Partial<Record<InputKind, T>>, kind: InputKind, value: T | undefined): Partial<Record<InputKind, T>> {
  const { [kind]: _old, ...rest } = record;
  return value === undefined ? rest : { ...rest, [kind]: value };
}

export function createInputActions({ api, store, notify, builder }: ActionDeps) {
  const folder = () => store.get().project?.folder ?? null;
  /** A cancelled attach being written back to disk: the next attach waits for it, so it cannot be overwritten by it. */
  let reverting: Promise<unknown> = Promise.resolve();

  /** While a long import runs, a new file or mapping would queue behind it and blur what Cancel undoes. */
  const busy = (): boolean => {
    const running = store.get().importProgress;
    if (running === null) return false;
    notify.info((t) => t.importProgress.wait(running.file));
    return true;
  };

  /**
   * New bytes (a new Uint8Array) make the worker import the file again. `saved`: the attach also
   * pointed project.json at the file, so cancelling its import points it back.
   */
  const useFile = (file: InputFileData, saved: boolean) => {
    const before = store.get().project;
    if (before === null) return;
    const kind = file.kind;
    const previous = { file: before.inputs[kind], stored: before.settings.files[kind], missing: before.missingInputs[kind] };
    store.set((s) => {
      if (s.project === null) return {};
      const missingInputs = withEntry(s.project.missingInputs, kind, undefined);
      const settings = { ...s.project.settings, files: { ...s.project.settings.files, [kind]: file.path } };
      return { project: { ...s.project, settings, inputs: { ...s.project.inputs, [kind]: file }, missingInputs } };
    });
    builder.schedule(() => {
      const p = store.get().project;
      if (p === null || p.folder !== before.folder) return;
      const settings = { ...p.settings, files: withEntry(p.settings.files, kind, previous.stored) };
      const inputs = withEntry(p.inputs, kind, previous.file);
      store.set({ project: { ...p, settings, inputs, missingInputs: withEntry(p.missingInputs, kind, previous.missing) } });
      const name = file.name;
      const back = previous.file?.name ?? null;
      notify.info((t) => t.importProgress.cancelled(name, back));
      if (saved) {
        reverting = api.saveSettings(p.folder, settings).then((r) => {
          if (!r.ok) notify.apiError(r.error);
        });
      }
    });
  };

  const attached = (result: ApiResult<InputFileData>) => {
    if (!result.ok) return notify.apiError(result.error);
    useFile(result.value, true);
    const name = result.value.name;
    notify.success((t) => t.data.attached(name));
  };

  return {
    async choose(kind: InputKind) {
      const f = folder();
      if (f === null || busy()) return;
      const path = await api.chooseCsvFile();
      if (path === null) return;
      await reverting;
      attached(await api.attachInput(f, kind, path));
    },

    /** A dropped file: by its path in Electron (the project keeps referring to it), else by its bytes. */
    async drop(kind: InputKind, file: File) {
      const f = folder();
      if (f === null || busy()) return;
      const path = api.pathForFile?.(file) ?? '';
      await reverting;
      if (path !== '') return attached(await api.attachInput(f, kind, path));
      attached(await api.attachInputBytes(f, kind, file.name, new Uint8Array(await file.arrayBuffer())));
    },

    onInputChanged(event: InputChangedEvent) {
      if (event.folder !== folder()) return;
      useFile(event.file, false);
      const name = event.file.name;
      notify.info((t) => t.data.reloaded(name));
    },

    /** Stops the running import and undoes the attach, reload or mapping that started it. */
    cancelImport: (): Promise<boolean> => builder.cancelImport(),

    /** Maps `found` in column `key` to a known value, saves the mappings, and re-imports with them. */
    async mapValue(kind: InputKind, key: string, found: string, value: string) {
      const project = store.get().project;
      if (project === null || kindOf(kind).mappable[key]?.some((t) => t.value === value) !== true || busy()) return;
      const before = project.mappings;
      await reverting;
      const result = await api.saveMappings(project.folder, withMapping(before, kind, key, found, value));
      if (!result.ok) return notify.apiError(result.error);
      store.set((s) => (s.project ? { project: { ...s.project, mappings: result.value } } : {}));
      builder.schedule(() => {
        const p = store.get().project;
        if (p === null || p.folder !== project.folder) return;
        store.set({ project: { ...p, mappings: before } });
        const file = p.inputs[kind]?.name ?? '';
        notify.info((t) => t.importProgress.mappingCancelled(file));
        reverting = api.saveMappings(p.folder, before).then((r) => {
          if (!r.ok) notify.apiError(r.error);
        });
      });
      const label = kindOf(kind).mappable[key]?.find((t) => t.value === value)?.label;
      notify.success((t, lang) => t.problems.mapped(found, label?.[textLangOf(lang)] ?? value));
    },
  };
}

export type InputActions = ReturnType<typeof createInputActions>;
