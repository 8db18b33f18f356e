/**
 * What a narrative's `{{…}}` prints is text, never Markdown. Handlebars runs before markdown-it, so
 * without this a value from the data (an organisation name, a CSV label, a file name) holding
 * `[kliknij](https://…)` or `**…**` would turn into a link or bold type in the report.
 *
 * `wrapOutput` rewrites an output (templates.ts applies it to every output of a narrative's AST)
 * so it goes through one of two helpers, which backslash-escape Markdown's punctuation and fold
 * line breaks; the helpers are handed to the render call only (see `NARRATIVE_TEXT_HELPERS`), never
 * registered on the shared environment.
 */
import { MARK_CLOSE, MARK_OPEN, MARK_TEXT } from './helpers.js';

/** Wraps ordinary outputs: the value is data, so figure placeholders in it are forgeries and go. */
export const TEXT_HELPER = '__text';
/** Wraps `{{figure …}}` and `{{plural …}}`, whose placeholders the narrative renderer turns into spans. */
export const FIGURE_TEXT_HELPER = '__figureText';
const FIGURE_HELPERS = new Set(['figure', 'plural']);

/** ASCII punctuation: CommonMark lets a backslash make each of these literal. */
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const LINE_BREAKS = /[\r\n]+/g;
const FIGURE_MARKS = new RegExp(`[${MARK_OPEN}${MARK_TEXT}${MARK_CLOSE}]`, 'g');

/** Handlebars' own printing (`null`/`undefined` → ""); functions print nothing rather than their source. */
function printed(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'function') return '';
  return String(value);
}

/** The value as Markdown that renders to exactly its text, on one line. */
export function markdownText(value: unknown, keepFigureMarks = false): string {
  const text = keepFigureMarks ? printed(value) : printed(value).replace(FIGURE_MARKS, '');
  return text.replace(LINE_BREAKS, ' ').replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** Passed as `helpers` to a narrative's render call. */
export const NARRATIVE_TEXT_HELPERS: Record<string, (value: unknown) => string> = {
  [TEXT_HELPER]: (value) => markdownText(value),
  [FIGURE_TEXT_HELPER]: (value) => markdownText(value, true),
};

function helperPath(name: string, loc: hbs.AST.SourceLocation): hbs.AST.PathExpression {
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, loc };
}

/** `{{x}}` → `{{__text x}}`; `{{num x decimals=1}}` → `{{__text (num x decimals=1)}}`. */
export function wrapOutput(m: hbs.AST.MustacheStatement): hbs.AST.MustacheStatement {
  const isCall = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
  // A literal path (`{{"name" x}}`) is a helper name too; Handlebars' compiler converts it in a sub-expression as well.
  const inner = isCall ? ({ type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as hbs.AST.SubExpression) : m.path;
  const name = isCall && m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : undefined;
  const helper = name !== undefined && FIGURE_HELPERS.has(name) ? FIGURE_TEXT_HELPER : TEXT_HELPER;
  const { hash: _moved, ...statement } = m;
  return { ...statement, path: helperPath(helper, m.loc), params: [inner] } as hbs.AST.MustacheStatement;
}
