// Bundles cli/main.ts (and the core it uses) into dist/cli/ with esbuild: main.cjs, which
// cli/csr-report.mjs runs with V8's code cache (cli/bundle-loader.mjs), and the import's worker
// thread, part-worker.mjs. The code cache is then made by building the sample project once.
//
// Files are replaced atomically and only when their content changed, so a CLI started meanwhile
// (tests build in parallel) never reads half a bundle, and an unchanged bundle keeps its caches.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { CLI_BUNDLE, NODE_BUNDLE } from './esbuild-options.mjs';

const DIR = 'dist/cli';
const results = await Promise.all([
  build({ ...CLI_BUNDLE, entryPoints: { main: 'cli/main.ts' }, outdir: DIR, write: false }),
  build({ ...NODE_BUNDLE, entryPoints: { 'part-worker': 'cli/part-worker.ts' }, outdir: DIR, write: false }),
]);
const outputs = results.flatMap((r) => r.outputFiles);

mkdirSync(DIR, { recursive: true });
const changed = new Set();
for (const file of outputs) {
  const name = basename(file.path);
  const path = join(DIR, name);
  if (existsSync(path) && readFileSync(path).equals(file.contents)) continue;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, file.contents);
  renameSync(tmp, path);
  changed.add(name);
}

// Files of earlier builds go (chunk names change with their content), and the code caches of a
// bundle that changed; caches of an unchanged bundle stay valid.
const current = new Set(outputs.map((f) => basename(f.path)));
const isCache = (name) => name.startsWith('main.cjs.') && name.endsWith('.v8-cache');
for (const name of readdirSync(DIR)) {
  if (isCache(name) ? changed.has('main.cjs') : !current.has(name) && !name.endsWith('.tmp')) rmSync(join(DIR, name), { force: true });
}

// The code cache, from the command users run most: `build` of a project, DOCX and HTML.
if (!readdirSync(DIR).some(isCache)) {
  const out = mkdtempSync(join(tmpdir(), 'raport-code-cache-'));
  try {
    execFileSync(process.execPath, ['cli/csr-report.mjs', 'build', '--project', 'data/sample', '--out', out], {
      env: { ...process.env, RAPORT_WRITE_CODE_CACHE: '1' },
      stdio: 'ignore',
    });
  } catch (e) {
    // Not fatal: without it the first run writes one.
    process.stderr.write(`build-cli: no code cache made (${e.message.split('\n')[0]})\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
