/**
 * The main process's share of "no network" and of what the security review (docs/security-review.md)
 * found: the session refuses every request that would leave the machine, and the window's
 * protections are written where static scanners can read them. Checked without an Electron binary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { installNetworkPolicy, isAllowedRequest } from '../electron/main/security.js';
import { createMainWindow, mainWindowOptions } from '../electron/main/window.js';

const FILE_APP = pathToFileURL('/opt/Raport/resources/app.asar/out/renderer/index.html').href;
const DEV_APP = 'http://localhost:5173/';

describe('network policy: nothing leaves the machine', () => {
  it.each([
    FILE_APP,
    pathToFileURL('/opt/Raport/resources/app.asar/out/renderer/assets/index-abc.js').href,
    pathToFileURL('/opt/Raport/resources/app.asar/out/renderer/assets/build-worker-abc.js').href,
    'file://localhost/opt/Raport/resources/app.asar/out/renderer/index.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:file:///0b0b0b0b-0000-0000-0000-000000000000',
    'about:srcdoc',
    'about:blank',
    'devtools://devtools/bundled/devtools_app.html',
  ])('lets the packaged app load %s', (url) => {
    expect(isAllowedRequest(url, FILE_APP)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://example.com/font.woff2',
    'HTTPS://fonts.googleapis.com/css?family=Inter',
    'wss://telemetry.example/socket',
    'ws://127.0.0.1:9000/',
    'ftp://example.com/x',
    DEV_APP,
    // A file URL with a host is a network share: Windows would open an SMB connection (and offer credentials).
    'file://attacker.example/share/x.png',
    'file://192.168.1.10/c$/x',
    'chrome://settings/',
    'chrome-extension://abcdefghijklmnop/x.js',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %j in the packaged app', (url) => {
    expect(isAllowedRequest(url, FILE_APP)).toBe(false);
  });

  it('in development, allows the dev server (page, modules, hot-reload socket) and nothing else', () => {
    for (const url of [DEV_APP, 'http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'data:,x', 'blob:http://localhost:5173/x']) {
      expect(isAllowedRequest(url, DEV_APP), url).toBe(true);
    }
    for (const url of [
      'https://localhost:5173/',
      'wss://localhost:5173/',
      'http://localhost:5174/',
      'http://localhost:5173.evil.example/',
      'http://user:pass@localhost:5173/',
      'http://127.0.0.1:5173/',
      'https://example.com/',
    ]) {
      expect(isAllowedRequest(url, DEV_APP), url).toBe(false);
    }
  });

  it('is applied to every request of the session', () => {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = { webRequest: { onBeforeRequest: (l: typeof listener) => (listener = l) } } as unknown as Session;
    installNetworkPolicy(session, FILE_APP);
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined;
      listener?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('file://attacker.example/share/x.png')).toBe(true);
    expect(decide(FILE_APP)).toBe(false);
  });

  it('is wired up for the main window (index.ts)', () => {
    const index = readFileSync('electron/main/index.ts', 'utf8');
    expect(index).toMatch(/installNetworkPolicy\(win\.webContents\.session, appUrl\)/);
  });
});

/** The object literal passed to each `new BrowserWindow(…)` in a source, as scanners read it (null: not a literal). */
function browserWindowCalls(text: string): { literal: ts.ObjectLiteralExpression | null; line: number }[] {
  const source = ts.createSourceFile('source.ts', text, ts.ScriptTarget.Latest, true);
  const calls: { literal: ts.ObjectLiteralExpression | null; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'BrowserWindow') {
      const arg = node.arguments?.[0];
      calls.push({ literal: arg && ts.isObjectLiteralExpression(arg) ? arg : null, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** `webPreferences` keys whose value is a boolean literal in the object literal. */
function literalPreferences(literal: ts.ObjectLiteralExpression): Record<string, boolean> {
  const prefs = literal.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'webPreferences');
  if (!prefs || !ts.isObjectLiteralExpression(prefs.initializer)) return {};
  const out: Record<string, boolean> = {};
  for (const p of prefs.initializer.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    if (p.initializer.kind === ts.SyntaxKind.TrueKeyword) out[p.name.getText()] = true;
    if (p.initializer.kind === ts.SyntaxKind.FalseKeyword) out[p.name.getText()] = false;
  }
  return out;
}

describe('window protections are visible to static scanners', () => {
  const sources = readdirSync('electron', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('electron', f));

  it('every `new BrowserWindow` gets an object literal with the protections written out', () => {
    const calls = sources.flatMap((path) => browserWindowCalls(readFileSync(path, 'utf8')).map((call) => ({ path, ...call })));
    expect(calls.map((c) => `${c.path}:${c.line}`)).toEqual(['electron/main/window.ts:18']);
    for (const call of calls) {
      expect(call.literal, `${call.path}:${call.line}`).not.toBeNull();
      expect(literalPreferences(call.literal!)).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
      });
    }
  });

  it('the check reads only literals, as the scanner does (options built elsewhere count as missing)', () => {
    expect(browserWindowCalls('const w = new BrowserWindow(mainWindowOptions(path));')).toEqual([{ literal: null, line: 1 }]);
    const [call] = browserWindowCalls('new BrowserWindow({ webPreferences: { nodeIntegration: false, sandbox: true, preload: p } })');
    expect(literalPreferences(call!.literal!)).toEqual({ nodeIntegration: false, sandbox: true });
  });

  it('createMainWindow passes exactly the options the unit tests check', () => {
    let captured: BrowserWindowConstructorOptions | undefined;
    class FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        captured = options;
      }
    }
    const win = createMainWindow(FakeWindow, '/opt/Raport/out/preload/index.cjs');
    expect(win).toBeInstanceOf(FakeWindow);
    expect(captured).toEqual(mainWindowOptions('/opt/Raport/out/preload/index.cjs'));
    expect(captured?.webPreferences).toMatchObject({ preload: '/opt/Raport/out/preload/index.cjs', navigateOnDragDrop: false, spellcheck: false });
    expect(readFileSync('electron/main/index.ts', 'utf8')).toMatch(/createMainWindow\(BrowserWindow, /);
  });
});
