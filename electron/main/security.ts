/**
 * What the window may do: navigate only to our own page, open no windows, obtain no permissions,
 * and accept IPC only from our own main frame. The policies are pure predicates over parsed URLs
 * (never string prefixes: `file:///app/index.html.evil` or `http://localhost:5173.evil.com`);
 * `installSecurityHandlers` is the thin Electron wiring that applies them.
 */
import { fileURLToPath } from 'node:url';
import type { Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { samePath } from './same-path.js';

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** The file a `file:` URL names, or null for a URL no file can have (a host, an encoded slash). */
const filePath = (url: URL): string | null => {
  try {
    return fileURLToPath(url);
  } catch {
    return null;
  }
};

/**
 * True when `url` is our own page: for a `file:` app URL the very same file (any query or hash),
 * for the dev server (`http://localhost:5173/`) the same scheme, host and port.
 */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (target === null || app === null || target.protocol !== app.protocol) return false;
  if (app.protocol === 'file:') {
    const targetPath = filePath(target);
    const appPath = filePath(app);
    return target.host === app.host && targetPath !== null && appPath !== null && samePath(targetPath, appPath);
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.host === app.host && target.username === '' && target.password === '';
  return false;
}

/**
 * Sub-frames may also show an `<iframe srcdoc>` (a document preview); srcdoc documents inherit
 * our page's CSP. Everything else a frame navigates to is refused.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean, appUrl: string): boolean {
  return isAllowedNavigation(url, appUrl) || (!isMainFrame && url === 'about:srcdoc');
}

/** The app never opens another window: links and `window.open` do nothing. */
export function decideWindowOpen(_url: string): WindowOpenHandlerResponse {
  return { action: 'deny' };
}

/** The frame an IPC message came from, as far as the policy needs it. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/** IPC is accepted only from the main frame showing our page (a destroyed frame arrives as null). */
export function isTrustedSender(frame: SenderFrame | null, appUrl: string): boolean {
  return frame !== null && frame.isMainFrame && isAllowedNavigation(frame.url, appUrl);
}

/** The app needs no permission (camera, notifications, geolocation, clipboard-read, …). */
export function decidePermission(_permission: string): boolean {
  return false;
}

/** Schemes that stay on this machine: data and blob URLs, the preview's about:srcdoc, DevTools (development). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'devtools:']);

/**
 * True when the renderer may load `url`: the app's own files and other local schemes, never another
 * machine. A `file:` URL with a host is a network share (SMB on Windows), so it is refused; in
 * development the dev server is allowed (its page, modules and the hot-reload socket).
 */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  const target = parse(url);
  if (target === null) return false;
  if (target.protocol === 'file:') return target.host === '' || target.host === 'localhost';
  if (LOCAL_SCHEMES.has(target.protocol)) return true;
  const app = parse(appUrl);
  if (app === null || (app.protocol !== 'http:' && app.protocol !== 'https:')) return false;
  const socket = app.protocol === 'https:' ? 'wss:' : 'ws:';
  const scheme = target.protocol === app.protocol || target.protocol === socket;
  return scheme && target.host === app.host && target.username === '' && target.password === '';
}

/**
 * Cancels every request the network policy refuses, from any frame or worker of the session: the
 * CSP already keeps the page to itself, this holds even where a CSP does not reach.
 */
export function installNetworkPolicy(session: Pick<Session, 'webRequest'>, appUrl: string): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, appUrl) }));
}

/** Applies the policies above to the window's contents and its session. */
export function installSecurityHandlers(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  contents.session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
}
