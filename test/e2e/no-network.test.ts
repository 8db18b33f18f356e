/**
 * No network: the built renderer, bridged to the real main-process handlers, makes no request to
 * any host while a user opens the sample, reads the data and coverage, writes with the live
 * preview (links and images typed in, a link in the preview clicked) and exports.
 *
 * Two nets, both counting: every request of the context — page, preview frame, workers — goes
 * through a route that serves only the app's own files (https://app.test, as serve-renderer.ts
 * does) and counts and aborts everything else; and the browser's only way out is a local proxy
 * that counts whatever still reaches the network layer (WebSockets, which routes do not see, and
 * anything that slipped past the route). A canary run with the CSP switched off first shows both
 * nets catch requests from the page, a worker, a frame and a socket.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installBridge, type Bridge } from './bridge';
import { editor, navTo, preview, report } from './helpers/app';
import { CHROMIUM, skipWithoutChromium } from './helpers/chromium';
import { RENDERER_OUT } from './helpers/paths';
import { APP_URL, TYPES } from './helpers/serve-renderer';

const APP_HOST = new URL(APP_URL).host;

/**
 * Chromium's own services (component updates, clock check, sign-in, form-field predictions for
 * pages with inputs), which the browser calls whatever the flags say; Electron has none of them.
 * Only the proxy sees them: the route, which sees every request a page or worker makes, has no
 * allowance at all.
 */
const BROWSER_SERVICES = new Set([
  'update.googleapis.com',
  'clients1.google.com',
  'clients2.google.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
]);
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
];


/** A forward proxy that answers nothing and records every request that reaches it. */
async function countingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, seen };
}

/** Host of a proxy record: `CONNECT host:443` or `GET http://host/path`. */
function proxiedHost(record: string): string {
  const target = record.split(' ')[1] ?? '';
  return (target.includes('://') ? new URL(target).host : target).replace(/:\d+$/, '');
}

interface Net {
  context: BrowserContext;
  page: Page;
  /** Requests the route refused: anything not the app's own files. */
  outside: string[];
  sockets: string[];
  serviceWorkers: string[];
}

