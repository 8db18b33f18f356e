/**
 * The built app (out/, from `npm run build`) in two tiers:
 *
 * 1. The built main process with `electron` mocked: it runs in plain Node, so the wiring in
 *    electron/main/index.ts (single instance, sandbox, window options, preload path, security
 *    handlers, IPC, menu, the page it loads) is checked on every machine that has a build.
 * 2. The real app in a real Electron, driven by Playwright: the window opens the bundled sample with
 *    one click and the page has no Node in reach. Runs only where an Electron binary resolves (this
 *    machine has the electron package but no binary); otherwise skipped with the reason. On Linux
 *    it needs a display (xvfb-run).
 *
 * The binary is located without `require('electron')`: on Electron ≥ 42 that starts a download.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../electron/common/api.js';

/** A recording stand-in for the parts of Electron the main process uses. */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const calls: string[] = [];
  const handlers = new Map<string, Listener>();
  const contentsEvents = new Map<string, Listener>();
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  const state = {
    userData: '',
    menu: [] as { label?: string }[],
    windowOpen: null as Listener | null,
    permissionRequest: null as Listener | null,
    beforeRequest: null as Listener | null,
  };
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = {
      on: (event: string, listener: Listener) => contentsEvents.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (state.windowOpen = handler),
      send: () => undefined,
      session: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: (listener: Listener) => (state.beforeRequest = listener) },
      },
    };
    constructor(options: Record<string, unknown>) {
      windows.push({ options, loaded: this.loaded });
    }
    once(): void {}
    on(): void {}
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      enableSandbox: () => calls.push('enableSandbox'),
      whenReady: () => (calls.push('whenReady'), Promise.resolve()),
      getPath: (name: string) => (name === 'userData' ? state.userData : '/nonexistent'),
      on: () => undefined,
      quit: () => calls.push('quit'),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) },
    Menu: { buildFromTemplate: (template: { label?: string }[]) => template, setApplicationMenu: (menu: { label?: string }[]) => (state.menu = menu) },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }) },
    shell: { openPath: async () => '', showItemInFolder: () => undefined },
  };
  return { calls, handlers, contentsEvents, windows, state, electron };
});

vi.mock('electron', () => fake.electron);

const MAIN = resolve('out/main/index.js');

/** Why the app cannot be launched here, or null when it can. Mirrors node_modules/electron/index.js. */
function whyNotRunnable(): string | null {
  const pathTxt = resolve('node_modules/electron/path.txt');
  const name = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const binary = join(override, name ?? 'electron');
    if (!existsSync(binary)) return `ELECTRON_OVERRIDE_DIST_PATH is set, but ${binary} does not exist`;
  } else if (name === null) {
    return 'no Electron binary (node_modules/electron/path.txt is missing; set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45)';
  } else if (!existsSync(resolve('node_modules/electron/dist', name))) {
    return `the Electron binary node_modules/electron/dist/${name} is missing`;
  }
  if (!existsSync(MAIN)) return 'out/main/index.js is not built (run npm run build)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (run under xvfb-run)';
  return null;
}

