// Runs the bundled CLI (dist/cli/main.cjs) with V8's code cache: the bytecode of every function a
// build ran, saved next to the bundle, so a new process neither parses nor compiles them again
// (≈ 15-20% of `csr-report build`). Node 20 caches no ES modules, hence one CommonJS file run
// through `vm.Script`.
//
// The cache is made by `npm run build:cli` (a build of the sample project) and, where none fits the
// running Node, by the first run that lacks one. It is keyed by the bundle's SHA-256, Node's
// version, the platform and the V8 flags: V8 itself checks only the source's length and its own
// version and flags, so a changed bundle of the same length must never meet an old cache. A cache
// that is missing, unreadable or refused only costs the time it would have saved.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/** The cache file of `bundle` (a path; `bytes`, its content) as this Node would run it. */
function cachePath(bundle, bytes) {
  const key = createHash('sha256')
    .update(bytes)
    .update([process.version, process.platform, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return `${bundle}.${key}.v8-cache`;
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Evaluates `bundle` and returns its exports and `saveCache()`, which writes the code cache when the
 * run found none or `RAPORT_WRITE_CODE_CACHE` asks for one (`npm run build:cli` does). Call it
 * after the work, so the cache holds the functions the work compiled.
 */
export function loadBundle(bundle) {
  // Hashed as bytes: hashing the decoded text would encode it all again.
  const bytes = readFileSync(bundle);
  const cache = cachePath(bundle, bytes);
  const source = bytes.toString('utf8');
  const cachedData = process.env.RAPORT_NO_CODE_CACHE ? undefined : readCache(cache);
  // The wrapper Node gives a CommonJS module, plus the bundle's URL for `import.meta.url`.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __bundleUrl) {${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href);
  const wanted = process.env.RAPORT_WRITE_CODE_CACHE === '1' || (!process.env.RAPORT_NO_CODE_CACHE && (cachedData === undefined || script.cachedDataRejected === true));
  return {
    exports: module.exports,
    saveCache() {
      if (!wanted) return;
      const tmp = `${cache}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cache); // atomic: a CLI starting meanwhile reads the old cache or the new one
      } catch {
        rmSync(tmp, { force: true }); // a read-only install runs without a cache
      }
    },
  };
}
