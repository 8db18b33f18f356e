/**
 * Narratives: the company's own prose for each section, written in Markdown with Handlebars
 * expressions for figures (`{{num service.m.network_sites_upgraded.value}}`).
 *
 * Handlebars runs first without HTML escaping (Markdown escapes afterwards), printing every value
 * as Markdown text (narrative-text.ts: data never becomes a link or formatting), then markdown-it
 * with raw HTML off, so markup typed into a narrative is shown as text and never reaches the
 * document. The token stream is then narrowed to the HTML subset the document parser accepts.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { ReportContext } from '../report/context.js';
import { FIGURE_MARKERS, MARK_CLOSE, MARK_OPEN, MARK_TEXT } from './helpers.js';
import { NARRATIVE_TEXT_HELPERS } from './narrative-text.js';
import { type RenderResult, compileSource, findUnknownReference, toErrorInfo } from './templates.js';

export interface NarrativeSource {
  /** GRI requirement items the narrative answers, as listed in its front matter (`103-1-a`, `3-3-f`). */
  gri: string[];
  /** The Markdown after the front matter. */
  body: string;
  /** 1-based line of the source where `body` starts (for error positions). */
  bodyStartLine: number;
}

/** Strips quotes and blanks from one list item of the front matter. */
function listItem(raw: string): string {
  return raw.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
}

/** Reads `gri: [a, b]`, `gri: a` or a block list (`gri:` then `  - a` lines); other keys are ignored. */
function readGri(lines: string[]): string[] {
  const at = lines.findIndex((line) => /^gri\s*:/.test(line));
  if (at < 0) return [];
  const rest = (lines[at] ?? '').replace(/^gri\s*:/, '').trim();
  let items: string[];
  if (rest.startsWith('[')) {
    items = rest.replace(/^\[/, '').replace(/\].*$/, '').split(',');
  } else if (rest !== '') {
    items = [rest];
  } else {
    items = [];
    for (const line of lines.slice(at + 1)) {
      const m = /^\s*-\s*(.*)$/.exec(line);
      if (!m) break;
      items.push(m[1] ?? '');
    }
  }
  return [...new Set(items.map(listItem).filter((item) => item !== ''))];
}

/** Splits a narrative into its front matter (`---` … `---` on the first lines) and Markdown body. */
export function parseNarrative(source: string): NarrativeSource {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  if (end < 0) return { gri: [], body: text, bodyStartLine: 1 };
  return { gri: readGri(lines.slice(1, end)), body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 };
}

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
// No images, code, quotes, rules or tables in the subset; strikethrough would emit <s>.
md.disable(['image', 'code', 'fence', 'blockquote', 'hr', 'table', 'backticks', 'strikethrough']);
md.disable(['html_block', 'html_inline']);

