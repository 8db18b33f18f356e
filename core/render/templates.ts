/**
 * Renders the chapter from Handlebars templates to the HTML subset.
 *
 * Each file is parsed and compiled on its own so an error can name the file it came from; compiled
 * templates are cached by source text, so a live preview that re-renders on every keystroke only
 * recompiles the file that changed. Partials are handed to each render call rather than registered
 * on the shared environment, so renderers for different template sets never see each other's files.
 */
import Handlebars from 'handlebars';
import type { Lang } from '../common/lang.js';
import type { ReportContext } from '../report/context.js';
import { TemplateError, registerHelpers } from './helpers.js';
import { wrapOutputs } from './narrative-text.js';

export interface TemplateErrorInfo {
  /** Path relative to `templates/` (or the narrative's file name). */
  file: string;
  /** 1-based; 0 when Handlebars gives no position (e.g. a partial whose name is computed). */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  message: string;
}

export type RenderResult = { ok: true; html: string } | { ok: false; error: TemplateErrorInfo };

type Ast = hbs.AST.Program;
type Compiled =
  | { ok: true; ast: Ast; template: Handlebars.TemplateDelegate }
  | { ok: false; line: number; column: number; message: string };

const hb = Handlebars.create();
registerHelpers(hb);

const CACHE_LIMIT = 256;
const cache = new Map<string, Compiled>();

/**
 * How a source is compiled: `html` (chapter templates) escapes what `{{…}}` prints for HTML;
 * `narrative` leaves HTML escaping to Markdown and prints every output as Markdown text
 * (narrative-text.ts), so data can never add a link or formatting. `ast` stays the source's own,
 * for the reference checks and error positions.
 */
export type CompileMode = 'html' | 'narrative';

/**
 * Parses and compiles `source` (cached by source and mode). Prototype access stays off: no
 * `allowProto*` option is ever passed, at compile time or at render time.
 */
