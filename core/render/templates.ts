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
import { wrapOutput } from './narrative-text.js';

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
    // A second parse to wrap, which rewrites it in place: `ast` stays the source's own.
    const template = hb.compile(narrative ? wrapOutputs(hb.parse(source)) : ast, { strict: false, knownHelpersOnly: false, noEscape: narrative });
    compiled = { ok: true, ast, template };
  } catch (error) {
    compiled = { ok: false, ...parseErrorPosition(error, source) };
  }
  cache.set(key, compiled);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/**
 * Handlebars' visitor in its mutating mode (the node a handler returns replaces the one visited):
 * every output is a MustacheStatement, wherever it sits (block bodies and their `else`, inline
 * partials, partial blocks), and each is rewritten to print as Markdown text (narrative-text.ts).
 */
class OutputWrapper extends Handlebars.Visitor {
  readonly mutating = true;

  override MustacheStatement(m: hbs.AST.MustacheStatement): hbs.AST.MustacheStatement {
    return wrapOutput(m);
  }
}

/** Rewrites `ast` in place so every output (`{{…}}` and `{{{…}}}`) prints through a text helper; returns it. */
function wrapOutputs(ast: Ast): Ast {
  new OutputWrapper().accept(ast);
  return ast;
}

function parseErrorPosition(error: unknown, source: string): { line: number; column: number; message: string } {
  const located = locatedError(error);
  if (located.line > 0) return located;
  return { ...(parsePosition(located.message, source) ?? { line: 0, column: 0 }), message: located.message };
}

/**
 * Where a parse error is, from its message. Handlebars' parser (jison) says "Parse error on line
 * N:" or "Lexical error on line N. Unrecognized text.", then an excerpt and a caret under the
 * offending token: up to 20 characters before it and up to 20 from it on, line breaks removed
 * ("..." where cut), "-" under the text before it, "^". The token is where the source reads so.
 */
const PARSE_ERROR = /^(?:Parse error on line (\d+):|Lexical error on line (\d+)\. Unrecognized text\.)\n([^\n]*)\n(-*)\^/;
const EXCERPT = 20;

function parsePosition(message: string, source: string): { line: number; column: number } | undefined {
  const m = PARSE_ERROR.exec(message);
  if (!m) return undefined;
  const line = Number(m[1] ?? m[2]);
  const [before, after] = [m[3]!.slice(0, m[4]!.length), m[3]!.slice(m[4]!.length)];
  const unbroken = (from: number, to: number): string => source.slice(from, to).replace(/\n/g, '');
  // jison cuts the text before the token ("..." first) exactly when there are more than 20 characters of it.
  const beforeFits = (p: number): boolean =>
    p > EXCERPT ? before.startsWith('...') && unbroken(p - EXCERPT, p) === before.slice(3) : unbroken(0, p) === before;
  const afterFits = (p: number): boolean => {
    const text = unbroken(p, p + EXCERPT);
    return text === after || (after.endsWith('...') && text === after.slice(0, -3));
  };
  // Line starts as jison counts lines (\r\n, \r or \n).
  const starts = [0, ...[...source.matchAll(/\r\n?|\n/g)].map((b) => b.index + b[0].length)];
  const from = starts[line - 1];
  if (from === undefined) return { line, column: 0 };
  // Up to the next line's first character: without its line breaks the excerpt reads the same on
  // either side of one, and a token starts after it.
  const next = starts[line];
  const to = next ?? source.length;
  let both = -1;
  let afterOnly = -1;
  for (let p = from; p <= to; p++) {
    if (!afterFits(p)) continue;
    afterOnly = p;
    if (beforeFits(p)) both = p;
  }
  // The text before is what jison recorded as read, which a lexical error can leave out of step
  // with the source; the text from the caret on is always the unread source.
  const at = both >= 0 ? both : afterOnly;
  // A token on the next line: the message names the line the parser had reached, not the token's.
  return { line, column: at < 0 || at === next ? 0 : at - from + 1 };
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

interface Reference {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds the first call of a partial or helper that does not exist, anywhere in the file, so a typo
 * in a branch the current data does not take is still reported.
 */
export function findUnknownReference(ast: Ast, partials: ReadonlySet<string>): Reference | undefined {
  const inline = new InlinePartials();
  inline.accept(ast);
  const check = new ReferenceCheck(new Set(Object.keys(hb.helpers)), new Set([...partials, ...inline.names]));
  check.accept(ast);
  return check.found;
}

/** Names of inline partials (`{{#*inline "name"}}`), which may be declared after their first use. */
class InlinePartials extends Handlebars.Visitor {
  readonly names = new Set<string>();

  override DecoratorBlock(block: hbs.AST.DecoratorBlock): void {
    const first = block.params[0];
    const name = first ? nameOf(first) : undefined;
    if (name !== undefined) this.names.add(name);
    super.DecoratorBlock(block);
  }
}

/**
 * Handlebars' visitor with the checks added. Only node handlers are methods (the rest are plain
 * functions below), as Handlebars asks of a visitor: a node's type picks the method called.
 */
class ReferenceCheck extends Handlebars.Visitor {
  found: Reference | undefined;
  /** Block params in scope (`{{#each xs as |x|}}`): names that are values, not helpers. */
  blockParams: ReadonlySet<string> = new Set();

  constructor(
    readonly helpers: ReadonlySet<string>,
    readonly partials: ReadonlySet<string>,
  ) {
    super();
  }

  override Program(program: hbs.AST.Program): void {
    const outer = this.blockParams;
    if (program.blockParams?.length) this.blockParams = new Set([...outer, ...program.blockParams]);
    super.Program(program);
    this.blockParams = outer;
  }

  override MustacheStatement(node: hbs.AST.MustacheStatement): void {
    checkCall(this, node);
    super.MustacheStatement(node);
  }

  override BlockStatement(node: hbs.AST.BlockStatement): void {
    checkCall(this, node);
    super.BlockStatement(node);
  }

  override SubExpression(node: hbs.AST.SubExpression): void {
    checkCall(this, node);
    super.SubExpression(node);
  }

  // A partial's name is not visited: a computed one is left to run time.
  override PartialStatement(node: hbs.AST.PartialStatement): void {
    const name = nameOf(node.name);
    if (name !== undefined && !this.partials.has(name)) report(this, node, `The partial "${name}" could not be found`);
    this.acceptArray(node.params);
    this.acceptKey(node, 'hash');
  }

  override PartialBlockStatement(node: hbs.AST.PartialBlockStatement): void {
    this.acceptArray(node.params);
    this.acceptKey(node, 'hash');
    this.acceptKey(node, 'program');
  }
}

function report(check: ReferenceCheck, node: hbs.AST.Node, message: string): void {
  check.found ??= { line: node.loc.start.line, column: node.loc.start.column + 1, message };
}

/** A call with arguments whose name is neither a helper nor a block param. */
function checkCall(check: ReferenceCheck, node: hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression): void {
  const path = node.path as Partial<hbs.AST.PathExpression>;
  const hasArgs = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
  if (!hasArgs || path.type !== 'PathExpression' || path.data || path.depth !== 0) return;
  const name = path.parts?.length === 1 ? path.parts[0] : undefined;
  if (name && !path.original?.startsWith('this') && !check.helpers.has(name) && !check.blockParams.has(name)) {
    report(check, node, `Missing helper: "${name}"`);
  }
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
