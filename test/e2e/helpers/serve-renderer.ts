/**
 * Serves the built renderer (out/renderer) to Chromium at https://app.test/ through request
 * interception: module scripts do not load from file://, and no server or port is needed. https
 * makes the page a secure context, as file:// is in Electron (the clipboard API needs one).
 * Anything else the page asks for is refused, so a stray network request fails the test loudly.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { RENDERER_OUT } from './paths';

export const APP_URL = 'https://app.test/index.html';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serveRenderer(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.host !== 'app.test') return route.abort('blockedbyclient');
    const path = normalize(join(RENDERER_OUT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(RENDERER_OUT + sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(path);
      await route.fulfill({ status: 200, body, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