/** A context whose every request is served from out/renderer or counted and aborted. */
async function offlineContext(browser: Browser, options: { bypassCSP?: boolean } = {}): Promise<Net> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'pl-PL', bypassCSP: options.bypassCSP ?? false });
  const outside: string[] = [];
  const sockets: string[] = [];
  const serviceWorkers: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.host !== APP_HOST || url.protocol !== 'https:') {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    const path = normalize(join(RENDERER_OUT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(RENDERER_OUT + sep)) return route.fulfill({ status: 403 });
    try {
      await route.fulfill({ status: 200, body: readFileSync(path), headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  context.on('serviceworker', (worker) => serviceWorkers.push(worker.url()));
  const page = await context.newPage();
  page.on('websocket', (socket) => sockets.push(socket.url()));
  return { context, page, outside, sockets, serviceWorkers };
}

describe.skipIf(skipWithoutChromium())('no network: the app in Chromium with every request counted', () => {
  let browser: Browser;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  const exportDir = mkdtempSync(join(tmpdir(), 'raport-e2e-offline-export-'));

  /** What reached the proxy since `from`, other than the browser's own services and the app's origin (a preconnect). */
  const proxiedSince = (from: number): string[] => proxy.seen.slice(from).filter((r) => !BROWSER_SERVICES.has(proxiedHost(r)) && proxiedHost(r) !== APP_HOST);

  beforeAll(async () => {
    proxy = await countingProxy();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: BROWSER_ARGS,
      // Loopback too: the app has no business with a local server either.
      proxy: { server: `http://127.0.0.1:${proxy.port}`, bypass: '<-loopback>' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    proxy?.server.close();
    rmSync(exportDir, { recursive: true, force: true });
  });

  it('the nets catch requests from the page, a worker, the preview frame and a socket (canary, CSP off)', async () => {
    const from = proxy.seen.length;
    const net = await offlineContext(browser, { bypassCSP: true });
    await net.page.goto(APP_URL);
    await net.page.getByRole('heading', { level: 1 }).waitFor();
    await net.page.evaluate(() => {
      void fetch('https://canary-page.invalid/x').catch(() => undefined);
      const source = 'fetch("https://canary-worker.invalid/x").catch(() => {}); new WebSocket("wss://canary-worker-socket.invalid/");';
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      const frame = document.createElement('iframe');
      frame.srcdoc = '<img src="https://canary-frame.invalid/x.png">';
      document.body.append(frame);
      new WebSocket('wss://canary-socket.invalid/');
    });
    const expected = ['canary-page.invalid', 'canary-worker.invalid', 'canary-frame.invalid'];
    await expect.poll(() => expected.every((host) => net.outside.some((u) => new URL(u).host === host)), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => proxiedSince(from).map(proxiedHost).sort(), { timeout: 10_000 }).toEqual(['canary-socket.invalid', 'canary-worker-socket.invalid']);
    expect(net.sockets).toContain('wss://canary-socket.invalid/');
    await net.context.close();
  });

  describe('the main flow, CSP on', () => {
    let net: Net;
    let bridge: Bridge;
    let from: number;

    beforeAll(async () => {
      from = proxy.seen.length;
      net = await offlineContext(browser);
      bridge = await installBridge(net.page);
      await net.page.goto(APP_URL);
    });

    afterAll(async () => {
      await net?.context.close();
      bridge?.dispose();
    });

    it('opens the sample', async () => {
      const { page } = net;
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Otwórz przykładowy projekt' }).click();
      await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
    });

    it('shows the data and the GRI coverage', async () => {
      const { page } = net;
      await navTo(page, 'Dane');
      await page.locator('section.input-card[data-kind="privacy"]').getByText('privacy-register.csv', { exact: true }).waitFor();
      await navTo(page, 'Zgodność z GRI');
      await page.getByRole('heading', { name: /GRI 103-1/ }).first().waitFor();
    });

    it('writes with the live preview: remote links and images typed in stay inert, links in the preview do not navigate', async () => {
      const { page } = net;
      await navTo(page, 'Pisanie i podgląd');
      await page.getByRole('navigation', { name: 'Sekcje rozdziału' }).getByRole('button', { name: 'Skargi i incydenty dotyczące prywatności' }).click();
      await editor(page).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Zobacz [stronę banku](https://example.org/bank) i ![logo](https://evil.example/logo.png) oraz <img src="https://evil.example/x.png"> koniec.');
      const link = report(page).getByRole('link', { name: 'stronę banku' });
      await link.waitFor();
      await report(page).getByText('<img src="https://evil.example/x.png"> koniec.', { exact: false }).waitFor();

      // The frame: sandboxed without scripts, its own CSP first in its document.
      const frame = page.locator('iframe.preview-frame');
      expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin');
      expect(await preview(page).locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
      expect(await page.locator('iframe.preview-frame').evaluate((el) => (el as HTMLIFrameElement).contentDocument?.querySelectorAll('img').length)).toBe(0);

      await link.click();
      await link.click({ button: 'middle' });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      expect(page.frames().map((f) => f.url())).toEqual([APP_URL, 'about:srcdoc']);
      await report(page).getByRole('heading', { name: 'Usługi dla klientów' }).waitFor();
      expect(net.outside).toEqual([]);
    });

    it('the preview frame’s CSP blocks a remote image even if one got into its document', async () => {
      const violation = await net.page.locator('iframe.preview-frame').evaluate(
        (el) =>
          new Promise<string>((resolve) => {
            const doc = (el as HTMLIFrameElement).contentDocument!;
            doc.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`));
            const img = doc.createElement('img');
            img.src = 'https://canary-preview.invalid/x.png';
            doc.querySelector('.report')!.append(img);
            setTimeout(() => resolve('no violation'), 3000);
          }),
      );
      expect(violation).toBe('img-src https://canary-preview.invalid/x.png');
      expect(net.outside).toEqual([]);
    });

    it('exports DOCX and HTML', async () => {
      const { page } = net;
      await navTo(page, 'Eksport');
      bridge.queueFolder('export', exportDir);
      await page.getByRole('button', { name: 'Eksportuj' }).click();
      await page.getByRole('heading', { name: 'Zapisano pliki:' }).waitFor();
      expect(readFileSync(join(exportDir, 'customer-services-2020-pl.html'), 'utf8')).toContain('stronę banku');
    });

    it('made no request to any host: none refused by the route, none reached the network, no socket or service worker', async () => {
      await net.page.waitForTimeout(500); // let anything the last step started arrive
      expect(net.outside).toEqual([]);
      expect(proxiedSince(from)).toEqual([]);
      expect(net.sockets).toEqual([]);
      expect(net.serviceWorkers).toEqual([]);
    });
  });
});
