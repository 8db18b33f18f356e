// esbuild options shared by the CLI bundle and the benchmark's cases: one fast-starting ESM file
// for Node 20 plus lazily loaded chunks.
export const NODE_BUNDLE = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  packages: 'bundle',
  // Native module (the chart PNG fallbacks): loaded from node_modules at run time, never bundled.
  external: ['@resvg/resvg-js'],
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};
