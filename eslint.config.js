/**
 * ESLint: typescript-eslint's recommended rules (syntactic only, no type information, so `npm run
 * lint` stays fast enough for `npm test`) plus the layers of the app, enforced on every import:
 *
 *   core/        the pure pipeline: imports only core/, packages and data/*.json; never Electron,
 *                Node built-ins or React; inside it, imports flow one way (CORE_LAYERS below)
 *   renderer/    core/ only through core/index.ts; electron/common (the typed API), never electron/main
 *   electron/    main and preload: core/ only through core/index.ts; never renderer/
 *   cli/         core/ only through core/index.ts; never renderer/ or electron/
 *
 * and "libraries through their public APIs": no patching of prototypes, no Function.prototype.toString,
 * no reading docx's Packer.compiler.
 *
 * The layering uses eslint-plugin-boundaries (its `boundaries/dependencies` rule): elements are
 * folders, policies are allow lists, and the intra-core direction is one table.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ─── The intra-core direction: the one table to adjust ──────────────────────────────────────────
// Each core/ folder → the core/ folders it may import directly. What those may import is allowed
// too (the closure is computed below), and every folder may import core/common. The data flow is
// text → csv → import → kinds → report → render → doc, and pipeline/ wires the stages together.
// A core/ folder missing from this table is reported wherever it is imported ("core-unlisted").
const CORE_LAYERS = {
  common: [], // the bottom layer: shared types and helpers (problems, messages, lang, tallies)
  text: [], // bytes → text: encodings, decoding
  catalogue: [], // the GRI and metric catalogues (data/*.json)
  'personal-data': ['text'], // detectors of personal data in cell values
  csv: ['text'], // text → rows, values, header matching
  import: ['csv'], // rows → typed records + located problems
  kinds: ['import', 'catalogue', 'personal-data'], // one folder per input kind: schema + tally
  gri: ['catalogue'], // omissions, coverage check
  report: ['kinds', 'gri'], // the report context templates see
  render: ['report'], // Handlebars helpers, templates, narratives → chapter HTML
  doc: ['render'], // HTML subset → document model → DOCX / HTML
  pipeline: ['doc'], // the stages wired together
};

/** Each folder's allowed core folders: its direct entries, theirs, …, and common. */
function coreClosure(table) {
  const out = {};
  const visit = (folder, path) => {
    if (path.includes(folder)) throw new Error(`CORE_LAYERS has a cycle: ${[...path, folder].join(' → ')}`);
    if (!(folder in table)) throw new Error(`CORE_LAYERS: "${path.at(-1)}" lists "${folder}", which has no row`);
    if (out[folder]) return out[folder];
    const all = new Set(['common']);
    for (const dep of table[folder]) for (const d of [dep, ...visit(dep, [...path, folder])]) all.add(d);
    all.delete(folder);
    return (out[folder] = [...all].sort());
  };
  for (const folder of Object.keys(table)) visit(folder, []);
  return out;
}
export const CORE_ALLOWED = coreClosure(CORE_LAYERS);

// ─── Elements: which folder a file belongs to (first match wins) ─────────────────────────────────
const core = (folder) => `core-${folder}`;
const elements = [
  ...Object.keys(CORE_LAYERS).map((folder) => ({ type: core(folder), pattern: `core/${folder}`, partialMatch: false })),
  { type: 'core-unlisted', pattern: 'core/*', partialMatch: false },
  // What is left of core/ is its top level: the public entry core/index.ts.
  { type: 'core-entry', pattern: 'core', partialMatch: false },
  { type: 'data', pattern: 'data', partialMatch: false },
  { type: 'templates', pattern: 'templates', partialMatch: false },
  { type: 'renderer', pattern: 'renderer', partialMatch: false },
  { type: 'electron-main', pattern: 'electron/main', partialMatch: false },
  { type: 'electron-preload', pattern: 'electron/preload', partialMatch: false },
  { type: 'electron-common', pattern: 'electron/common', partialMatch: false },
  { type: 'cli', pattern: 'cli', partialMatch: false },
];

const to = (element) => ({ to: { element } });
const CORE_ENTRY = { type: 'core-entry', fileInternalPath: 'index.ts' };
const DATA_JSON = { type: 'data', fileInternalPath: '*.json' };

