// esbuild options shared by the CLI bundle and the benchmark's cases: ESM for Node 20 with lazily
// loaded chunks (NODE_BUNDLE), or the one CommonJS file the CLI runs with V8's code cache
// (CLI_BUNDLE, see cli/bundle-loader.mjs).

/**
 * Handlebars loads source-map only to write source maps of compiled templates, which nothing asks
 * for; without it Handlebars uses its own small SourceNode. ≈ 60 kB less to load at every start,
 * and templates compile faster.
 */
const withoutSourceMap = {
  name: 'without-source-map',
  setup(build) {
    build.onResolve({ filter: /^source-map$/ }, (args) =>
      /[\\/]handlebars[\\/]/.test(args.importer) ? { path: 'source-map', namespace: 'without-source-map' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-source-map' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

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
  plugins: [withoutSourceMap],
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
};

/**
 * The CLI as one CommonJS file for cli/bundle-loader.mjs. Lazy parts stay lazy: esbuild turns each
 * `import()` into a function that evaluates its modules on first call (never a real `import()`,
 * which a `vm.Script` cannot do). `import.meta.url` is the loader's `__bundleUrl`.
 */
export const CLI_BUNDLE = {
  ...NODE_BUNDLE,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__bundleUrl' },
  // A third less to read, hash and decode at every start; names are kept for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  banner: {},
};
