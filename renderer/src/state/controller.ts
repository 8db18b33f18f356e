/**
 * The app's actions, made once per API: every side effect (API calls, saving, building) starts
 * here, and views only read the store and call these.
 */
import type { AppCommand, ReportApi } from '../../../electron/common/api';
import type { InputKind, SectionId } from '../../../core/index';
import type { AppState, ViewId } from './app-state';
import { createAutosaver } from './autosave';
import { createBuildScheduler } from './build-scheduler';
import { createCommandRouter, type CommandRouter } from './commands';
import { createEditorSlot } from './editor-handle';
import { createExportActions } from './export-actions';
import { createInputActions } from './input-actions';
import { AUTOSAVE_DELAY_MS, createNarrativeActions } from './narrative-actions';
import { createNotifier } from './notices';
import { createProjectActions } from './project-actions';
import type { Store } from './store';

export function createController(api: ReportApi, store: Store<AppState>) {
  const notify = createNotifier(store);
  const builder = createBuildScheduler(store, (message) => notify.error((t) => t.errors.generic(message)));
  const autosave = createAutosaver(AUTOSAVE_DELAY_MS, (save) => store.set({ save }));
  const editor = createEditorSlot();
  const deps = { api, store, notify, builder, autosave, editor };
  const project = createProjectActions(deps);
  const inputs = createInputActions(deps);
  const narratives = createNarrativeActions(deps);
  const exports = createExportActions(deps);

  const go = (view: ViewId, at: { section?: SectionId; kind?: InputKind } = {}) => {
    if (store.get().view === 'write' && view !== 'write') void autosave.flush();
    store.set((s) => ({ view, section: at.section ?? s.section, focusKind: at.kind ?? null }));
  };

  const hasProject = () => store.get().project !== null;

  const run = (command: AppCommand) => {
    switch (command) {
      case 'new-project':
        go('start');
        return store.set((s) => ({ newProjectTick: s.newProjectTick + 1 }));
      case 'open-project':
        return void project.openFolder();
      case 'save':
        return void narratives.save();
      case 'export':
        if (!hasProject()) return;
        go('export');
        return void exports.run();
      case 'settings':
        return go('settings');
      case 'undo':
        return editor.get()?.undo();
      case 'redo':
        return editor.get()?.redo();
    }
  };
  const commands: CommandRouter = createCommandRouter(run);

  /** Subscriptions to the API's events; returns the unsubscribe function. */
  const connect = () => {
    const offInput = api.onInputChanged((e) => inputs.onInputChanged(e));
    const offCommand = api.onCommand((c) => commands.dispatch(c, 'menu'));
    const beforeUnload = () => void autosave.flush();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      offInput();
      offCommand();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  };

  return { store, notify, editor, commands, connect, go, project, inputs, narratives, exports };
}

export type Controller = ReturnType<typeof createController>;
