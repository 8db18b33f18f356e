/**
 * The IPC layer without Electron: a fake ipcMain records what registerIpc registers, the preload is
 * imported with a mocked `electron`, and every hostile payload or untrusted sender is refused
 * before a handler runs.
 */
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, COMMAND_EVENT, INPUT_CHANGED_EVENT, type InvokeMethod, type ReportApi } from '../electron/common/api.js';
import { ApiFailure, apiError } from '../electron/main/handlers/errors.js';
import type { Handlers } from '../electron/main/handlers/index.js';
import { registerIpc, RETURNS_RESULT, type InvokeEventLike, type IpcMainLike } from '../electron/main/ipc.js';
import { menuTemplate } from '../electron/main/menu.js';
import type { AppCommand } from '../electron/common/api.js';
import type { MenuItemConstructorOptions } from 'electron';
import { LIMITS, validateArgs } from '../electron/main/validate.js';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
  on: vi.fn(),
  removeListener: vi.fn(),
  getPathForFile: vi.fn((_file: unknown) => '/home/ala/rejestr.csv'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
  webUtils: { getPathForFile: electron.getPathForFile },
}));

const APP_URL = pathToFileURL('/opt/Raport/out/renderer/index.html').href;
const METHODS = Object.keys(CHANNELS) as InvokeMethod[];
const FOLDER = '/home/ala/raport-2020';

const trusted: InvokeEventLike = { senderFrame: { url: APP_URL, parent: null } };

/** Records every registration; `call` invokes a channel as the renderer would. */
function fakeIpcMain() {
  const registered: string[] = [];
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      registered.push(channel);
      listeners.set(channel, listener);
    },
  };
  const call = (method: InvokeMethod, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(CHANNELS[method]);
    if (listener === undefined) throw new Error(`${method} is not registered`);
    return listener(event, ...args);
  };
  return { ipcMain, registered, call };
}

