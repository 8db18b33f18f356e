/** What every group of actions works with. */
import type { ReportApi } from '../../../electron/common/api';
import type { AppState } from './app-state';
import type { Autosaver } from './autosave';
import type { BuildScheduler } from './build-scheduler';
import type { EditorSlot } from './editor-handle';
import type { Notifier } from './notices';
import type { Store } from './store';

export interface ActionDeps {
  api: ReportApi;
  store: Store<AppState>;
  notify: Notifier;
  builder: BuildScheduler;
  autosave: Autosaver;
  editor: EditorSlot;
}
