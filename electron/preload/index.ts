/**
 * The preload: implements the contract's `ReportApi` with one IPC channel per method and exposes
 * it as `window.reportApi`, and nothing else. It runs sandboxed (bundled to one CommonJS file) and
 * imports only `electron` and the contract. Event listeners are wrapped so page code never
 * receives the `IpcRendererEvent` (its `sender` would reach IPC wholesale).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, COMMAND_EVENT, INPUT_CHANGED_EVENT, type AppCommand, type InputChangedEvent, type InvokeMethod, type ReportApi } from '../common/api.js';

const invoke =
  <M extends InvokeMethod>(method: M) =>
  (...args: Parameters<ReportApi[M]>): ReturnType<ReportApi[M]> =>
    ipcRenderer.invoke(CHANNELS[method], ...args) as ReturnType<ReportApi[M]>;

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const api = {
  getAppSettings: invoke('getAppSettings'),
  saveAppSettings: invoke('saveAppSettings'),
  recentProjects: invoke('recentProjects'),
  chooseProjectFolder: invoke('chooseProjectFolder'),
  chooseCsvFile: invoke('chooseCsvFile'),
  chooseExportFolder: invoke('chooseExportFolder'),
  createProject: invoke('createProject'),
  openProject: invoke('openProject'),
  openSample: invoke('openSample'),
  saveSettings: invoke('saveSettings'),
  saveNarrative: invoke('saveNarrative'),
  saveMappings: invoke('saveMappings'),
  saveRecovery: invoke('saveRecovery'),
  attachInput: invoke('attachInput'),
  attachInputBytes: invoke('attachInputBytes'),
  readInput: invoke('readInput'),
  onInputChanged: (listener: (event: InputChangedEvent) => void) => subscribe(INPUT_CHANGED_EVENT, listener),
  onCommand: (listener: (command: AppCommand) => void) => subscribe(COMMAND_EVENT, listener),
  exportFiles: invoke('exportFiles'),
  openPath: invoke('openPath'),
  showInFolder: invoke('showInFolder'),
  pathForFile: (file: File) => webUtils.getPathForFile(file),
} satisfies ReportApi;

contextBridge.exposeInMainWorld('reportApi', api);
