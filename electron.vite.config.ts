/**
 * Builds the three parts of the app into out/: the main process (ESM, as package.json says
 * "type": "module"), the preload (one CommonJS file: a sandboxed preload cannot be an ES module)
 * and the renderer (React). `npm run build`, then `npm start` (needs an Electron binary).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The dev server's React Fast Refresh preamble is an inline script and its HMR client talks over a
 * WebSocket; the strict CSP in renderer/index.html forbids both. Relaxed for `electron-vite dev`
 * only (`apply: 'serve'`): the built index.html keeps the policy exactly as written.
 */
function devServerCsp(): Plugin {
  return {
    name: 'raport:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html: string) =>
      html
        .replace(/script-src 'self'/, "script-src 'self' 'unsafe-inline'")
        .replace(/connect-src 'self'/, "connect-src 'self' ws://localhost:* http://localhost:*"),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: root('out/main'),
      rolldownOptions: { input: { index: root('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: root('out/preload'),
      rolldownOptions: {
        input: { index: root('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: root('renderer'),
    plugins: [react(), devServerCsp()],
    // The renderer imports the pure pipeline (core/), the chapter templates and the bundled sample from outside its root.
    server: { fs: { allow: [root('renderer'), root('core'), root('templates'), root('data/sample'), root('electron/common'), root('node_modules')] } },
    build: {
      outDir: root('out/renderer'),
      rolldownOptions: { input: { index: root('renderer/index.html') } },
    },
  },
});