// ─── Policies: default disallow; each element lists what it may import ───────────────────────────
// Imports inside one element (renderer → renderer, core/csv → core/csv) are not checked.
const policies = [
  // core/<folder> → the core folders CORE_LAYERS gives it, and data/*.json.
  ...Object.entries(CORE_ALLOWED).map(([folder, allowed]) => ({
    from: { element: { type: core(folder) } },
    allow: [to({ type: allowed.map(core) }), to(DATA_JSON)],
  })),
  // core/index.ts re-exports the folders.
  { from: { element: { type: 'core-entry' } }, allow: [to({ type: Object.keys(CORE_LAYERS).map(core) })] },
  // renderer → core/index.ts, electron/common (the typed API), data/ (the bundled sample), templates/.
  // Not electron/main, electron/preload, cli/, nor any core/<folder>/… deep path.
  { from: { element: { type: 'renderer' } }, allow: [to(CORE_ENTRY), to({ type: ['electron-common', 'data', 'templates'] })] },
  // electron/main and electron/preload → core/index.ts, electron/common. Not renderer/, not cli/.
  { from: { element: { type: ['electron-main', 'electron-preload'] } }, allow: [to(CORE_ENTRY), to({ type: 'electron-common' })] },
  // electron/common (the renderer ↔ main contract, imported by both) → core/index.ts only.
  { from: { element: { type: 'electron-common' } }, allow: [to(CORE_ENTRY)] },
  // cli → core/index.ts only. Not renderer/, not electron/.
  { from: { element: { type: 'cli' } }, allow: [to(CORE_ENTRY)] },
];
const LAYER_MESSAGE =
  '{{from.element.type}} may not import ' +
  '{{#if to.element.type}}{{to.element.type}} ({{to.element.path}}/{{to.element.fileInternalPath}}){{else}}"{{dependency.source}}" (in no layer){{/if}}: ' +
  'outside core/, core is imported only through core/index.ts; inside core/, imports follow CORE_LAYERS in eslint.config.js';

// ─── core/ never reaches the host: Electron, Node built-ins, React ──────────────────────────────
const HOST_MODULES = ['electron', 'react', 'react-dom', ...builtinModules.filter((m) => !m.startsWith('_'))];
const HOST_MESSAGE = 'core/ is pure (runs in Node, Electron and the browser alike): no Electron, Node built-ins or React';
// For import(): an esquery regex cannot contain "/", hence \x2F.
const hostModuleRe = `/^(node:|(${HOST_MODULES.filter((m) => !m.includes('/')).join('|')})(\\x2F|$))/`;

// ─── Libraries through their public APIs ─────────────────────────────────────────────────────────
const PUBLIC_API_SYNTAX = [
  {
    selector: "AssignmentExpression > MemberExpression.left[object.type='MemberExpression'][object.property.name='prototype']",
    message: 'Do not patch a prototype (X.prototype.y = …): use the library through its public API.',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='prototype']",
    message: 'Do not replace a prototype (X.prototype = …): use the library through its public API.',
  },
  {
    selector: "UnaryExpression[operator='delete'] > MemberExpression.argument[object.type='MemberExpression'][object.property.name='prototype']",
    message: 'Do not delete from a prototype: use the library through its public API.',
  },
  {
    selector:
      "CallExpression[callee.object.name=/^(Object|Reflect)$/][callee.property.name=/^(defineProperty|defineProperties|assign|set|setPrototypeOf)$/] > MemberExpression.arguments:first-child[property.name='prototype']",
    message: 'Do not patch a prototype (Object.defineProperty / Object.assign on X.prototype): use the library through its public API.',
  },
  {
    selector: "MemberExpression[object.type='MemberExpression'][object.object.name='Function'][object.property.name='prototype'][property.name='toString']",
    message: "Function.prototype.toString reads a function's source: use the library through its public API.",
  },
];
const PUBLIC_API_PROPERTIES = [
  { object: 'Packer', property: 'compiler', message: "Packer.compiler is docx's internal: use Packer's public methods." },
];

export default defineConfig(
  {
    ignores: ['out/', 'dist/', 'release/', 'bench-results/', 'test-results/', 'scratch/', '.vite/', '**/node_modules/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // The code base's convention for a deliberately unused binding: a leading underscore
      // (`(_event, arg) =>`, `const { _old, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': ['error', ...PUBLIC_API_SYNTAX],
      'no-restricted-properties': ['error', ...PUBLIC_API_PROPERTIES],
    },
  },
  {
    // `declare var` is how a declaration file adds a global value (as lib.dom.d.ts does).
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    // Plain JavaScript run by Node: the CLI launchers, scripts, this file.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  // ─── Layers ────────────────────────────────────────────────────────────────────────────────────
  {
    files: ['core/**', 'renderer/**', 'electron/**', 'cli/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkUnknownLocals: true, policies, message: LAYER_MESSAGE }],
    },
  },
  {
    files: ['core/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: HOST_MODULES.map((name) => ({ name, message: HOST_MESSAGE })), patterns: [{ group: ['node:*', 'electron/*', 'react/*', 'react-dom/*'], message: HOST_MESSAGE }] }],
      'no-restricted-syntax': [
        'error',
        ...PUBLIC_API_SYNTAX,
        { selector: `ImportExpression[source.value=${hostModuleRe}]`, message: HOST_MESSAGE },
      ],
    },
  },
);
