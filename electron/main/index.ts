/**
 * The app's entry: one instance, one window, the security handlers, the IPC handlers and the menu.
 * Only the Electron wiring lives here; everything it wires is tested without Electron.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type OpenDialogOptions } from 'electron';
import { COMMAND_EVENT, INPUT_CHANGED_EVENT, type AppCommand } from '../common/api.js';
import type { UiLang } from '../common/ui-langs.js';
import { readAppSettings } from './handlers/app-state.js';
import { createHandlers, type Handlers } from './handlers/index.js';
import { registerIpc } from './ipc.js';
import { menuTemplate } from './menu.js';
import { installNetworkPolicy, installSecurityHandlers } from './security.js';
import { createMainWindow } from './window.js';

const here = import.meta.dirname;
const isDev = !app.isPackaged;
// The dev server's URL is honoured only in development: a packaged app never loads a page named by the environment.
const appUrl = isDev && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : pathToFileURL(join(here, '../renderer/index.html')).href;
// Packaged, the sample is an extra resource: a plain folder outside app.asar, so it can be copied.
const sampleDir = app.isPackaged ? join(process.resourcesPath, 'sample') : join(here, '../../data/sample');

let mainWindow: BrowserWindow | null = null;

/** The open dialogs' titles, in each UI language. */
const TITLES = {
  pl: { project: 'Wybierz folder projektu', export: 'Wybierz folder eksportu', csv: 'Wybierz plik CSV', csvFiles: 'Pliki CSV' },
  en: { project: 'Choose the project folder', export: 'Choose the export folder', csv: 'Choose a CSV file', csvFiles: 'CSV files' },
} as const satisfies Record<UiLang, Record<string, string>>;

const userDataDir = (): string => app.getPath('userData');
const titles = async (): Promise<(typeof TITLES)[UiLang]> => TITLES[(await readAppSettings(userDataDir())).uiLanguage];

async function pick(options: OpenDialogOptions): Promise<string | null> {
  const picked = mainWindow === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(mainWindow, options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

async function applyMenu(): Promise<void> {
  const send = (command: AppCommand): void => mainWindow?.webContents.send(COMMAND_EVENT, command);
  const { uiLanguage } = await readAppSettings(userDataDir());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(uiLanguage, send, { dev: isDev })));
}

function createWindow(): BrowserWindow {
  const win = createMainWindow(BrowserWindow, join(here, '../preload/index.cjs'));
  installSecurityHandlers(win.webContents, appUrl);
  installNetworkPolicy(win.webContents.session, appUrl);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(appUrl);
  return win;
}

function start(): void {
  const created = createHandlers({
    userDataDir: userDataDir(),
    sampleDir,
    dialogs: {
      chooseFolder: async (purpose) => pick({ title: (await titles())[purpose], properties: ['openDirectory', 'createDirectory'] }),
      chooseCsv: async () => {
        const t = await titles();
        return pick({ title: t.csv, properties: ['openFile'], filters: [{ name: t.csvFiles, extensions: ['csv', 'tsv', 'txt'] }] });
      },
    },
    shell: { openPath: (path) => shell.openPath(path), showItemInFolder: (path) => shell.showItemInFolder(path) },
    notifyInputChanged: (event) => mainWindow?.webContents.send(INPUT_CHANGED_EVENT, event),
  });
  const handlers: Handlers = {
    ...created,
    // The menu follows the UI language as soon as it is saved.
    saveAppSettings: async (settings) => {
      const saved = await created.saveAppSettings(settings);
      if (saved.ok) await applyMenu();
      return saved;
    },
  };
  registerIpc(ipcMain, handlers, appUrl);
  app.on('will-quit', () => created.dispose());
  void applyMenu();
  mainWindow = createWindow();
  app.on('activate', () => {
    mainWindow ??= createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every renderer sandboxed, whatever options a future window might be given.
  app.enableSandbox();
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
