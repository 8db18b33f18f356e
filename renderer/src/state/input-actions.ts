/** Attaching CSV files (dialog or drop), reloading them when they change, and mapping unknown values. */
import type { ApiResult, InputChangedEvent, InputFileData } from '../../../electron/common/api';
import type { InputKind } from '../../../core/inputs/import-table';
import { MAPPABLE, withMapping } from '../../../core/inputs/value-mappings';
import type { ActionDeps } from './deps';

export function createInputActions({ api, store, notify, builder }: ActionDeps) {
  const folder = () => store.get().project?.folder ?? null;

  /** New bytes (a new Uint8Array) make the session import the file again. */
  const useFile = (file: InputFileData) => {
    store.set((s) => {
      if (s.project === null) return {};
      const { [file.kind]: _gone, ...missingInputs } = s.project.missingInputs;
      const settings = { ...s.project.settings, files: { ...s.project.settings.files, [file.kind]: file.path } };
      return { project: { ...s.project, settings, inputs: { ...s.project.inputs, [file.kind]: file }, missingInputs } };
    });
    builder.schedule();
  };

  const attached = (result: ApiResult<InputFileData>) => {
    if (!result.ok) return notify.apiError(result.error);
    useFile(result.value);
    const name = result.value.name;
    notify.success((t) => t.data.attached(name));
  };

  return {
    async choose(kind: InputKind) {
      const f = folder();
      if (f === null) return;
      const path = await api.chooseCsvFile();
      if (path !== null) attached(await api.attachInput(f, kind, path));
    },

    /** A dropped file: by its path in Electron (the project keeps referring to it), else by its bytes. */
    async drop(kind: InputKind, file: File) {
      const f = folder();
      if (f === null) return;
      const path = api.pathForFile?.(file) ?? '';
      if (path !== '') return attached(await api.attachInput(f, kind, path));
      attached(await api.attachInputBytes(f, kind, file.name, new Uint8Array(await file.arrayBuffer())));
    },

    onInputChanged(event: InputChangedEvent) {
      if (event.folder !== folder()) return;
      useFile(event.file);
      const name = event.file.name;
      notify.info((t) => t.data.reloaded(name));
    },

    /** Maps `found` in column `key` to a known value, saves the mappings, and re-imports with them. */
    async mapValue(kind: InputKind, key: string, found: string, value: string) {
      const project = store.get().project;
      if (project === null || MAPPABLE[kind][key]?.some((t) => t.value === value) !== true) return;
      const result = await api.saveMappings(project.folder, withMapping(project.mappings, kind, key, found, value));
      if (!result.ok) return notify.apiError(result.error);
      store.set((s) => (s.project ? { project: { ...s.project, mappings: result.value } } : {}));
      builder.schedule();
      const label = MAPPABLE[kind][key]?.find((t) => t.value === value)?.label;
      notify.success((t, lang) => t.problems.mapped(found, label?.[lang] ?? value));
    },
  };
}

export type InputActions = ReturnType<typeof createInputActions>;
