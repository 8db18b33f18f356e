/**
 * Puts the handlers behind the contract's channels: one `ipcMain.handle` per method. Every call
 * is checked first — it must come from our page's main frame, and its payload must validate — and
 * nothing is thrown across IPC for methods that return `ApiResult`: refusals and unexpected errors
 * arrive as `{ ok: false, error }`. Methods that return plain values (settings, dialogs) reject.
 */
import { CHANNELS, type ApiError, type ApiResult, type InvokeMethod, type ReportApi } from '../common/api.js';
import type { Handlers } from './handlers/index.js';
import { toApiError } from './handlers/errors.js';
import { isTrustedSender, type SenderFrame } from './security.js';
import { validateArgs } from './validate.js';

/** What registerIpc needs of Electron's `ipcMain` and its events (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}
export interface InvokeEventLike {
  /** Null once the frame navigated away or was destroyed. */
  senderFrame: { url: string; parent: object | null } | null;
}

type ReturnsResult<M extends InvokeMethod> = Awaited<ReturnType<ReportApi[M]>> extends ApiResult<unknown> ? true : false;

/** Which methods answer with an ApiResult; the type makes every entry match the contract. */
export const RETURNS_RESULT: { [M in InvokeMethod]: ReturnsResult<M> } = {
  getAppSettings: false,
  saveAppSettings: true,
  recentProjects: false,
  chooseProjectFolder: false,
  chooseCsvFile: false,
  chooseExportFolder: false,
  createProject: true,
  openProject: true,
  openSample: true,
  saveSettings: true,
  saveNarrative: true,
  saveMappings: true,
  saveRecovery: true,
  attachInput: true,
  attachInputBytes: true,
  readInput: true,
  exportFiles: true,
  openPath: true,
  showInFolder: true,
};

function senderFrame(event: InvokeEventLike): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    return frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // Reading a destroyed frame throws: such a sender is not trusted either.
    return null;
  }
}

const refused = (method: InvokeMethod, reason: string): ApiError => ({
  code: 'invalid-payload',
  message: { pl: `Odrzucono wywołanie ${method}: ${reason}`, en: `Refused ${method}: ${reason}` },
});

async function dispatch(method: InvokeMethod, handlers: Handlers, appUrl: string, event: InvokeEventLike, args: unknown[]): Promise<unknown> {
  const returnsResult: boolean = RETURNS_RESULT[method];
  const refuse = (reason: string): ApiResult<never> => {
    if (!returnsResult) throw new Error(refused(method, reason).message.en);
    return { ok: false, error: refused(method, reason) };
  };
  if (!isTrustedSender(senderFrame(event), appUrl)) return refuse('the request did not come from the app window');
  const checked = validateArgs(method, args);
  if (!checked.ok) return refuse(checked.reason);
  // The validator produced exactly this method's parameters; TypeScript cannot pair them across the union.
  const handler = handlers[method] as (...params: unknown[]) => Promise<unknown>;
  if (!returnsResult) return handler(...checked.value);
  try {
    return await handler(...checked.value);
  } catch (e) {
    return { ok: false, error: toApiError(e) } satisfies ApiResult<never>;
  }
}

export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, appUrl: string): void {
  for (const method of Object.keys(CHANNELS) as InvokeMethod[]) {
    ipcMain.handle(CHANNELS[method], (event, ...args) => dispatch(method, handlers, appUrl, event, args));
  }
}
