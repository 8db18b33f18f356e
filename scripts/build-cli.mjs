// Bundles cli/main.ts (and the core it uses) into dist/cli/ with esbuild: one fast-starting
// ESM file plus lazily loaded chunks (the DOCX writer is only loaded when a DOCX is written).
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'cli/main.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  packages: 'bundle',
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
