/**
 * The input kinds are listed in one place, core/kinds/registry.ts. Everything else — the pipeline,
 * the CLI, the main process, the renderer — iterates the registry. This test reads every production
 * source with the TypeScript parser and fails when a file outside core/kinds names two kinds (or
 * their context keys) in one list: an array, an object literal, a union type or a switch. One kind
 * named alone (a section id that happens to be "privacy") is not a list of kinds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { INPUT_KINDS } from '../core/kinds/registry.js';

const ROOT = join(import.meta.dirname, '..');
const NAMES = new Set(INPUT_KINDS.flatMap((k) => [k.id, k.contextKey]));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Each literal of the source that names two or more kinds, as "line: names". */
export function kindLists(source: string, fileName = 'file.ts', names: ReadonlySet<string> = NAMES): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const nameOf = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal)) return n.literal.text;
    if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n) || ts.isPropertySignature(n)) {
      const key = n.name;
      return ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : null;
    }
    if (ts.isCaseClause(n)) return nameOf(n.expression);
    return null;
  };
  const check = (node: ts.Node, members: readonly ts.Node[]) => {
    const kinds = [...new Set(members.map(nameOf).filter((n): n is string => n !== null && names.has(n)))];
    if (kinds.length >= 2) found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${kinds.join(', ')}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node)) check(node, node.elements);
    else if (ts.isObjectLiteralExpression(node)) check(node, node.properties);
    else if (ts.isTypeLiteralNode(node)) check(node, node.members);
    else if (ts.isUnionTypeNode(node)) check(node, node.types);
    else if (ts.isCaseBlock(node)) check(node, node.clauses);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the registry is the only list of input kinds', () => {
  it('finds a list of kinds wherever it is written (the check can fail)', () => {
    expect(kindLists("const KINDS = ['privacy', 'service', 'accessibility'];")).toEqual(['1: privacy, service, accessibility']);
    expect(kindLists('type K = "privacy" | "digital";')).toEqual(['1: privacy, digital']);
    expect(kindLists('const f = { privacy: 1, access: 2 };')).toEqual(['1: privacy, access']);
    expect(kindLists("switch (k) { case 'service': break; case 'digital': break; }")).toEqual(['1: service, digital']);
    // One kind on its own, or a list of other things, is not a list of kinds.
    expect(kindLists("const s = { id: 'privacy', pl: 'Skargi' }; const x = ['a', 'privacy'];")).toEqual([]);
  });

  it('no production source outside core/kinds names two kinds in one list', () => {
    const files = ['core', 'cli', 'electron', 'renderer/src'].flatMap((d) => sources(join(ROOT, d))).filter((f) => !relative(ROOT, f).startsWith(join('core', 'kinds')));
    expect(files.length).toBeGreaterThan(100);
    const lists = files.flatMap((f) => kindLists(readFileSync(f, 'utf8'), f).map((at) => `${relative(ROOT, f)}:${at}`));
    expect(lists).toEqual([]);
  });

  it('each kind is complete: id, context key, texts in both report languages, columns and a sample that exists', () => {
    const ids = INPUT_KINDS.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of INPUT_KINDS) {
      expect(kind.id).toMatch(/^[a-z][a-z-]*$/);
      for (const text of [kind.label, kind.topic, kind.hint]) expect(text.pl.length * text.en.length).toBeGreaterThan(0);
      expect(kind.columns.some((c) => c.required)).toBe(true);
      expect(readFileSync(join(ROOT, 'data', 'sample', kind.sample)).length).toBeGreaterThan(0);
      for (const column of Object.keys(kind.mappable)) expect(kind.columns.map((c) => c.key)).toContain(column);
    }
  });

  it('every data binding of the GRI catalogue names a kind of the registry', async () => {
    const { defaultGriCatalogue } = await import('../core/catalogue/gri-catalogue.js');
    const bindings = defaultGriCatalogue.disclosures.flatMap((d) => d.items.flatMap((i) => ('data' in i.binding ? [i.binding.data] : [])));
    expect(bindings.length).toBeGreaterThan(0);
    for (const b of bindings) expect(INPUT_KINDS.map((k) => k.id)).toContain(b);
  });
});
