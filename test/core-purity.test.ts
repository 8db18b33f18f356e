import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { impurities } from './helpers/purity.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('core/ stays pure (runs in Node, Electron and the browser alike)', () => {
  it('no core file imports Electron, Node built-ins, React or the DOM, or touches host globals', () => {
    const files = sources('core');
    expect(files.length).toBeGreaterThan(20);
    const bad = files.flatMap((f) => impurities(readFileSync(f, 'utf8')).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('the checker catches each kind of reach-out (so the test above can fail)', () => {
    expect(impurities("import { readFileSync } from 'fs';")).toEqual(['import "fs"']);
    expect(impurities("import p from 'node:path';")).toEqual(['import "node:path"']);
    expect(impurities("import { ipcRenderer } from 'electron';")).toEqual(['import "electron"']);
    expect(impurities("import React from 'react';")).toEqual(['import "react"']);
    expect(impurities("const x = await import('fs/promises');")).toEqual(['import "fs/promises"']);
    expect(impurities('document.title = "x";')).toEqual(['global document']);
    expect(impurities('const b = Buffer.from("x");')).toEqual(['global Buffer']);
    expect(impurities('if (process.env.X) {}')).toEqual(['global process']);
    expect(impurities('const doc = new Document(); document.body;').length).toBe(1);
    // Comments, strings, member names, object keys and the file's own declarations are fine.
    expect(impurities('const document = new Document(); pack(document);')).toEqual([]);
    expect(impurities('// window.open\nconst s = "document"; a.process = 1; const o = { window: 1 };')).toEqual([]);
  });
});
