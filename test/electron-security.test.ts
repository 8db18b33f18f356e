/**
 * The Electron security settings and policies, checked without an Electron binary: the window's
 * options as data, the navigation / window-open / IPC-sender / permission predicates against
 * hostile URLs, the wiring that applies them, the renderer's CSP, and a scan of the sources for
 * settings that switch a protection off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { decidePermission, decideWindowOpen, installSecurityHandlers, isAllowedFrameNavigation, isAllowedNavigation, isTrustedSender } from '../electron/main/security.js';
import { mainWindowOptions } from '../electron/main/window.js';

const APP_FILE = '/opt/Raport/resources/app.asar/out/renderer/index.html';
const FILE_APP = pathToFileURL(APP_FILE).href;
const DEV_APP = 'http://localhost:5173/';

describe('main window options', () => {
  const options = mainWindowOptions('/opt/Raport/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.preload).toBe('/opt/Raport/out/preload/index.cjs');
  });

  it('turns on no insecure or experimental feature and no <webview>', () => {
    for (const key of ['allowRunningInsecureContent', 'experimentalFeatures', 'enableBlinkFeatures', 'webviewTag'] as const) {
      expect(web, key).not.toHaveProperty(key);
    }
  });

  it('is a Raport window of a sensible size, shown once painted', () => {
    expect(options).toMatchObject({ title: 'Raport', width: 1280, height: 800, minWidth: 960, minHeight: 600, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('navigation policy', () => {
  it.each([
    FILE_APP,
    `${FILE_APP}#/project`,
    `${FILE_APP}?lang=en`,
    // Spelled differently, the same file: parsed URLs compare equal.
    FILE_APP.replace('file:', 'FILE:'),
    pathToFileURL('/opt/Raport/resources/app.asar/out/renderer/assets/../index.html').href.replace('/index.html', '/assets/../index.html'),
  ])('allows our own page: %s', (url) => {
    expect(isAllowedNavigation(url, FILE_APP)).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///opt/Raport/resources/app.asar/out/renderer/other.html',
    'file:///opt/Raport/resources/app.asar/out/renderer/index.html.evil',
    'file:///opt/Raport/resources/app.asar/out/renderer/index.htm',
    'file:///opt/Raport/resources/app.asar/out/renderer/../../../../../etc/passwd',
    'file:///opt/Raport/resources/app.asar/out/renderer/%2e%2e/%2e%2e/secret.html',
    // An encoded slash names no file on disk; fileURLToPath refuses it.
    'file:///opt/Raport/resources/app.asar/out/renderer%2Findex.html',
    'file://evil.example/opt/Raport/resources/app.asar/out/renderer/index.html',
    'file:///opt/Raport/resources/app.asar/out/renderer/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.domain)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'about:blank',
    'about:srcdoc',
    'blob:file:///0b0b0b0b-0000-0000-0000-000000000000',
    'https://example.com/',
    DEV_APP,
    '',
    'index.html',
    'not a url',
  ])('refuses %j when the app is a file', (url) => {
    expect(isAllowedNavigation(url, FILE_APP)).toBe(false);
  });

  it.each([DEV_APP, `${DEV_APP}#/x`, 'http://localhost:5173/src/main.tsx', 'HTTP://LOCALHOST:5173/'])('allows the dev server: %s', (url) => {
    expect(isAllowedNavigation(url, DEV_APP)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'ws://localhost:5173/',
    'http://localhost:5173.evil.example/',
    'http://localhost.evil.example:5173/',
    'http://localhost:5173@evil.example/',
    'http://user:pass@localhost:5173/',
    'http://evil.example/?http://localhost:5173/',
    'http://127.0.0.1:5173/',
    FILE_APP,
    'javascript:alert(1)',
  ])('refuses %j when the app is the dev server', (url) => {
    expect(isAllowedNavigation(url, DEV_APP)).toBe(false);
  });

  it('refuses everything when the app URL itself is not usable', () => {
    expect(isAllowedNavigation('about:blank', 'about:blank')).toBe(false);
    expect(isAllowedNavigation('data:,x', 'data:,x')).toBe(false);
    expect(isAllowedNavigation('x', 'not a url')).toBe(false);
  });

  it('lets only sub-frames show an srcdoc document (the preview)', () => {
    expect(isAllowedFrameNavigation('about:srcdoc', false, FILE_APP)).toBe(true);
    expect(isAllowedFrameNavigation('about:srcdoc', true, FILE_APP)).toBe(false);
    expect(isAllowedFrameNavigation('about:blank', false, FILE_APP)).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com/', false, FILE_APP)).toBe(false);
    expect(isAllowedFrameNavigation(FILE_APP, true, FILE_APP)).toBe(true);
  });
});

describe('window, sender and permission policies', () => {
  it.each(['https://example.com/', FILE_APP, 'javascript:alert(1)', 'about:blank', ''])('denies window.open(%j)', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });

  it('trusts IPC only from our page in the main frame', () => {
    expect(isTrustedSender({ url: FILE_APP, isMainFrame: true }, FILE_APP)).toBe(true);
    expect(isTrustedSender({ url: `${FILE_APP}#/export`, isMainFrame: true }, FILE_APP)).toBe(true);
    expect(isTrustedSender(null, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: FILE_APP, isMainFrame: false }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'about:srcdoc', isMainFrame: false }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/index.html', isMainFrame: true }, FILE_APP)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173.evil.example/', isMainFrame: true }, DEV_APP)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb'])(
    'denies the %s permission',
    (permission) => {
      expect(decidePermission(permission)).toBe(false);
    },
  );
});

/** Just enough of WebContents to record what installSecurityHandlers wires up. */
function fakeContents() {
  const listeners = new Map<string, (event: Record<string, unknown>) => void>();
  let windowOpen: ((details: { url: string }) => unknown) | null = null;
  let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  let check: ((contents: unknown, permission: string) => boolean) | null = null;
  const contents = {
    on(name: string, listener: (event: Record<string, unknown>) => void) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpen = handler;
    },
    session: {
      setPermissionRequestHandler(handler: typeof request) {
        request = handler;
      },
      setPermissionCheckHandler(handler: typeof check) {
        check = handler;
      },
    },
  };
  /** Fires `name` and tells whether the listener called preventDefault(). */
  const fire = (name: string, details: Record<string, unknown>): boolean => {
    let prevented = false;
    const listener = listeners.get(name);
    if (listener === undefined) throw new Error(`no ${name} listener`);
    listener({ ...details, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    windowOpen: (url: string) => windowOpen?.({ url }),
    request: (permission: string) => {
      let granted: boolean | undefined;
      request?.(null, permission, (g) => (granted = g));
      return granted;
    },
    check: (permission: string) => check?.(null, permission),
  };
}

describe('installSecurityHandlers applies the policies', () => {
  const fake = fakeContents();
  installSecurityHandlers(fake.contents, FILE_APP);

  it('cancels navigation away from our page, in any frame and on redirects', () => {
    expect(fake.fire('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(fake.fire('will-navigate', { url: FILE_APP })).toBe(false);
    expect(fake.fire('will-frame-navigate', { url: 'file:///etc/passwd', isMainFrame: false })).toBe(true);
    expect(fake.fire('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false })).toBe(false);
    expect(fake.fire('will-redirect', { url: 'https://evil.example/', isMainFrame: true })).toBe(true);
  });

  it('refuses webviews, new windows and permissions', () => {
    expect(fake.fire('will-attach-webview', {})).toBe(true);
    expect(fake.windowOpen('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.request('media')).toBe(false);
    expect(fake.check('clipboard-read')).toBe(false);
  });
});

/** The policy of a `<meta http-equiv="Content-Security-Policy">`, by directive. */
function metaCsp(html: string): Map<string, string[]> | null {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gis)].map((m) => m[0]).find((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag));
  const content = meta?.match(/content\s*=\s*"([^"]*)"/is)?.[1] ?? meta?.match(/content\s*=\s*'([^']*)'/is)?.[1];
  if (content === undefined) return null;
  const directives = content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0] !== '');
  return new Map(directives.map(([name, ...values]) => [name!.toLowerCase(), values]));
}

function cspProblems(html: string): string[] {
  const csp = metaCsp(html);
  if (csp === null) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  const defaultSrc = csp.get('default-src') ?? [];
  const scriptSrc = csp.get('script-src') ?? defaultSrc;
  if (defaultSrc.join(' ') !== "'self'") problems.push(`default-src is "${defaultSrc.join(' ')}", not 'self'`);
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if ([...defaultSrc, ...scriptSrc].includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
  if (scriptSrc.some((s) => s === '*' || /^(https?|data|blob):?$/.test(s))) problems.push(`script-src allows other origins: ${scriptSrc.join(' ')}`);
  if ((csp.get('object-src') ?? []).join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}

describe('Content-Security-Policy of the renderer page', () => {
  it('the checker finds each weakness (so the checks below can fail)', () => {
    const page = (policy: string) => `<head><meta http-equiv="Content-Security-Policy" content="${policy}" /></head>`;
    expect(cspProblems(page("default-src 'self'; object-src 'none'"))).toEqual([]);
    expect(cspProblems('<head></head>')).toEqual(['no Content-Security-Policy <meta>']);
    expect(cspProblems(page("default-src *; object-src 'none'"))).toHaveLength(2);
    expect(cspProblems(page("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'"))).toEqual(["script-src allows 'unsafe-inline'"]);
    expect(cspProblems(page("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'"))).toEqual(["script-src allows 'unsafe-eval'"]);
    expect(cspProblems(page("default-src 'self'; script-src 'self' https:; object-src 'none'"))).toHaveLength(1);
    expect(cspProblems(page("default-src 'self'"))).toEqual(["object-src is not 'none'"]);
  });

  for (const file of ['renderer/index.html', 'out/renderer/index.html']) {
    const present = existsSync(file);
    if (!present) console.warn(`Skipping the CSP check of ${file}: it does not exist yet (${file.startsWith('out') ? 'run npm run build' : 'the renderer is not written yet'}).`);
    it.skipIf(!present)(`${file}: default-src 'self', no unsafe-eval, no unsafe-inline script, object-src 'none'`, () => {
      expect(cspProblems(readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});

// --- Sources that switch a protection off --------------------------------------------------------

/** This file names the patterns it looks for; it is the one file allowed to. */
const ALLOWED = 'test/electron-security.test.ts';
const SCANNED = ['electron', 'renderer', 'core', 'cli', 'scripts', 'test'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs|html)$/.test(e.name) ? [path] : [];
  });
}

const FORBIDDEN: [string, RegExp][] = [
  ['nodeIntegration: true', /\bnodeIntegration(InWorker|InSubFrames)?['"]?\s*:\s*true\b/],
  ['contextIsolation: false', /\bcontextIsolation['"]?\s*:\s*false\b/],
  ['sandbox: false', /\bsandbox['"]?\s*:\s*false\b/],
  ['webSecurity: false', /\bwebSecurity['"]?\s*:\s*false\b/],
  ['allowRunningInsecureContent: true', /\ballowRunningInsecureContent['"]?\s*:\s*true\b/],
  ['shell.openExternal(', /\bopenExternal\s*\(/],
  ['<webview', /<webview\b/i],
];

const forbiddenIn = (source: string): string[] => FORBIDDEN.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
const exposures = (source: string): number => source.match(/\bexposeInMainWorld\s*\(/g)?.length ?? 0;

describe('no source switches a protection off', () => {
  const files = [...SCANNED.flatMap(sourceFiles), ...readdirSync('.').filter((f) => /\.(ts|mjs|js)$/.test(f))]
    .map((f) => relative('.', f).split('\\').join('/'))
    .filter((f) => f !== ALLOWED);

  it('the scan catches each pattern (so the checks below can fail)', () => {
    expect(forbiddenIn('webPreferences: { nodeIntegration: true }')).toEqual(['nodeIntegration: true']);
    expect(forbiddenIn("{ 'nodeIntegrationInSubFrames' : true }")).toEqual(['nodeIntegration: true']);
    expect(forbiddenIn('{ sandbox:false, webSecurity: false }')).toEqual(['sandbox: false', 'webSecurity: false']);
    expect(forbiddenIn('contextIsolation: false')).toEqual(['contextIsolation: false']);
    expect(forbiddenIn('await shell.openExternal(url)')).toEqual(['shell.openExternal(']);
    expect(forbiddenIn('<webview src="x">')).toEqual(['<webview']);
    expect(forbiddenIn('{ sandbox: true, nodeIntegration: false }')).toEqual([]);
    expect(exposures("contextBridge.exposeInMainWorld('a', x); contextBridge.exposeInMainWorld ('b', y)")).toBe(2);
  });

  it('scans the app, its tests and scripts', () => {
    expect(files).toContain('electron/main/window.ts');
    expect(files).toContain('electron/preload/index.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  it('no file disables isolation, sandbox or web security, opens external URLs or uses <webview>', () => {
    const found = files.flatMap((f) => forbiddenIn(readFileSync(f, 'utf8')).map((what) => `${f}: ${what}`));
    expect(found).toEqual([]);
  });

  it('exposeInMainWorld is called exactly once, by the preload', () => {
    const calls = files.flatMap((f) => Array.from({ length: exposures(readFileSync(f, 'utf8')) }, () => f));
    expect(calls).toEqual(['electron/preload/index.ts']);
  });

  it('the preload exposes the API object, never ipcRenderer itself', () => {
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\(\s*'reportApi'\s*,\s*api\s*\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
