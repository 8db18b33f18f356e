/**
 * The layers eslint.config.js enforces, proved through ESLint's Node API: each rule reports a
 * deliberately bad import (or prototype patch) in a file placed where it would do harm, and lets the
 * matching good one through. The code is linted as text under a made-up file name; the imports it
 * names resolve against the real tree (core/index.ts, electron/main/index.ts, …).
 */
import { readdirSync } from 'node:fs';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const LAYER_RULES = new Set(['boundaries/dependencies', 'no-restricted-imports', 'no-restricted-syntax', 'no-restricted-properties']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer findings (rule and line) for `code` saved as `filePath`. */
async function findings(filePath: string, code: string): Promise<{ rule: string; line: number; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages: Linter.LintMessage[] = result?.messages ?? [];
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return messages.filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId)).map((m) => ({ rule: m.ruleId!, line: m.line, message: m.message }));
}
const rules = async (filePath: string, code: string): Promise<string[]> => (await findings(filePath, code)).map((f) => f.rule);

describe('core/ is pure and flows one way', () => {
  const file = 'core/csv/lint-probe.ts';

  it('reports core importing the Electron main process', async () => {
    expect(await rules(file, "import { main } from '../../electron/main/index.js';\nexport { main };\n")).toEqual(['boundaries/dependencies']);
  });

  it('reports core importing Node built-ins, Electron or React, statically or with import()', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { readFile } from 'fs/promises';",
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "export const lazy = () => import('node:zlib');",
      'export { readFileSync, join, readFile, app, useState };',
    ].join('\n');
    const found = await findings(file, code);
    expect(found.map((f) => [f.line, f.rule])).toEqual([
      [1, 'no-restricted-imports'],
      [2, 'no-restricted-imports'],
      [3, 'no-restricted-imports'],
      [4, 'no-restricted-imports'],
      [5, 'no-restricted-imports'],
      [6, 'no-restricted-syntax'],
    ]);
  });

  it('reports core importing a file outside core/ that is no layer (README, scripts)', async () => {
    expect(await rules(file, "import readme from '../../README.md';\nexport { readme };\n")).toEqual(['boundaries/dependencies']);
  });

  it('lets core import packages, the JSON under data/ and lower core folders', async () => {
    const code = [
      "import Papa from 'papaparse';",
      "import catalogue from '../../data/gri-catalogue.json';",
      "import * as text from '../text/decode.js';",
      "import * as common from '../common/lang.js';",
      'export { Papa, catalogue, text, common };',
    ].join('\n');
    expect(await rules(file, code)).toEqual([]);
  });

  it('reports an import against the flow (csv → pipeline) and of core/index.ts from inside core', async () => {
    const code = "import * as p from '../pipeline/build-report.js';\nimport * as all from '../index.js';\nexport { p, all };\n";
    expect(await rules(file, code)).toEqual(['boundaries/dependencies', 'boundaries/dependencies']);
  });

  it('lets core/index.ts re-export any core folder', async () => {
    expect(await rules('core/index.ts', "export * from './pipeline/build-report.js';\nexport * from './csv/table.js';\n")).toEqual([]);
  });

  it('CORE_LAYERS: common is the bottom layer, every folder may import it, and every core/ folder has a row', async () => {
    const config = (await import(new URL('../eslint.config.js', import.meta.url).href)) as { CORE_ALLOWED: Record<string, string[]> };
    const allowed = config.CORE_ALLOWED;
    expect(allowed.common).toEqual([]);
    for (const [folder, deps] of Object.entries(allowed)) if (folder !== 'common') expect(deps, folder).toContain('common');
    const folders = readdirSync('core', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !(f in allowed)), 'core/ folders missing from CORE_LAYERS in eslint.config.js').toEqual([]);
  });
});

describe('the renderer reaches core/ only through core/index.ts', () => {
  const file = 'renderer/src/lint-probe.ts';

  it('reports a deep path into a core folder', async () => {
    expect(await rules(file, "import { readTable } from '../../core/csv/table';\nexport { readTable };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import type { Problem } from '../../core/common/problem.js';\nexport type { Problem };\n")).toEqual([
      'boundaries/dependencies',
    ]);
  });

  it('reports the Electron main process, lets the typed API contract through', async () => {
    expect(await rules(file, "import { main } from '../../electron/main/index.js';\nexport { main };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import type { ApiResult } from '../../electron/common/api';\nexport type { ApiResult };\n")).toEqual([]);
  });

  it('lets core/index.ts through', async () => {
    expect(await rules(file, "import * as core from '../../core/index';\nexport { core };\n")).toEqual([]);
    expect(await rules(file, "import * as core from '../../core/index.js';\nexport { core };\n")).toEqual([]);
  });
});

describe('electron/main and cli/', () => {
  it('reports electron/main importing the renderer', async () => {
    expect(await rules('electron/main/lint-probe.ts', "import { App } from '../../renderer/src/App';\nexport { App };\n")).toEqual([
      'boundaries/dependencies',
    ]);
  });

  it('reports cli importing the renderer, Electron or a core deep path; lets core/index.ts through', async () => {
    const file = 'cli/lint-probe.ts';
    expect(await rules(file, "import { App } from '../renderer/src/App';\nexport { App };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import { main } from '../electron/main/index.js';\nexport { main };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import * as api from '../electron/common/api.js';\nexport { api };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import { toHtml } from '../core/doc/to-html.js';\nexport { toHtml };\n")).toEqual(['boundaries/dependencies']);
    expect(await rules(file, "import * as core from '../core/index.js';\nexport { core };\n")).toEqual([]);
  });
});

describe('libraries through their public APIs', () => {
  it('reports patching an imported class’s prototype, Function.prototype.toString and Packer.compiler', async () => {
    const code = [
      "import { Packer, Paragraph } from 'docx';",
      'Paragraph.prototype.prepForXml = () => undefined;',
      "Object.defineProperty(Paragraph.prototype, 'x', { value: 1 });",
      'export const source = Function.prototype.toString.call(Packer);',
      'export const compiler = Packer.compiler;',
      'export const { compiler: c2 } = Packer;',
    ].join('\n');
    for (const file of ['core/doc/lint-probe.ts', 'cli/lint-probe.ts', 'renderer/src/lint-probe.ts']) {
      const found = await findings(file, code);
      expect(found.map((f) => [f.line, f.rule]), file).toEqual([
        [2, 'no-restricted-syntax'],
        [3, 'no-restricted-syntax'],
        [4, 'no-restricted-syntax'],
        [5, 'no-restricted-properties'],
        [6, 'no-restricted-properties'],
      ]);
    }
  });

  it('lets reading a prototype and calling the public API through', async () => {
    const code = "import { Packer } from 'docx';\nexport const isPlain = (v: object) => Object.getPrototypeOf(v) === Object.prototype;\nexport const pack = Packer.toBuffer;\n";
    expect(await rules('core/doc/lint-probe.ts', code)).toEqual([]);
  });
});