const defaultValidateLink = md.validateLink.bind(md);
// The subset allows only in-chapter anchors and web/mail links; anything else stays plain text.
md.validateLink = (url) => defaultValidateLink(url) && /^(#|https?:|mailto:)/i.test(url.trim());

function isListOpen(token: Token): boolean {
  return token.type === 'bullet_list_open' || token.type === 'ordered_list_open';
}

function isListClose(token: Token): boolean {
  return token.type === 'bullet_list_close' || token.type === 'ordered_list_close';
}

/**
 * `<li>` may hold inline content only: nested lists are flattened into the outer list, and the
 * paragraphs or headings inside an item are unwrapped, separated by `<br>`.
 */
function flattenLists(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  let itemOpen = false;
  let itemHasText = false;
  const blockToken = (type: string, nesting: 1 | -1) => {
    const token = new MarkdownIt.Token(type, 'li', nesting);
    token.block = true; // block tokens get the renderer's line breaks
    return token;
  };
  const openItem = () => {
    out.push(blockToken('list_item_open', 1));
    itemOpen = true;
    itemHasText = false;
  };
  const closeItem = () => {
    out.push(blockToken('list_item_close', -1));
    itemOpen = false;
  };

  for (const token of tokens) {
    if (isListOpen(token)) {
      if (depth++ === 0) out.push(token);
    } else if (isListClose(token)) {
      if (--depth === 0) {
        if (itemOpen) closeItem();
        out.push(token);
      }
    } else if (depth === 0) {
      out.push(token);
    } else if (token.type === 'list_item_open') {
      if (itemOpen) closeItem();
      openItem();
    } else if (token.type === 'list_item_close') {
      if (itemOpen) closeItem();
    } else if (token.type === 'inline') {
      if (!itemOpen) openItem();
      if (itemHasText) token.children?.unshift(new MarkdownIt.Token('hardbreak', 'br', 0));
      itemHasText = true;
      out.push(token);
    } else {
      // Paragraph and heading wrappers inside an item: rendered as nothing.
      token.hidden = true;
      out.push(token);
    }
  }
  return out;
}

/** Narrows markdown-it's tokens to the HTML subset. */
function toSubset(tokens: Token[]): Token[] {
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      // A narrative sits under the template's <h2>, so its headings are all third level.
      token.tag = 'h3';
      token.attrs = null;
    } else if (token.type === 'ordered_list_open') {
      token.attrs = null; // no `start` attribute in the subset
    }
    let inLink = false;
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') {
        child.attrs = (child.attrs ?? []).filter(([name]) => name === 'href');
        inLink = true;
      } else if (child.type === 'link_close') {
        inLink = false;
      } else if (inLink && child.type === 'hardbreak') {
        child.type = 'softbreak'; // the subset has no <br> inside a link
      }
    }
  }
  return flattenLists(tokens);
}

/** Renders Markdown to the HTML subset (no Handlebars). */
export function renderMarkdown(markdown: string): string {
  const env = {};
  return md.renderer.render(toSubset(md.parse(markdown, env)), md.options, env);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const MARKER = new RegExp(`${MARK_OPEN}(\\d+)${MARK_TEXT}([^${MARK_OPEN}${MARK_TEXT}${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g');
const STRAY_MARKS = new RegExp(`[${MARK_OPEN}${MARK_TEXT}${MARK_CLOSE}]`, 'g');

/** Turns the `figure` placeholders (which passed through Markdown as plain text) into spans. */
function restoreFigures(html: string, names: readonly string[]): string {
  return html
    .replace(MARKER, (_match, index: string, text: string) => {
      const name = names[Number(index)];
      return name === undefined ? text : `<span data-figure="${escapeHtml(name)}">${text}</span>`;
    })
    .replace(STRAY_MARKS, '');
}

/**
 * Renders a narrative body: Handlebars with the report helpers, then Markdown, to the HTML subset.
 * Error positions are lines of the narrative file when `bodyStartLine` (from `parseNarrative`) is given.
 */
export function renderNarrative(
  body: string,
  ctx: ReportContext,
  fileName: string,
  bodyStartLine = 1,
): RenderResult {
  const lineOffset = bodyStartLine - 1;
  const compiled = compileSource(body.replace(STRAY_MARKS, ''), 'narrative');
  if (!compiled.ok) {
    const line = compiled.line > 0 ? compiled.line + lineOffset : 0;
    return { ok: false, error: { file: fileName, line, column: compiled.column, message: compiled.message } };
  }
  const unknown = findUnknownReference(compiled.ast, new Set());
  if (unknown) {
    return { ok: false, error: { file: fileName, ...unknown, line: unknown.line + lineOffset } };
  }
  const names: string[] = [];
  let markdown: string;
  try {
    markdown = compiled.template(ctx, { data: { [FIGURE_MARKERS]: names }, helpers: NARRATIVE_TEXT_HELPERS });
  } catch (error) {
    return { ok: false, error: toErrorInfo(error, fileName, lineOffset) };
  }
  return { ok: true, html: restoreFigures(renderMarkdown(markdown), names) };
}
