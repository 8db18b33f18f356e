/**
 * vitest globalSetup for the end-to-end project: builds the app with electron-vite when
 * out/renderer/index.html is missing or older than any source it is built from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, RENDERER_OUT } from './paths';

const SOURCES = ['renderer', 'core', 'templates', 'data', 'electron', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererIsStale(): boolean {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => existsSync(join(REPO, s)) && newestMtime(join(REPO, s)) > built);
}

export default function setup(): void {
  if (!rendererIsStale()) return;
  const started = Date.now();
  execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`e2e: built the app with electron-vite in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
