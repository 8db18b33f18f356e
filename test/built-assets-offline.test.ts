/**
 * The built app (out/renderer, out/main, out/preload) loads nothing from the network: no remote
 * <script>, <link>, image, @import, url() or font; no fetch/WebSocket/worker/beacon to a remote
 * literal; a main process without network modules; and every remote host that appears anywhere
 * in the bundles is a known, harmless string — an XML namespace, a documentation link in a
 * library's comment, an error message — listed below with the reason. A new host fails the test
 * until someone has looked at it. The running app is checked with every request counted in
 * test/e2e/no-network.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';

const OUT = ['out/renderer', 'out/main', 'out/preload'];
const built = OUT.every((dir) => existsSync(dir)) && existsSync('out/renderer/index.html');
if (!built) console.warn('Skipping the built-asset checks: out/ is not built (npm run build, or any e2e run, builds it).');

/** Hosts that appear in the bundles as text and are never contacted, with the reason. */
const KNOWN_HOSTS: Record<string, string> = {
  // Identifiers, not addresses: the DOCX writer puts them into the package's XML.
  'schemas.openxmlformats.org': 'OOXML namespaces and relationship types written into the DOCX',
  'schemas.microsoft.com': 'Word extension namespaces written into the DOCX',
  'purl.oclc.org': 'OOXML Strict namespaces the docx library recognises',
  'purl.org': 'Dublin Core namespaces of docProps/core.xml',
  'www.w3.org': 'XML, SVG, XLink and MathML namespaces (charts, DOCX, HTML parsing)',
  // Error and warning messages that print a link for the reader.
  'react.dev': "React's error messages name their decoder page (a string, never requested)",
  'handlebarsjs.com': "Handlebars' prototype-access warning text",
  'answers.microsoft.com': 'a docx library error message (list levels above 9)',
  // Documentation links in the comments of bundled libraries (the renderer bundle is not minified).
  'codemirror.net': 'CodeMirror API docs in comments',
  'lezer.codemirror.net': 'Lezer docs in CodeMirror comments',
  'code.haverbeke.berlin': 'style-mod docs in CodeMirror comments',
  'officeopenxml.com': 'OOXML references in docx library comments',
  'c-rex.net': 'OOXML references in docx library comments',
  'www.datypic.com': 'OOXML schema references in docx library comments',
  'learn.microsoft.com': 'Office format specifications in docx library comments',
  'docs.microsoft.com': 'Office format specifications in docx library comments',
  'support.microsoft.com': 'a note on cloud fonts in docx library comments',
  'www.ecma-international.org': 'ECMA-376 reference in docx library comments',
  'example.com': 'docx library usage examples in comments',
  'github.com': 'project links in library comments and licence headers',
  'github.github.com': 'GFM spec links in markdown-it comments',
  'spec.commonmark.org': 'CommonMark spec link in markdown-it comments',
  'pandoc.org': 'syntax references in markdown-it comments',
  'html.spec.whatwg.org': 'HTML spec links in entity-decoder comments',
  'dom.spec.whatwg.org': 'DOM spec links in domhandler/domutils comments (htmlparser2, used to edit OOXML)',
  'en.wikipedia.org': 'background links in CodeMirror comments',
  'developer.mozilla.org': 'MDN links in library comments',
  'mathiasbynens.be': 'a Unicode note in library comments',
  'tools.ietf.org': 'RFC links in library comments (punycode)',
  'www.rfc-editor.org': 'RFC links in @noble/hashes comments',
  'nvlpubs.nist.gov': 'FIPS 180-4 link in @noble/hashes comments',
  'stackoverflow.com': 'a link in docx library comments',
  'docs.google.com': 'a design-document link in library comments',
  'www.npmjs.com': 'a package link in docx library comments',
  localhost: "the dev server's address in the main process's comments (development only, never packaged)",
};

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ['.js', '.cjs', '.mjs', '.html', '.css'].includes(extname(f)))
    .map((f) => join(dir, f));
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** A reference that stays in the app: relative, absolute path, fragment, data: or blob:. */
const isLocalRef = (ref: string): boolean => !REMOTE.test(ref.trim()) || /^(?:data|blob):/i.test(ref.trim());

