/**
 * Who made a build and when, for the build manifest. The time is not the clock's: the same inputs
 * must give the same DOCX bytes, so it is SOURCE_DATE_EPOCH when set (the reproducible-builds
 * convention) and otherwise the newest modification time of the inputs and project settings.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildStamp } from '../core/index.js';

/** The stamp of a CLI build: its inputs are the CSV files and, with --project, project.json. */
export function buildStamp(project: string | null, inputs: readonly { path: string }[], env: NodeJS.ProcessEnv = process.env): BuildStamp {
  const paths = [...inputs.map((i) => i.path), ...(project === null ? [] : [join(project, 'project.json')])];
  return { appVersion: appVersion(), generatedAt: generationTime(paths, env) };
}

export function generationTime(paths: readonly string[], env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const newest = Math.max(0, ...paths.filter((p) => existsSync(p)).map((p) => statSync(p).mtimeMs));
  // Whole seconds: file systems differ in sub-second precision, copies must still match.
  return new Date(Math.floor(newest / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The version in the package's package.json (the CLI runs from dist/cli or, in tests, from cli/). */
function appVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const path = join(dir, 'package.json');
    if (existsSync(path)) {
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (json && typeof json === 'object' && 'version' in json && typeof json.version === 'string') return json.version;
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}
