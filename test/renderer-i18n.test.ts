/**
 * All UI text comes from the dictionaries (renderer/src/i18n): no JSX text with letters and no
 * string-literal title / aria-label / placeholder / alt in any component. Read with the
 * TypeScript parser, so formatting tricks cannot hide a literal. Also: both dictionaries have the
 * same entries, none empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../renderer/src/i18n/en';
import { pl } from '../renderer/src/i18n/pl';
import { UI_LANGS, UI_LANGUAGES } from '../renderer/src/i18n/languages';

const SRC = join(import.meta.dirname, '..', 'renderer', 'src');
const TEXT_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'label']);
const hasLetters = (s: string) => /\p{L}/u.test(s);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  );
}

/** Hard-coded UI text in one TSX source, as "line: text". */
export function hardCodedText(source: string, fileName = 'file.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string, skip = 0) =>
    found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file) + skip).line + 1}: ${text.trim()}`);
  const isLiteral = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) at(node, node.text, node.text.length - node.text.trimStart().length);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal = init && ts.isJsxExpression(init) ? init.expression : init;
      if (isLiteral(literal) && hasLetters(literal.text)) at(node, `${node.name.getText(file)}="${literal.text}"`);
    }
    // {'text'} as a JSX child is text too.
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent) && isLiteral(node.expression) && hasLetters(node.expression.text)) at(node, node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

describe('renderer UI text', () => {
  it('the check finds hard-coded text in JSX and in text attributes', () => {
    const sample = [
      'export const A = () => (',
      '  <div title="Tytuł" aria-label={"Etykieta"}>',
      '    Hello {t.ok} · {"inline"}',
      '    <input placeholder={`Szukaj`} />',
      '    <span title={t.x} aria-hidden="true">×</span>',
      '  </div>',
      ');',
    ].join('\n');
    expect(hardCodedText(sample)).toEqual(['2: title="Tytuł"', '2: aria-label="Etykieta"', '3: Hello', '3: inline', '4: placeholder="Szukaj"']);
  });

  it('no component holds hard-coded text', () => {
    const files = tsxFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((f) => hardCodedText(readFileSync(f, 'utf8'), f).map((p) => `${relative(SRC, f)}:${p}`));
    expect(problems).toEqual([]);
  });

  it('every UI language of the registry has a dictionary with the entries of pl.ts, a locale and its own name', () => {
    expect(Object.keys(UI_LANGUAGES)).toEqual([...UI_LANGS]);
    for (const lang of UI_LANGS) {
      const { dictionary, locale, name } = UI_LANGUAGES[lang];
      expect(leaves(dictionary).map(([k]) => k), lang).toEqual(leaves(pl).map(([k]) => k));
      expect(Intl.NumberFormat.supportedLocalesOf([locale]), lang).toEqual([locale]);
      expect(name.trim(), lang).not.toBe('');
    }
  });

  it('Polish and English dictionaries have the same entries, none empty', () => {
    const plLeaves = leaves(pl);
    const enLeaves = leaves(en);
    expect(enLeaves.map(([k]) => k)).toEqual(plLeaves.map(([k]) => k));
    for (const [key, value] of [...plLeaves, ...enLeaves]) {
      if (typeof value === 'function') {
        const text = (value as (...a: unknown[]) => unknown)('X', 'Y');
        expect(typeof text === 'string' && text.includes('X'), key).toBe(true);
      } else expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });
});