/** Every host named in a URL anywhere in `text`. */
function hostsIn(text: string): string[] {
  const hosts = new Set<string>();
  for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/([^/\s"'`<>)\\,;]+)/gi)) {
    const host = m[1]!.toLowerCase().replace(/:.*$/, '');
    if (/^(?:[a-z0-9-]+\.)+[a-z]{2,}$|^localhost$/.test(host)) hosts.add(host);
  }
  return [...hosts];
}

/** Code that would load or send something to a literal remote URL. */
const SINKS: [RegExp, string][] = [
  [/\b(?:fetch|importScripts|import|sendBeacon)\s*\(\s*[`'"](?:[a-z]+:)?\/\/[^`'"]/gi, 'a request to a remote literal'],
  [/\bnew\s+(?:WebSocket|EventSource|Worker|SharedWorker|Request)\s*\(\s*[`'"](?:[a-z]+:)?\/\/[^`'"]/gi, 'a connection to a remote literal'],
  [/\.open\s*\(\s*[`'"][A-Z]+[`'"]\s*,\s*[`'"](?:[a-z]+:)?\/\/[^`'"]/g, 'an XMLHttpRequest to a remote literal'],
  [/\.(?:src|href|action|data|poster)\s*=\s*[`'"](?:https?:|wss?:)?\/\/[^`'"]/gi, 'a remote URL assigned to a loading property'],
  [/setAttribute\(\s*[`'"](?:src|href|action|data)[`'"]\s*,\s*[`'"](?:https?:|wss?:)?\/\/[^`'"]/gi, 'a remote URL set on an element'],
];

function remoteSinks(js: string): string[] {
  return SINKS.flatMap(([pattern, what]) => [...js.matchAll(pattern)].map((m) => `${what}: ${m[0]}`));
}

/** url() and @import targets in a style sheet that leave the app. */
function remoteCss(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!isLocalRef(m[2]!)) found.push(`url(${m[2]})`);
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*['"]?([^'");\s]+)/gi)) if (!isLocalRef(m[1]!)) found.push(`@import ${m[1]}`);
  return found;
}

/** Elements of an HTML page that load something from outside the app. */
function remoteHtml(html: string): string[] {
  const found: string[] = [];
  const elements = DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
  for (const el of elements) {
    for (const attr of ['src', 'href', 'srcset', 'poster', 'data', 'action']) {
      const value = el.attribs[attr];
      if (value !== undefined && !isLocalRef(value)) found.push(`<${el.name} ${attr}="${value}">`);
    }
    if (el.name === 'style') found.push(...remoteCss(DomUtils.textContent(el)));
    if (el.attribs.style) found.push(...remoteCss(el.attribs.style));
  }
  return found;
}

/** Node and Electron modules that reach the network. */
const NETWORK_MODULES = /^(?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)(?:\/|$)/;
const NETWORK_ELECTRON = new Set(['net', 'autoUpdater', 'crashReporter', 'netLog']);

function mainNetworkUse(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:from\s*|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) if (NETWORK_MODULES.test(m[1]!)) found.push(`module ${m[1]}`);
  for (const m of js.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]electron['"]/g)) {
    for (const name of m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)) if (NETWORK_ELECTRON.has(name)) found.push(`electron.${name}`);
  }
  for (const m of js.matchAll(/\b(?:electron\.)?(?:net\.(?:request|fetch)|autoUpdater\.\w+|crashReporter\.start)\s*\(/g)) found.push(m[0]);
  for (const m of js.matchAll(/\bfetch\s*\(/g)) found.push(m[0]);
  return found;
}

describe('the checks find what they look for (so the checks below can fail)', () => {
  it('hosts, sinks, CSS and HTML', () => {
    expect(hostsIn('a "https://telemetry.example.com/v1" b wss://Sock.Example.org:443/x http://localhost:5173/ ${x} http://')).toEqual([
      'telemetry.example.com',
      'sock.example.org',
      'localhost',
    ]);
    expect(remoteSinks('fetch("https://t.example/c");fetch(`//cdn.example/x`);fetch("./local.csv");new WebSocket("wss://s.example");x.open("POST","https://t.example");img.src="https://t.example/p.gif";navigator.sendBeacon("https://b.example",d)')).toHaveLength(6);
    expect(remoteCss('@font-face{src:url(https://fonts.example/a.woff2)} a{background:url("./x.png")} @import url("//cdn.example/x.css"); b{background:url(data:image/png;base64,AA)}')).toEqual([
      'url(https://fonts.example/a.woff2)',
      'url(//cdn.example/x.css)',
      '@import //cdn.example/x.css',
    ]);
    expect(remoteHtml('<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script><script src="./assets/a.js"></script><img src="data:image/png;base64,AA"><p style="background:url(http://t.example/x)">')).toEqual([
      '<link href="https://cdn.example/x.css">',
      '<script src="//cdn.example/x.js">',
      'url(http://t.example/x)',
    ]);
    expect(mainNetworkUse('import https from "node:https"; import { app, net } from "electron"; net.request(u); require("dns"); fetch(u)')).toEqual([
      'module node:https',
      'module dns',
      'electron.net',
      'net.request(',
      'fetch(',
    ]);
  });
});

describe.skipIf(!built)('the built app loads nothing from the network', () => {
  const all = OUT.flatMap(files);
  const read = (f: string): string => readFileSync(f, 'utf8');

  it('builds a renderer page, its scripts and styles, the main process and the preload', () => {
    expect(all).toContain('out/renderer/index.html');
    expect(all.some((f) => f.startsWith('out/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    expect(all).toContain('out/main/index.js');
    expect(all.some((f) => f.startsWith('out/preload/'))).toBe(true);
  });

  it('the page references only its own files (no remote <script>, <link>, image or style)', () => {
    for (const page of all.filter((f) => f.endsWith('.html'))) expect(remoteHtml(read(page)), page).toEqual([]);
  });

  it('the style sheets load nothing remote: no @import, no remote url(), fonts are the system’s or bundled', () => {
    for (const sheet of all.filter((f) => f.endsWith('.css'))) expect(remoteCss(read(sheet)), sheet).toEqual([]);
  });

  it('no script fetches, connects, beacons or assigns a remote literal URL', () => {
    const found = all.filter((f) => /\.(c|m)?js$/.test(f)).flatMap((f) => remoteSinks(read(f)).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });

  it('the main process and the preload use no network module (no http, net, updater or crash reporter)', () => {
    const found = all.filter((f) => f.startsWith('out/main/') || f.startsWith('out/preload/')).flatMap((f) => mainNetworkUse(read(f)).map((s) => `${f}: ${s}`));
    expect(found).toEqual([]);
  });

  it('every remote host named anywhere in the bundles is a known harmless string', () => {
    const unknown = new Map<string, string>();
    for (const f of all) for (const host of hostsIn(read(f))) if (!(host in KNOWN_HOSTS) && !unknown.has(host)) unknown.set(host, f);
    expect([...unknown].map(([host, file]) => `${host} (in ${file})`)).toEqual([]);
  });
});