export function compileSource(source: string, mode: CompileMode = 'html'): Compiled {
  const key = `${mode}\0${source}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert so the map's order doubles as least-recently-used order.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  let compiled: Compiled;
  try {
    const ast = hb.parse(source);
    const narrative = mode === 'narrative';
    const template = hb.compile(narrative ? wrapOutputs(ast) : ast, { strict: false, knownHelpersOnly: false, noEscape: narrative });
    compiled = { ok: true, ast, template };
  } catch (error) {
    compiled = { ok: false, ...parseErrorPosition(error) };
  }
  cache.set(key, compiled);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** The jison lexer Handlebars uses; after a failed parse it still holds the offending token's position. */
interface LexerState {
  Parser?: { lexer?: { yylloc?: { first_line?: number; first_column?: number } } };
}

function parseErrorPosition(error: unknown): { line: number; column: number; message: string } {
  // Read the lexer before anything else can parse: the position is only valid right after the throw.
  const loc = (hb as unknown as LexerState).Parser?.lexer?.yylloc;
  const located = locatedError(error);
  if (located.line > 0) return located;
  const message = located.message;
  const m = /^(?:Parse|Lexical) error on line (\d+)/.exec(message);
  if (!m) return { line: 0, column: 0, message };
  const line = Number(m[1]);
  const column = loc?.first_line === line && typeof loc.first_column === 'number' ? loc.first_column + 1 : 0;
  return { line, column, message };
}

/** Position of a Handlebars or helper error (Handlebars' own Exceptions carry `lineNumber`/`column`). */
function locatedError(error: unknown): { line: number; column: number; message: string } {
  if (error instanceof TemplateError) return { line: error.line, column: error.column, message: error.message };
  const e = (error ?? {}) as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.lineNumber === 'number') {
    const column = typeof e.column === 'number' ? e.column + 1 : 0;
    // Exceptions append " - line:column" to the message; the position is reported separately.
    return { line: e.lineNumber, column, message: message.replace(/ - \d+:\d+$/, '') };
  }
  return { line: 0, column: 0, message };
}

/** Converts anything a render threw into an error report naming `file` (unless it already names one). */
export function toErrorInfo(error: unknown, file: string, lineOffset = 0): TemplateErrorInfo {
  const named = error instanceof TemplateError && error.file ? error.file : undefined;
  const { line, column, message } = locatedError(error);
  return {
    file: named ?? file,
    line: line > 0 && !named ? line + lineOffset : line,
    column,
    message,
  };
}

/** Wraps a compiled template so an error escaping it records which file was running. */
function attributed(template: Handlebars.TemplateDelegate, file: string): Handlebars.TemplateDelegate {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof TemplateError && error.file) throw error;
      const info = toErrorInfo(error, file);
      throw new TemplateError(info.message, info.line, info.column, file);
    }
  };
}

function nameOf(expr: hbs.AST.Node): string | undefined {
  const e = expr as hbs.AST.Node & { original?: unknown; value?: unknown };
  if (expr.type === 'PathExpression' && typeof e.original === 'string') return e.original;
  if (expr.type === 'StringLiteral' && typeof e.value === 'string') return e.value;
  return undefined; // a sub-expression: the name is only known at run time
}

/**
 * Finds the first call of a partial or helper that does not exist, anywhere in the file, so a typo
 * in a branch the current data does not take is still reported.
 */
export function findUnknownReference(
  ast: Ast,
  partials: ReadonlySet<string>,
): { line: number; column: number; message: string } | undefined {
  const helpers = new Set(Object.keys(hb.helpers));
  const inline = new Set<string>();
  let found: { line: number; column: number; message: string } | undefined;

  const report = (node: hbs.AST.Node, message: string) => {
    found ??= { line: node.loc.start.line, column: node.loc.start.column + 1, message };
  };

  type CallNode = hbs.AST.Node & Partial<{ path: hbs.AST.Node; params: hbs.AST.Node[]; hash: hbs.AST.Hash }>;
  const checkCall = (node: CallNode, scope: ReadonlySet<string>) => {
    const path = node.path as Partial<hbs.AST.PathExpression> | undefined;
    const hasArgs = (node.params?.length ?? 0) > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (!hasArgs || path?.type !== 'PathExpression' || path.data || path.depth !== 0) return;
    const name = path.parts?.length === 1 ? path.parts[0] : undefined;
    if (name && !path.original?.startsWith('this') && !helpers.has(name) && !scope.has(name)) {
      report(node, `Missing helper: "${name}"`);
    }
  };

  const visit = (node: hbs.AST.Node | null | undefined, scope: ReadonlySet<string>): void => {
    if (!node || found) return;
    const n = node as hbs.AST.Node & Partial<{
      body: hbs.AST.Node[];
      program: hbs.AST.Program;
      inverse: hbs.AST.Program;
      params: hbs.AST.Node[];
      hash: hbs.AST.Hash;
      name: hbs.AST.Node;
      blockParams: string[];
      path: hbs.AST.Node;
    }>;
    const inner = n.blockParams?.length ? new Set([...scope, ...n.blockParams]) : scope;
    switch (node.type) {
      case 'PartialStatement': {
        const name = n.name ? nameOf(n.name) : undefined;
        if (name !== undefined && !partials.has(name) && !inline.has(name)) {
          report(node, `The partial "${name}" could not be found`);
        }
        break;
      }
      case 'MustacheStatement':
      case 'BlockStatement':
      case 'SubExpression':
        checkCall(n, scope);
        break;
    }
    n.params?.forEach((p) => visit(p, scope));
    n.hash?.pairs.forEach((pair) => visit(pair.value, scope));
    n.body?.forEach((child) => visit(child, inner));
    visit(n.program, scope);
    visit(n.inverse, scope);
  };

  // Inline partials may be declared after their first use; collect them in a first pass.
  const collectInline = (node: hbs.AST.Node | null | undefined): void => {
    if (!node) return;
    const n = node as Partial<{ body: hbs.AST.Node[]; program: hbs.AST.Program; inverse: hbs.AST.Program; params: hbs.AST.Node[] }>;
    if (node.type === 'DecoratorBlock') {
      const first = n.params?.[0];
      const name = first ? nameOf(first) : undefined;
      if (name !== undefined) inline.add(name);
    }
    n.body?.forEach(collectInline);
    collectInline(n.program);
    collectInline(n.inverse);
  };
  collectInline(ast);
  visit(ast, new Set());
  return found;
}

type Prepared =
  | { ok: true; entry: Handlebars.TemplateDelegate; partials: Record<string, Handlebars.TemplateDelegate> }
  | { ok: false; error: TemplateErrorInfo };

function entryFile(lang: Lang): string {
  return `${lang}/chapter.hbs`;
}

function prepare(files: Record<string, string>, lang: Lang): Prepared {
  const entryPath = entryFile(lang);
  if (files[entryPath] === undefined) {
    return { ok: false, error: { file: entryPath, line: 0, column: 0, message: `Template ${entryPath} is missing` } };
  }
  const prefix = `${lang}/`;
  const sources = Object.entries(files).filter(([path]) => path.startsWith(prefix) && path.endsWith('.hbs'));
  const partialName = (path: string) => path.slice(prefix.length, -'.hbs'.length);
  const names = new Set(sources.map(([path]) => partialName(path)).filter((name) => name !== 'chapter'));

  const partials: Record<string, Handlebars.TemplateDelegate> = {};
  let entry: Handlebars.TemplateDelegate | undefined;
  // Sorted so the reported error does not depend on the order the caller listed the files in.
  for (const [path, source] of sources.sort(([a], [b]) => a.localeCompare(b))) {
    const compiled = compileSource(source);
    if (!compiled.ok) {
      return { ok: false, error: { file: path, line: compiled.line, column: compiled.column, message: compiled.message } };
    }
    const unknown = findUnknownReference(compiled.ast, names);
    if (unknown) return { ok: false, error: { file: path, ...unknown } };
    const template = attributed(compiled.template, path);
    if (path === entryPath) entry = template;
    else partials[partialName(path)] = template;
  }
  return entry ? { ok: true, entry, partials } : { ok: false, error: { file: entryPath, line: 0, column: 0, message: 'No entry template' } };
}

/**
 * Compiles a template set once and returns a renderer for report contexts (either language).
 * `files` maps paths relative to `templates/` (`pl/chapter.hbs`, `pl/sections/privacy.hbs`, …) to
 * their sources; every `.hbs` under `<lang>/` other than the entry is a partial named by its path
 * without the language folder and extension (`{{> sections/privacy}}`).
 */
export function createChapterRenderer(files: Record<string, string>): (ctx: ReportContext) => RenderResult {
  const prepared = new Map<Lang, Prepared>();
  return (ctx) => {
    let set = prepared.get(ctx.lang);
    if (!set) {
      set = prepare(files, ctx.lang);
      prepared.set(ctx.lang, set);
    }
    if (!set.ok) return set;
    try {
      return { ok: true, html: set.entry(ctx, { partials: set.partials }) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error, entryFile(ctx.lang)) };
    }
  };
}

/** Renders the chapter for `ctx.lang` from `<lang>/chapter.hbs` and its partials. */
export function renderChapter(files: Record<string, string>, ctx: ReportContext): RenderResult {
  return createChapterRenderer(files)(ctx);
}
