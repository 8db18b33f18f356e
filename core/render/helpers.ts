/**
 * Handlebars helpers shared by the chapter templates and the narratives.
 *
 * Helpers read the report language from the root context (`options.data.root.lang`), so one
 * environment serves both languages. Every helper is wrapped so that an error it throws carries
 * the template line and column it was called from (Handlebars itself only locates parse errors).
 */
import type Handlebars from 'handlebars';
import type { Lang } from '../common/lang.js';
import { shortHash } from '../common/figure-source.js';
import { NBSP, NOT_AVAILABLE, formatChange, formatDate, formatNumber, formatPercent, formatPeriod, formatShare, formatSignedNumber, formatSignedPercent, formatSignedShare, plural } from './format.js';

type Hb = typeof Handlebars;

/** What Handlebars passes as a helper's last argument (its typings omit `name` and `loc`). */
interface HelperOptions {
  name?: string;
  hash: Record<string, unknown>;
  data?: Record<string, unknown>;
  loc?: { start: { line: number; column: number } };
  fn?: unknown;
  inverse?: unknown;
}

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/** A template error with its position; `file` is filled in by the code that knows which file ran. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    message: string,
    /** 1-based; 0 when unknown. */
    public line: number,
    /** 1-based; 0 when unknown. */
    public column: number,
    public file?: string,
  ) {
    super(message);
  }
}

/**
 * Set by the narrative renderer: `figure` then emits a placeholder (Markdown would escape a
 * `<span>`), and the renderer swaps placeholders for spans after Markdown. Index into `names`.
 */
export const FIGURE_MARKERS = 'figureMarkers';
export const MARK_OPEN = '\uE000';
export const MARK_TEXT = '\uE001';
export const MARK_CLOSE = '\uE002';

function split(args: unknown[]): { params: unknown[]; options: HelperOptions } {
  return { params: args.slice(0, -1), options: args[args.length - 1] as HelperOptions };
}

function langOf(options: HelperOptions): Lang {
  const root = options.data?.['root'];
  const lang = root && typeof root === 'object' ? (root as { lang?: unknown }).lang : undefined;
  return lang === 'en' ? 'en' : 'pl';
}

