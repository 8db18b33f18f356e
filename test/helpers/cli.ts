/** Runs the real `csr-report` command (the bundled CLI) as a user would. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

let built = false;
/** Bundles the CLI once per test file, so tests always run the current sources. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'cli', 'csr-report.mjs'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (prefix = 'raport-'): string => mkdtempSync(join(tmpdir(), prefix));