describe('the built main process, with Electron mocked', () => {
  const built = existsSync(MAIN) && existsSync(resolve('out/preload/index.cjs'));
  if (!built) console.warn('Skipping the built main process test: out/main/index.js or out/preload/index.cjs is missing (run npm run build).');
  const userData = mkdtempSync(join(tmpdir(), 'raport-main-'));
  afterAll(() => rmSync(userData, { recursive: true, force: true }));

  it.skipIf(!built)('starts one sandboxed, locked-down window on our page, with every IPC channel and the menu', async () => {
    fake.state.userData = userData;
    await import(pathToFileURL(MAIN).href);
    for (let i = 0; i < 50 && fake.state.menu.length === 0; i++) await new Promise((r) => setTimeout(r, 20));

    expect(fake.calls.slice(0, 3)).toEqual(['requestSingleInstanceLock', 'enableSandbox', 'whenReady']);
    expect(fake.windows).toHaveLength(1);
    const { options, loaded } = fake.windows[0]!;
    const web = options.webPreferences as Record<string, unknown>;
    expect(web).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    // The preload the window names is the CommonJS file the build wrote.
    expect(web.preload).toBe(resolve('out/preload/index.cjs'));
    expect(existsSync(web.preload as string)).toBe(true);
    const appUrl = pathToFileURL(resolve('out/renderer/index.html')).href;
    expect(loaded).toEqual([appUrl]);

    expect([...fake.contentsEvents.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    expect(fake.state.windowOpen?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let granted: unknown = 'not called';
    fake.state.permissionRequest?.(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    // The session's network policy is installed: a request off the machine is cancelled, the app's own files pass.
    let verdict: unknown = 'not called';
    fake.state.beforeRequest?.({ url: 'https://example.com/track' }, (v: unknown) => (verdict = v));
    expect(verdict).toEqual({ cancel: true });
    fake.state.beforeRequest?.({ url: appUrl }, (v: unknown) => (verdict = v));
    expect(verdict).toEqual({ cancel: false });
    expect(fake.state.menu.map((m) => m.label)).toEqual(['&Plik', '&Edycja', '&Widok', 'Pomo&c']);

    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    const trusted = { senderFrame: { url: appUrl, parent: null } };
    const stranger = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await fake.handlers.get(CHANNELS.getAppSettings)!(trusted)).toEqual({ uiLanguage: 'pl' });
    await expect(fake.handlers.get(CHANNELS.getAppSettings)!(stranger)).rejects.toThrow(/Refused/);
    // The sample folder the built main process points at is the bundled one.
    const sample = (await fake.handlers.get(CHANNELS.openSample)!(trusted)) as { ok: boolean; value: { isSample: boolean; folder: string } };
    expect(sample).toMatchObject({ ok: true, value: { isSample: true, folder: join(userData, 'sample-project') } });
  });
});

const reason = whyNotRunnable();
if (reason !== null) console.warn(`Skipping the Electron app test: ${reason}.`);

describe('the Electron app', () => {
  const userData = mkdtempSync(join(tmpdir(), 'raport-app-'));
  let app: ElectronApplication | null = null;

  afterAll(async () => {
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it.skipIf(reason !== null)(
    'opens the sample with one click, and the page has no Node, no ipcRenderer and no new windows',
    async () => {
      // Without executablePath Playwright finds the same binary through the electron package (as
      // checked above) and adds its loader; a fresh profile keeps the run independent of the machine.
      app = await _electron.launch({ args: [MAIN, `--user-data-dir=${userData}`], timeout: 60_000 });
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');

      await page.getByRole('button', { name: /przykład|sample/i }).first().click();
      // The click went through the preload and the validated IPC channel to the real handler.
      const sampleProject = join(userData, 'sample-project', 'project.json');
      for (let i = 0; i < 100 && !existsSync(sampleProject); i++) await page.waitForTimeout(100);
      expect(existsSync(sampleProject)).toBe(true);

      const reach = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return {
          require: typeof w.require,
          process: typeof w.process,
          module: typeof w.module,
          Buffer: typeof w.Buffer,
          ipcRenderer: typeof w.ipcRenderer,
          electron: typeof w.electron,
          reportApi: typeof w.reportApi,
          opened: window.open('https://example.com/') === null,
        };
      });
      expect(reach).toEqual({
        require: 'undefined',
        process: 'undefined',
        module: 'undefined',
        Buffer: 'undefined',
        ipcRenderer: 'undefined',
        electron: 'undefined',
        reportApi: 'object',
        opened: true,
      });
      expect(app.windows()).toHaveLength(1);

      // A payload the contract does not allow is refused by the main process, in the real app too.
      const refused = await page.evaluate(async () => {
        const api = (window as unknown as { reportApi: { openProject(folder: string): Promise<unknown> } }).reportApi;
        return api.openProject('relative/folder');
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    },
    120_000,
  );
});
