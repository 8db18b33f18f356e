// Bundles cli/main.ts (and the core it uses) into dist/cli/ with esbuild: one fast-starting
// ESM file plus lazily loaded chunks (the DOCX writer is only loaded when a DOCX is written).
import { readdirSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuild-options.mjs';

const result = await build({ ...NODE_BUNDLE, entryPoints: { main: 'cli/main.ts', 'part-worker': 'cli/part-worker.ts' }, outdir: 'dist/cli', metafile: true });

// Chunk names change with their content: remove the chunks of earlier builds rather than let them
// pile up (only after writing, so a CLI started meanwhile never finds its files gone).
const current = new Set(Object.keys(result.metafile.outputs).map((path) => basename(path)));
for (const name of readdirSync('dist/cli')) if (!current.has(name)) rmSync(`dist/cli/${name}`, { force: true });
