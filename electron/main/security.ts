/**
 * What the window may do: navigate only to our own page, open no windows, obtain no permissions,
 * and accept IPC only from our own main frame. The policies are pure predicates over parsed URLs
 * (never string prefixes: `file:///app/index.html.evil` or `http://localhost:5173.evil.com`);
 * `installSecurityHandlers` is the thin Electron wiring that applies them.
 */
import { fileURLToPath } from 'node:url';
import type { WebContents, WindowOpenHandlerResponse } from 'electron';
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