/** Handlers that record their calls and answer with a value naming the method. */
function recordingHandlers() {
  const calls: { method: InvokeMethod; args: unknown[] }[] = [];
  const handlers = Object.fromEntries(
    METHODS.map((method) => [
      method,
      async (...args: unknown[]) => {
        calls.push({ method, args });
        return RETURNS_RESULT[method] ? { ok: true, value: method } : method;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

function setup() {
  const ipc = fakeIpcMain();
  const recorded = recordingHandlers();
  registerIpc(ipc.ipcMain, recorded.handlers, APP_URL);
  return { ...ipc, ...recorded };
}

const SETTINGS = { organisation: 'Operator S.A.', year: 2020, lang: 'pl', edition: '2016', files: {} };

/** One valid argument list per method. */
const VALID: { [M in InvokeMethod]: unknown[] } = {
  getAppSettings: [],
  saveAppSettings: [{ uiLanguage: 'en' }],
  recentProjects: [],
  chooseProjectFolder: [],
  chooseCsvFile: [],
  chooseExportFolder: [],
  createProject: [FOLDER, SETTINGS],
  openProject: [FOLDER],
  openSample: [],
  saveSettings: [FOLDER, SETTINGS],
  saveNarrative: [FOLDER, 'pl', 'intro', '# Wstęp'],
  saveMappings: [FOLDER, { privacy: { type: { 'Zgłoszenie klienta': 'complaint' } } }],
  saveRecovery: [FOLDER, [{ lang: 'pl', section: 'intro', text: '# Wstęp\nNiezapisane', at: '2024-03-12T13:32:05.123Z' }]],
  attachInput: [FOLDER, 'privacy', '/home/ala/rejestr.csv'],
  attachInputBytes: [FOLDER, 'service', 'wskaźniki (1).csv', new Uint8Array([1, 2, 3])],
  readInput: [FOLDER, 'accessibility'],
  exportFiles: [FOLDER, [{ name: 'customer-services-2020-pl.docx', bytes: new Uint8Array([80, 75]) }], false],
  openPath: ['/home/ala/raport-2020/customer-services-2020-pl.docx'],
  showInFolder: ['/home/ala/raport-2020/customer-services-2020-pl.docx'],
};

describe('registerIpc', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const { registered } = setup();
    expect([...registered].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('knows for every method whether it answers with an ApiResult', () => {
    expect(Object.keys(RETURNS_RESULT).sort()).toEqual([...METHODS].sort());
  });

  it.each(METHODS)('%s: a trusted call with valid arguments reaches the handler', async (method) => {
    const { call, calls } = setup();
    const answer = await call(method, trusted, ...VALID[method]);
    expect(answer).toEqual(RETURNS_RESULT[method] ? { ok: true, value: method } : method);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe(method);
  });

  const untrusted: [string, InvokeEventLike][] = [
    ['a destroyed frame (null)', { senderFrame: null }],
    ['a sub-frame showing our page', { senderFrame: { url: APP_URL, parent: {} } }],
    ['an srcdoc preview frame', { senderFrame: { url: 'about:srcdoc', parent: {} } }],
    ['another page in the main frame', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['another local file', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    [
      'a frame that throws when read',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    ],
  ];

  describe.each(untrusted)('refuses calls from %s', (_name, event) => {
    it.each(METHODS)('%s', async (method) => {
      const { call, calls } = setup();
      if (RETURNS_RESULT[method]) {
        expect(await call(method, event, ...VALID[method])).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      } else {
        await expect(call(method, event, ...VALID[method])).rejects.toThrow(/did not come from the app window/);
      }
      expect(calls).toEqual([]);
    });
  });

  it('passes the handler the checked arguments, rebuilt (extra properties dropped)', async () => {
    const { call, calls } = setup();
    await call('saveAppSettings', trusted, { uiLanguage: 'en', evil: true });
    await call('createProject', trusted, FOLDER, { ...SETTINGS, lang: undefined, injected: '<script>' });
    expect(calls[0]?.args).toEqual([{ uiLanguage: 'en' }]);
    expect(calls[1]?.args[1]).toEqual({ organisation: 'Operator S.A.', year: 2020, lang: 'pl', edition: '2016', files: {} });
    await call('saveRecovery', trusted, FOLDER, [{ lang: 'en', section: 'covid', text: 'typed', at: '2024-03-12T13:32:05Z', base: '/etc/passwd' }]);
    expect(calls[2]?.args).toEqual([FOLDER, [{ lang: 'en', section: 'covid', text: 'typed', at: '2024-03-12T13:32:05Z' }]]);
  });

  it('turns a handler that throws into an error value, never an exception across IPC', async () => {
    const ipc = fakeIpcMain();
    const { handlers } = recordingHandlers();
    handlers.openProject = async () => {
      throw new Error('disk on fire');
    };
    handlers.readInput = async () => {
      throw new ApiFailure(apiError('not-found', 'brak', 'missing', '/x'));
    };
    registerIpc(ipc.ipcMain, handlers, APP_URL);
    expect(await ipc.call('openProject', trusted, FOLDER)).toMatchObject({ ok: false, error: { code: 'io', message: { en: expect.stringContaining('disk on fire') } } });
    expect(await ipc.call('readInput', trusted, FOLDER, 'privacy')).toEqual({ ok: false, error: apiError('not-found', 'brak', 'missing', '/x') });
  });
});

/** Each hostile argument list, with the method it is sent to. */
const BYTES = new Uint8Array([1]);
const RECOVERY_AT = '2024-03-12T13:32:05.123Z';
const recoveryOf = (o: Record<string, unknown>) => ({ lang: 'pl', section: 'intro', text: 'x', at: RECOVERY_AT, ...o });
const exportOf = (name: unknown, bytes: unknown = BYTES) => [FOLDER, [{ name, bytes }], true];
const HOSTILE: [string, InvokeMethod, unknown[]][] = [
  // Paths: absolute, clean strings only.
  ['a relative folder', 'openProject', ['raport-2020']],
  ['a dot-relative folder', 'openProject', ['./raport-2020']],
  ['a parent-relative folder', 'openProject', ['../../etc']],
  ['an empty folder', 'openProject', ['']],
  ['a folder with a NUL byte', 'openProject', ['/home/ala/raport\u0000/etc/passwd']],
  ['a folder with a newline', 'openProject', ['/home/ala/raport\n2020']],
  ['a folder that is a number', 'openProject', [42]],
  ['a folder that is an object', 'openProject', [{ toString: '/etc' }]],
  ['a folder that is null', 'openProject', [null]],
  ['a huge folder path', 'openProject', [`/${'a'.repeat(LIMITS.pathLength)}`]],
  ['a relative input path', 'attachInput', [FOLDER, 'privacy', 'rejestr.csv']],
  ['an input path with NUL', 'attachInput', [FOLDER, 'privacy', '/home/ala/rejestr.csv\u0000.png']],
  ['a relative path to open', 'openPath', ['customer-services-2020-pl.docx']],
  ['a relative path to show', 'showInFolder', ['..']],
  // Export names: plain names of the three kinds the app writes.
  ['an export name climbing out', 'exportFiles', exportOf('../customer-services.docx')],
  ['an export name climbing out with backslashes', 'exportFiles', exportOf('..\\..\\evil.docx')],
  ['an absolute export name', 'exportFiles', exportOf('/etc/cron.d/evil.txt')],
  ['an export name with a folder', 'exportFiles', exportOf('sub/evil.docx')],
  ['an export name with a backslash folder', 'exportFiles', exportOf('sub\\evil.docx')],
  ['an executable export', 'exportFiles', exportOf('evil.exe')],
  ['a double extension', 'exportFiles', exportOf('report.docx.exe')],
  ['a name that is only an extension', 'exportFiles', exportOf('.docx')],
  ['a name of dots', 'exportFiles', exportOf('...docx')],
  ['a name with ..', 'exportFiles', exportOf('a..docx')],
  ['a Windows device name', 'exportFiles', exportOf('CON.docx')],
  ['a NUL byte in the name', 'exportFiles', exportOf('a\u0000.docx')],
  ['an empty name', 'exportFiles', exportOf('')],
  ['a name that is not a string', 'exportFiles', exportOf(['a.docx'])],
  ['an overlong name', 'exportFiles', exportOf(`${'a'.repeat(LIMITS.nameLength)}.docx`)],
  ['bytes as a plain array', 'exportFiles', exportOf('a.docx', [80, 75])],
  ['bytes as a string', 'exportFiles', exportOf('a.docx', 'PK')],
  ['oversized export bytes', 'exportFiles', exportOf('a.docx', new Uint8Array(LIMITS.exportBytes + 1))],
  ['no export files', 'exportFiles', [FOLDER, [], false]],
  ['too many export files', 'exportFiles', [FOLDER, Array.from({ length: LIMITS.exportFiles + 1 }, (_, i) => ({ name: `f${i}.txt`, bytes: BYTES })), false]],
  ['the same file twice', 'exportFiles', [FOLDER, [{ name: 'a.docx', bytes: BYTES }, { name: 'A.docx', bytes: BYTES }], false]],
  ['files that are not a list', 'exportFiles', [FOLDER, { name: 'a.docx', bytes: BYTES }, false]],
  ['overwrite as a string', 'exportFiles', [FOLDER, [{ name: 'a.docx', bytes: BYTES }], 'yes']],
  // Dropped input names.
  ['a dropped name climbing out', 'attachInputBytes', [FOLDER, 'privacy', '../../.bashrc', BYTES]],
  ['a dropped name with a folder', 'attachInputBytes', [FOLDER, 'privacy', 'a/b.csv', BYTES]],
  ['a dropped name with a backslash', 'attachInputBytes', [FOLDER, 'privacy', 'a\\b.csv', BYTES]],
  ['a dropped name with a drive', 'attachInputBytes', [FOLDER, 'privacy', 'C:evil.csv', BYTES]],
  ['a hidden dropped name', 'attachInputBytes', [FOLDER, 'privacy', '.profile', BYTES]],
  ['a dropped name of dots', 'attachInputBytes', [FOLDER, 'privacy', '..', BYTES]],
  ['a dropped name ending in a space', 'attachInputBytes', [FOLDER, 'privacy', 'a.csv ', BYTES]],
  ['a dropped device name', 'attachInputBytes', [FOLDER, 'privacy', 'nul.csv', BYTES]],
  ['oversized dropped bytes', 'attachInputBytes', [FOLDER, 'privacy', 'a.csv', new Uint8Array(LIMITS.inputBytes + 1)]],
  ['dropped bytes as an ArrayBuffer', 'attachInputBytes', [FOLDER, 'privacy', 'a.csv', new ArrayBuffer(3)]],
  // Enumerations.
  ['an unknown input kind', 'readInput', [FOLDER, 'payroll']],
  ['an upper-case input kind', 'readInput', [FOLDER, 'PRIVACY']],
  ['a prototype key as kind', 'readInput', [FOLDER, '__proto__']],
  ['an unknown language', 'saveNarrative', [FOLDER, 'de', 'intro', 'x']],
  ['an upper-case language', 'saveNarrative', [FOLDER, 'PL', 'intro', 'x']],
  ['the generated GRI index as a narrative', 'saveNarrative', [FOLDER, 'pl', 'gri-index', 'x']],
  ['a section climbing out', 'saveNarrative', [FOLDER, 'pl', '../../../.bashrc', 'x']],
  ['a section with an extension', 'saveNarrative', [FOLDER, 'pl', 'intro.md', 'x']],
  ['narrative text that is not a string', 'saveNarrative', [FOLDER, 'pl', 'intro', { text: 'x' }]],
  ['an oversized narrative', 'saveNarrative', [FOLDER, 'pl', 'intro', 'x'.repeat(LIMITS.narrativeChars + 1)]],
  ['an unknown UI language', 'saveAppSettings', [{ uiLanguage: 'de' }]],
  ['app settings that are not an object', 'saveAppSettings', ['en']],
  // Settings and mappings go through the same readers as project files.
  ['settings without an organisation', 'saveSettings', [FOLDER, { ...SETTINGS, organisation: ' ' }]],
  ['settings with a year as text', 'saveSettings', [FOLDER, { ...SETTINGS, year: '2020' }]],
  ['settings that are an array', 'createProject', [FOLDER, [SETTINGS]]],
  ['settings with a NUL in an input path', 'saveSettings', [FOLDER, { ...SETTINGS, files: { privacy: 'a\u0000.csv' } }]],
  ['mappings to a number', 'saveMappings', [FOLDER, { privacy: { type: { x: 1 } } }]],
  ['mappings of an unknown kind', 'saveMappings', [FOLDER, { payroll: {} }]],
  ['mappings with a __proto__ column', 'saveMappings', [FOLDER, JSON.parse('{"privacy":{"__proto__":{"x":"complaint"}}}')]],
  // The recovery journal: narratives of the contract only, as text, once each, within the limits.
  ['recovery entries that are not a list', 'saveRecovery', [FOLDER, { lang: 'pl', section: 'intro', text: 'x', at: RECOVERY_AT }]],
  ['a recovery entry that is not an object', 'saveRecovery', [FOLDER, ['x']]],
  ['a recovery entry of an unknown language', 'saveRecovery', [FOLDER, [recoveryOf({ lang: 'de' })]]],
  ['a recovery entry climbing out of the narratives', 'saveRecovery', [FOLDER, [recoveryOf({ section: '../../project' })]]],
  ['a recovery entry for the generated GRI index', 'saveRecovery', [FOLDER, [recoveryOf({ section: 'gri-index' })]]],
  ['a recovery entry for a prototype key', 'saveRecovery', [FOLDER, [recoveryOf({ section: '__proto__' })]]],
  ['recovered text that is not a string', 'saveRecovery', [FOLDER, [recoveryOf({ text: ['x'] })]]],
  ['an oversized recovered narrative', 'saveRecovery', [FOLDER, [recoveryOf({ text: 'x'.repeat(LIMITS.narrativeChars + 1) })]]],
  ['recovered narratives too long in all', 'saveRecovery', [FOLDER, (['pl', 'en'] as const).flatMap((lang) => ['intro', 'covid', 'privacy'].map((section) => recoveryOf({ lang, section, text: 'x'.repeat(LIMITS.narrativeChars) })))]],
  ['the same narrative twice', 'saveRecovery', [FOLDER, [recoveryOf({ text: 'a' }), recoveryOf({ text: 'b' })]]],
  ['too many recovery entries', 'saveRecovery', [FOLDER, Array.from({ length: LIMITS.recoveryEntries + 1 }, () => recoveryOf({}))]],
  ['a recovery time that is not ISO 8601', 'saveRecovery', [FOLDER, [recoveryOf({ at: '12.03.2024 14:32' })]]],
  ['a recovery time that is a number', 'saveRecovery', [FOLDER, [recoveryOf({ at: 1710250325123 })]]],
  ['a relative folder for the journal', 'saveRecovery', ['raport-2020', [recoveryOf({})]]],
  // Arity: nothing extra rides along, nothing is missing.
  ['an extra argument', 'openProject', [FOLDER, '/etc']],
  ['a missing argument', 'attachInput', [FOLDER, 'privacy']],
  ['arguments to a method that takes none', 'openSample', ['/etc']],
];

describe('hostile payloads are refused before any handler runs', () => {
  it.each(HOSTILE)('%s (%s)', async (_name, method, args) => {
    const { call, calls } = setup();
    const answer = call(method, trusted, ...args);
    if (RETURNS_RESULT[method]) {
      const result = (await answer) as { ok: boolean; error: { code: string; message: { pl: string; en: string } } };
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
      expect(result.error.message.pl).toMatch(/^Odrzucono/);
    } else {
      await expect(answer).rejects.toThrow(/^Refused/);
    }
    expect(calls).toEqual([]);
  });

  it('each valid list above passes the validator (the hostile cases differ from it in one thing)', () => {
    for (const method of METHODS) expect(validateArgs(method, VALID[method]), method).toMatchObject({ ok: true });
  });

  it('accepts the other names a user may give an export that could not be written', () => {
    for (const name of ['customer-services-2020-pl (2).docx', 'customer-services-2020-pl-large-print (3).docx', 'rozdział łódź_2020.html', 'Raport (kopia).txt']) {
      expect(validateArgs('exportFiles', exportOf(name)), name).toMatchObject({ ok: true });
    }
    // An empty journal clears it.
    expect(validateArgs('saveRecovery', [FOLDER, []])).toMatchObject({ ok: true });
  });
});

describe('preload', () => {
  type Api = ReportApi & Record<string, unknown>;
  let api: Api;

  beforeEach(async () => {
    vi.resetModules();
    electron.exposeInMainWorld.mockClear();
    electron.invoke.mockClear();
    electron.on.mockClear();
    electron.removeListener.mockClear();
    await import('../electron/preload/index.js');
    api = electron.exposeInMainWorld.mock.calls[0]?.[1] as Api;
  });

  it('exposes one object, as window.reportApi, exactly once', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe('reportApi');
  });

  it('has exactly the contract methods, all functions, and no Electron object', () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onInputChanged', 'onCommand', 'pathForFile'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(METHODS)('%s invokes its own channel with the arguments as given', async (method) => {
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    expect(await call(FOLDER, 1)).toBe('answer');
    expect(electron.invoke).toHaveBeenCalledWith(CHANNELS[method], FOLDER, 1);
  });

  it.each([
    ['onInputChanged', INPUT_CHANGED_EVENT],
    ['onCommand', COMMAND_EVENT],
  ] as const)('%s hands the listener the payload only, and unsubscribes the same wrapper', (method, channel) => {
    const received: unknown[][] = [];
    const unsubscribe = api[method]((...args: unknown[]) => received.push(args));
    expect(electron.on).toHaveBeenCalledTimes(1);
    const [subscribed, wrapper] = electron.on.mock.calls[0] as unknown as [string, (...args: unknown[]) => void];
    expect(subscribed).toBe(channel);
    wrapper({ sender: { send: () => 'the IPC object' }, senderId: 0 }, 'payload');
    expect(received).toEqual([['payload']]);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith(channel, wrapper);
  });

  it('pathForFile asks webUtils, without IPC', () => {
    const file = { name: 'rejestr.csv' } as unknown as File;
    expect(api.pathForFile?.(file)).toBe('/home/ala/rejestr.csv');
    expect(electron.getPathForFile).toHaveBeenCalledWith(file);
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});

describe('menu', () => {
  const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

  /** accelerator → the command its item sends (items that send one). */
  function commands(lang: 'pl' | 'en'): Record<string, AppCommand | undefined> {
    const sent: AppCommand[] = [];
    const out: Record<string, AppCommand | undefined> = {};
    for (const item of items(menuTemplate(lang, (command) => sent.push(command)))) {
      if (item.click === undefined) continue;
      (item.click as () => void)();
      out[String(item.accelerator)] = sent.pop();
    }
    return out;
  }

  it.each(['pl', 'en'] as const)('%s: each shortcut sends its command to the renderer', (lang) => {
    expect(commands(lang)).toEqual({
      'CmdOrCtrl+N': 'new-project',
      'CmdOrCtrl+O': 'open-project',
      'CmdOrCtrl+S': 'save',
      'CmdOrCtrl+E': 'export',
      'CmdOrCtrl+,': 'settings',
      'CmdOrCtrl+Z': 'undo',
      'CmdOrCtrl+Y': 'redo',
      'CmdOrCtrl+Shift+Z': 'redo',
    });
  });

  it('has Polish and English labels, clipboard and zoom roles, and reload only in development', () => {
    const labels = (lang: 'pl' | 'en') => menuTemplate(lang, () => undefined).map((m) => m.label);
    expect(labels('pl')).toEqual(['&Plik', '&Edycja', '&Widok', 'Pomo&c']);
    expect(labels('en')).toEqual(['&File', '&Edit', '&View', '&Help']);
    const roles = (dev: boolean) => items(menuTemplate('en', () => undefined, { dev })).flatMap((i) => (i.role === undefined ? [] : [i.role]));
    expect(roles(false)).toEqual(['quit', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'about']);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(items(menuTemplate('pl', () => undefined)).find((i) => i.accelerator === 'CmdOrCtrl+S')?.label).toBe('Zapisz');
  });
});