function figureNames(options: HelperOptions): string[] | undefined {
  const names = options.data?.[FIGURE_MARKERS];
  return Array.isArray(names) ? (names as string[]) : undefined;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** null/undefined mean "no data" (shown as "—"); anything else must be a finite number. */
function numberOrNull(value: unknown, helper: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new TypeError(`${helper} expects a number, got ${describe(value)}`);
}

function decimalsOf(params: unknown[], index: number, options: HelperOptions, helper: string): number | undefined {
  const value = options.hash['decimals'] ?? params[index];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new TypeError(`${helper}: decimals must be a whole number, got ${describe(value)}`);
}

function expectParams(params: unknown[], min: number, max: number, helper: string): void {
  if (params.length < min || params.length > max) {
    const wanted = min === max ? `${min}` : `${min}–${max}`;
    throw new TypeError(`${helper} takes ${wanted} argument(s), got ${params.length}`);
  }
}

/** A unit label after the number, joined by a no-break space ("10 GB", "36,5 pkt"). */
function withUnit(text: string, unit: unknown): string {
  if (typeof unit !== 'string' || unit === '' || text === NOT_AVAILABLE) return text;
  return `${text}${NBSP}${unit}`;
}

type FigureStyle = 'num' | 'pct' | 'share';

/** Formats a figure the way `num`, `pct` or `share` would, honouring `sign`, `decimals` and `unit`. */
function formatFigure(value: number | null, style: FigureStyle, lang: Lang, decimals: number | undefined, options: HelperOptions): string {
  if (value === null) return NOT_AVAILABLE;
  const signed = options.hash['sign'] === true;
  switch (style) {
    case 'pct':
      return signed ? formatSignedPercent(value, lang, decimals) : formatPercent(value, lang, decimals);
    case 'share':
      return signed ? formatSignedShare(value, lang, decimals) : formatShare(value, lang, decimals);
    case 'num':
      // A metric in percent units reads like any other percentage: "75,3%", no space, one decimal.
      if (options.hash['unit'] === '%') return formatFigure(value, 'pct', lang, decimals, options);
      return withUnit(
        signed ? formatSignedNumber(value, lang, decimals) : formatNumber(value, lang, decimals),
        options.hash['unit'],
      );
  }
}

function figureName(parts: unknown[]): string {
  if (parts.length === 0) throw new TypeError('figure needs a name, e.g. {{figure privacy.a "privacy.a"}}');
  return parts
    .map((part) => {
      if (typeof part !== 'string' && typeof part !== 'number') {
        throw new TypeError(`figure name parts must be text, got ${describe(part)}`);
      }
      return String(part);
    })
    .join('.');
}

function registerAll(hb: Hb): void {
  const safe = (html: string) => new hb.SafeString(html);

  /** A figure from data, marked for provenance: `<span data-figure="name">text</span>`. */
  const markFigure = (name: string, text: string, options: HelperOptions): unknown => {
    const names = figureNames(options);
    if (names) {
      names.push(name);
      return `${MARK_OPEN}${names.length - 1}${MARK_TEXT}${text}${MARK_CLOSE}`;
    }
    return safe(`<span data-figure="${hb.escapeExpression(name)}">${hb.escapeExpression(text)}</span>`);
  };

  /** `num`, `pct` and `share`: a value and optional decimals (positional or `decimals=`). */
  const formatter =
    (style: FigureStyle): Helper =>
    (...args) => {
      const { params, options } = split(args);
      expectParams(params, 1, 2, style);
      const decimals = decimalsOf(params, 1, options, style);
      return formatFigure(numberOrNull(params[0], style), style, langOf(options), decimals, options);
    };

  const helpers: Record<string, Helper> = {
    num: formatter('num'),
    pct: formatter('pct'),
    share: formatter('share'),
    change(...args) {
      const { params, options } = split(args);
      expectParams(params, 2, 2, 'change');
      return formatChange(numberOrNull(params[0], 'change'), numberOrNull(params[1], 'change'), langOf(options));
    },
    plural(...args) {
      const { params, options } = split(args);
      const lang = langOf(options);
      const [count, ...forms] = params;
      if (!forms.every((f): f is string => typeof f === 'string')) {
        throw new TypeError('plural: noun forms must be quoted text');
      }
      const n = numberOrNull(count, 'plural');
      const decimals = decimalsOf([], 0, options, 'plural');
      // Validate the forms even without data, so a template mistake shows up in every render.
      const phrase = plural(n ?? 0, lang, forms, decimals);
      if (n === null) return `${NOT_AVAILABLE}${NBSP}${lang === 'pl' ? forms[2] : forms[1]}`;
      const figure = options.hash['figure'];
      if (figure === undefined) return phrase;
      const number = formatNumber(n, lang, decimals);
      const marked = markFigure(figureName([figure]), number, options);
      const noun = phrase.slice(number.length);
      return typeof marked === 'string' ? marked + noun : safe(String(marked) + hb.escapeExpression(noun));
    },
    date(...args) {
      const { params, options } = split(args);
      expectParams(params, 1, 1, 'date');
      if (typeof params[0] !== 'string') throw new TypeError(`date expects "YYYY-MM-DD", got ${describe(params[0])}`);
      return formatDate(params[0], langOf(options));
    },
    period(...args) {
      const { params, options } = split(args);
      expectParams(params, 1, 1, 'period');
      const p = params[0];
      if (typeof p !== 'string' && typeof p !== 'number') throw new TypeError(`period expects text, got ${describe(p)}`);
      return formatPeriod(String(p), langOf(options));
    },
    gri(...args) {
      const { params, options } = split(args);
      if (figureNames(options)) {
        throw new TypeError('gri is for templates; list a narrative\'s GRI items in its front matter');
      }
      const codes = params.flat().filter((c) => c !== null && c !== undefined && c !== '');
      if (codes.length === 0) return '';
      return safe(`<p class="gri">GRI ${hb.escapeExpression(codes.map(String).join(', '))}</p>`);
    },
    figure(...args) {
      const { params, options } = split(args);
      const [value, ...nameParts] = params;
      const style = options.hash['as'] ?? 'num';
      if (style !== 'num' && style !== 'pct' && style !== 'share') {
        throw new TypeError(`figure: as= must be "num", "pct" or "share", got ${describe(style)}`);
      }
      const n = numberOrNull(value, 'figure');
      const text = formatFigure(n, style, langOf(options), decimalsOf([], 0, options, 'figure'), options);
      return markFigure(figureName(nameParts), text, options);
    },
    /**
     * The input files behind a group of figures (`"privacy"`, `"access"`, `"service.m.contacts"`),
     * for source footnotes: "privacy-register.csv (SHA-256 1a2b3c4d5e…)", or "" when the context
     * has no provenance for them.
     */
    sourceFiles(...args) {
      const { params, options } = split(args);
      expectParams(params, 1, 1, 'sourceFiles');
      const prefix = params[0];
      if (typeof prefix !== 'string' || prefix === '') throw new TypeError('sourceFiles expects a figure prefix, e.g. "privacy"');
      const root = options.data?.['root'];
      const provenance = root && typeof root === 'object' ? (root as { provenance?: unknown }).provenance : undefined;
      if (!provenance || typeof provenance !== 'object') return '';
      const files = new Map<string, string>();
      for (const [figure, source] of Object.entries(provenance as Record<string, { file?: unknown; sha256?: unknown }>)) {
        if (!figure.startsWith(`${prefix}.`) || typeof source.file !== 'string' || typeof source.sha256 !== 'string') continue;
        files.set(source.file, source.sha256);
      }
      return [...files].map(([file, sha]) => `${file} (SHA-256 ${shortHash(sha)}…)`).join(', ');
    },
    eq(...args) {
      const { params } = split(args);
      expectParams(params, 2, 2, 'eq');
      return params[0] === params[1];
    },
    gt(...args) {
      const { params } = split(args);
      expectParams(params, 2, 2, 'gt');
      const [a, b] = params;
      return typeof a === 'number' && typeof b === 'number' && a > b;
    },
    and(...args) {
      const { params } = split(args);
      if (params.length < 2) throw new TypeError('and takes at least 2 arguments');
      return params.every(truthy);
    },
    or(...args) {
      const { params } = split(args);
      if (params.length < 2) throw new TypeError('or takes at least 2 arguments');
      return params.some(truthy);
    },
    not(...args) {
      const { params } = split(args);
      expectParams(params, 1, 1, 'not');
      return !truthy(params[0]);
    },
    // Same contract as Handlebars' own: a bare `{{name}}` that is not found renders nothing,
    // while a call with arguments names the missing helper (and, once wrapped, its line).
    helperMissing(...args) {
      const { params, options } = split(args);
      if (params.length === 0 && Object.keys(options.hash).length === 0) return undefined;
      throw new Error(`Missing helper: "${options.name ?? '?'}"`);
    },
  };

  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
}

/** Handlebars' notion of truth (as in `{{#if}}`): empty lists are false too. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** Errors that surfaced from a block's body (`options.fn`) are located by that body, not the block. */
const fromBody = new WeakSet<object>();

function guardBody(body: unknown): unknown {
  if (typeof body !== 'function') return body;
  const run = body as Helper;
  const guarded: Helper = function (this: unknown, ...args) {
    try {
      return run.apply(this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object') fromBody.add(error);
      throw error;
    }
  };
  // Handlebars keeps bookkeeping (program id, depth, block params) on the function itself.
  return Object.assign(guarded, body);
}

function locate(error: unknown, options: HelperOptions): unknown {
  if (error instanceof TemplateError) return error;
  if (error !== null && typeof error === 'object' && fromBody.has(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const start = options.loc?.start;
  return start ? new TemplateError(message, start.line, start.column + 1) : error;
}

function withLocation(helper: Helper): Helper {
  return function (this: unknown, ...args) {
    const options = args[args.length - 1] as HelperOptions;
    if (options && typeof options === 'object') {
      options.fn = guardBody(options.fn);
      options.inverse = guardBody(options.inverse);
    }
    try {
      return helper.apply(this, args);
    } catch (error) {
      throw locate(error, options);
    }
  };
}

/**
 * Registers the report helpers on `hb` (use an isolated `Handlebars.create()` environment) and
 * wraps every helper, built-ins included, so its errors carry the calling line and column.
 */
export function registerHelpers(hb: Hb): void {
  // The one built-in with an effect outside the output: it prints to the console, i.e. the CLI's
  // stdout, where it would corrupt `--json`. No template needs it.
  hb.unregisterHelper('log');
  registerAll(hb);
  for (const [name, helper] of Object.entries(hb.helpers)) {
    hb.registerHelper(name, withLocation(helper as Helper));
  }
}
