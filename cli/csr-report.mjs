#!/usr/bin/env node
// The `csr-report` command. The TypeScript sources are bundled into dist/cli by `npm install`
// (the `prepare` script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './bundle-loader.mjs';

const bundle = fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('csr-report is not built yet: run `npm run build:cli` (npm install does it too).\n');
  process.exit(2);
}
const { exports, saveCache } = loadBundle(bundle);
process.exitCode = await exports.main(process.argv.slice(2));
saveCache();
