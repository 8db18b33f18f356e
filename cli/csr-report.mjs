#!/usr/bin/env node
// The `csr-report` command. The TypeScript sources are bundled into dist/cli by `npm install`
// (the `prepare` script) or `npm run build:cli`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('csr-report is not built yet: run `npm run build:cli` (npm install does it too).\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
