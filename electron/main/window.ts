/**
 * The main window's options as plain data, so a unit test can assert every security-relevant
 * value without an Electron binary. Only types come from Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Matches the renderer's page background, so no white flash shows before the first paint. */
export const WINDOW_BACKGROUND = '#f6f7f9';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
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
      // Chromium's spellchecker downloads its dictionaries from Google: the app makes no network requests.
      spellcheck: false,
    },
  };
}
