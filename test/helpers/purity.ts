/**
 * Finds what a core/ source file reaches outside the pure pipeline: imports of Electron, Node
 * built-ins, React or the DOM, and uses of host globals (window, document, process, Buffer, …).
 * Uses the TypeScript scanner, so comments and strings never count.
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';

const FORBIDDEN_PACKAGES = new Set(['electron', 'react', 'react-dom', 'jsdom', ...builtinModules]);
const HOST_GLOBALS = new Set([
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'DOMParser',
  'HTMLElement', 'fetch', 'XMLHttpRequest', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global',
]);

export function impurities(source: string): string[] {
  const found: string[] = [];
  for (const ref of ts.preProcessFile(source, true, true).importedFiles) {
    const spec = ref.fileName;
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    if (spec.startsWith('node:') || FORBIDDEN_PACKAGES.has(pkg)) found.push(`import "${spec}"`);
  }
  // A name the file declares itself (`const document = new Document()`) shadows the global.
  const declared = new Set([...source.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!));
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  let prev = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const name = scanner.getTokenText();
    // Member names (`x.process`) and object keys are not globals; a bare identifier is.
    if (kind === ts.SyntaxKind.Identifier && prev !== ts.SyntaxKind.DotToken && HOST_GLOBALS.has(name) && !declared.has(name)) {
      const text = source.slice(scanner.getTokenEnd()).trimStart();
      if (!text.startsWith(':')) found.push(`global ${name}`);
    }
    prev = kind;
  }
  return found;
}
