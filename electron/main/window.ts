/**
 * The main window. Only types come from Electron: the window class is passed in, so a unit test
 * can capture the options without an Electron binary.
 *
 * The options are written inside the `new BrowserWindow({…})` call itself, not built elsewhere and
 * passed in: static scanners (electronegativity) only read an object literal at the call, and
 * report every protection as missing otherwise.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the renderer's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#f6f7f9';

export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

// The parameter is named like Electron's class on purpose: scanners match the callee's name.
export function createMainWindow<W>(BrowserWindow: WindowClass<W>, preloadPath: string): W {
  return new BrowserWindow({
    title: 'Raport',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show': no half-painted window.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      // Written out although they are Electron's defaults: scanners and our test look for the literals.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      // A file dropped outside a drop zone must not replace the app's page.
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries from Google: the app makes no network requests.
      spellcheck: false,
    },
  });
}

/** The options `createMainWindow` passes, as plain data. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  class Capture {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }
  return createMainWindow(Capture, preloadPath).options;
}
