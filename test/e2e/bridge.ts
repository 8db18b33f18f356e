/**
 * Runs the built renderer against the REAL main-process handlers without Electron: the page gets a
 * `window.reportApi` whose every method calls `__reportInvoke` (a Playwright binding) → the
 * handler from electron/main/handlers in this Node process. Bindings serialise as JSON, so byte
 * arrays cross as base64 in both directions. Dialogs answer from queues the test fills; input
 * change events and menu commands are pushed into the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHANNELS, type AppCommand, type InputChangedEvent } from '../../electron/common/api';
import type { WriteFile } from '../../electron/main/fs-atomic';
import { createHandlers } from '../../electron/main/handlers/index';
import { SAMPLE_DIR } from './helpers/paths';

type Encoded = unknown;

/** Uint8Array → { __bytes: base64 }, recursively; everything else as is. */
export function encode(value: unknown): Encoded {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

export function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.__bytes === 'string' && Object.keys(o).length === 1) return new Uint8Array(Buffer.from(o.__bytes, 'base64'));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export interface Bridge {
  userDataDir: string;
  /** Answers for the next folder dialogs ('project' | 'export') and CSV dialogs; null = cancelled. */
  queueFolder(purpose: 'project' | 'export', path: string | null): void;
  queueCsv(path: string | null): void;
  /** Every API call the page made, in order. */
  calls: { method: string; args: unknown[] }[];
  /** Paths handed to shell.openPath / showItemInFolder. */
  opened: string[];
  fireCommand(command: AppCommand): Promise<void>;
  /** Stops the file watchers and removes the temporary app data folder. */
  dispose(): void;
}

/** The page side, serialised into the page by addInitScript: it may use nothing from this module. */
function pageApi(methods: string[]): void {
  type Listener = (payload: unknown) => void;
  const w = window as unknown as {
    __reportInvoke(method: string, args: unknown): Promise<unknown>;
    __reportEmit(channel: string, payload: unknown): void;
    reportApi: Record<string, unknown>;
  };
  const toBase64 = (bytes: Uint8Array) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const enc = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return { __bytes: toBase64(v) };
    if (Array.isArray(v)) return v.map(enc);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, enc(x)]));
    return v;
  };
  const dec = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(dec);
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.__bytes === 'string' && Object.keys(o).length === 1) return Uint8Array.from(atob(o.__bytes), (c) => c.charCodeAt(0));
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, dec(x)]));
    }
    return v;
  };
  const listeners: Record<string, Set<Listener>> = { input: new Set(), command: new Set() };
  const subscribe = (channel: string) => (listener: Listener) => {
    listeners[channel]!.add(listener);
    return () => void listeners[channel]!.delete(listener);
  };
  w.__reportEmit = (channel, payload) => listeners[channel]?.forEach((l) => l(dec(payload)));
  const api: Record<string, unknown> = { onInputChanged: subscribe('input'), onCommand: subscribe('command') };
  for (const m of methods) api[m] = async (...args: unknown[]) => dec(await w.__reportInvoke(m, enc(args)));
  w.reportApi = api;
}

export interface BridgeOptions {
  watchInputs?: boolean;
  /** The handlers' file writer (default: the real atomic one); a test injects a failing one. */
  writeFile?: WriteFile;
  /** Methods whose calls are recorded but never answered: the main process "has not got to them yet". */
  hold?: readonly string[];
}

export async function installBridge(page: Page, options: BridgeOptions = {}): Promise<Bridge> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'raport-e2e-userdata-'));
  const folders: Record<'project' | 'export', (string | null)[]> = { project: [], export: [] };
  const csvs: (string | null)[] = [];
  const calls: Bridge['calls'] = [];
  const opened: string[] = [];
  const emit = (channel: 'input' | 'command', payload: unknown) =>
    page.evaluate(([c, p]) => (window as unknown as { __reportEmit(c: string, p: unknown): void }).__reportEmit(c, p), [channel, encode(payload)] as const).catch(() => undefined);

  const handlers = createHandlers({
    userDataDir,
    sampleDir: SAMPLE_DIR,
    dialogs: {
      chooseFolder: async (purpose) => folders[purpose].shift() ?? null,
      chooseCsv: async () => csvs.shift() ?? null,
    },
    shell: {
      openPath: async (path) => {
        opened.push(path);
        return '';
      },
      showItemInFolder: (path) => void opened.push(path),
    },
    notifyInputChanged: (event: InputChangedEvent) => void emit('input', event),
    watchInputs: options.watchInputs ?? true,
    ...(options.writeFile ? { writeFile: options.writeFile } : {}),
  });

  await page.exposeFunction('__reportInvoke', async (method: string, args: Encoded) => {
    if (!(method in CHANNELS)) throw new Error(`unknown API method ${method}`);
    const decoded = decode(args) as unknown[];
    calls.push({ method, args: decoded });
    if (options.hold?.includes(method)) return new Promise(() => undefined);
    const handler = handlers[method as keyof typeof CHANNELS] as (...a: unknown[]) => Promise<unknown>;
    return encode(await handler(...decoded));
  });
  await page.addInitScript(pageApi, Object.keys(CHANNELS));

  return {
    userDataDir,
    queueFolder: (purpose, path) => void folders[purpose].push(path),
    queueCsv: (path) => void csvs.push(path),
    calls,
    opened,
    fireCommand: (command) => emit('command', command),
    dispose() {
      handlers.dispose();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
