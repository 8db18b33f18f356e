/**
 * A file schema (columns, aliases, types) bound to a header row, and typed access to the cells
 * of one row. Every failed access leaves a located problem behind; a row with an error is rejected.
 */
import type { ProblemLog } from '../common/problem-log.js';
import { makeProblem, type Problem, type ProblemCode, type ProblemParams, type Severity } from '../common/problem.js';
import { detach } from '../text/detach.js';
import { createDateReader } from './date-reader.js';
import { memoize } from './memo.js';
import { KeyMatcher, normalizeKey } from './normalize.js';
import type { CsvRow } from './row-reader.js';
import { parseBoolean, parseCount, parseNumber, parsePeriod, type Period } from './values.js';

// Registers repeat the same dates and periods on many rows: each distinct text is parsed once.
const dateOf = createDateReader();
const periodOf = memoize(parsePeriod);
const booleanOf = memoize(parseBoolean);

export interface ColumnSpec<K extends string = string> {
  key: K;
  aliases: readonly string[];
  required: boolean;
}

export interface BoundHeader<K extends string> {
  /** Field index of each known column present in the file. */
  index: Map<K, number>;
  /** Header text as written, by field index. */
  names: string[];
  width: number;
}

/** Binds header fields to columns. Missing required columns and duplicates are errors. */
export function bindHeader<K extends string>(
  file: string,
  header: CsvRow,
  columns: readonly ColumnSpec<K>[],
): { header: BoundHeader<K>; problems: Problem[] } {
  const matcher = new KeyMatcher(columns.map((c) => ({ value: c.key, spellings: c.aliases })));
  const index = new Map<K, number>();
  const problems: Problem[] = [];
  const names = header.fields.map((f) => detach(f.replace(/^\ufeff/, '').trim()));
  names.forEach((name, i) => {
    const at = { file, line: header.line, column: name, columnNumber: i + 1 };
    if (name === '') {
      problems.push(makeProblem('header.empty', 'warning', at, { position: i + 1 }));
      return;
    }
    const key = matcher.match(name);
    if (key === undefined) {
      problems.push(makeProblem('header.unknown', 'warning', at, { column: name }));
    } else if (index.has(key)) {
      const first = names[index.get(key)!]!;
      problems.push(makeProblem('header.duplicate', 'error', at, { column: key, first }, { found: name }));
    } else {
      index.set(key, i);
    }
  });
  for (const c of columns) {
    if (c.required && !index.has(c.key)) {
      problems.push(
        makeProblem('header.missing', 'error', { file, line: header.line, column: c.key, key: c.key }, { column: c.key, accepted: [c.key, ...c.aliases] }, {
          found: names.join(' | '),
        }),
      );
    }
  }
  return { header: { index, names, width: names.length }, problems };
}

/**
 * Values a user mapped once to a known value, per column key: normalized text as written →
 * canonical value (e.g. "Zgłoszenie klienta" → "complaint"). Saved in the project.
 */
export type ColumnMappings = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * `text.trim()`, skipping the call for the usual cell that starts and ends with a printable ASCII
 * character (trim looks for every Unicode space, at a cost paid on every cell of every row).
 */
function trimmed(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Parameters whose texts are copies, not slices of the chunk they were read from (see detach). */
function detachParams<P extends object>(params: P): P {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === 'string' ? detach(v) : Array.isArray(v) ? v.map((x: unknown) => (typeof x === 'string' ? detach(x) : x)) : v;
  }
  return out as P;
}

/**
 * Typed, problem-recording access to one row's cells. One instance serves a whole import:
 * `reset` points it at the next row.
 */
export class RowCells<K extends string> {
  failed = false;
  /** Whether any column has mapped values (most imports have none: skip the lookup per cell). */
  private readonly mapped: boolean;

  constructor(
    private readonly file: string,
    private row: CsvRow,
    private readonly header: BoundHeader<K>,
    private readonly required: ReadonlySet<K>,
    private readonly problems: ProblemLog,
    private readonly mappings: ColumnMappings = {},
  ) {
    this.mapped = Object.keys(mappings).length > 0;
  }

  reset(row: CsvRow): this {
    this.row = row;
    this.failed = false;
    return this;
  }

  /** The value the user mapped this text to in this column, or the text itself. */
  mapText(key: K, text: string): string {
    if (!this.mapped) return text;
    return this.mappings[key]?.[normalizeKey(text)] ?? text;
  }

  get line(): number {
    return this.row.line;
  }

  /** Trimmed text of a column, '' when absent; records nothing. */
  peek(key: K): string {
    const i = this.header.index.get(key);
    if (i === undefined) return '';
    const text = this.row.fields[i];
    return text === undefined ? '' : trimmed(text);
  }

  /** Trimmed text of a column; null when absent or empty (a problem if the column is required). */
  raw(key: K): string | null {
    const text = this.peek(key);
    if (text !== '') return text;
    if (this.required.has(key)) this.fail(key, 'value.required', () => ({}), '');
    return null;
  }

  text(key: K): string | null {
    return this.raw(key);
  }

  date(key: K): { iso: string; year: number } | null {
    const t = this.raw(key);
    if (t === null) return null;
    const d = dateOf(t);
    if (d.ok) return d;
    return this.fail(key, 'value.date', (found) => ({ found, reason: d.reason }), t);
  }

  boolean(key: K): boolean | null {
    const t = this.raw(key);
    if (t === null) return null;
    return booleanOf(this.mapText(key, t)) ?? this.fail(key, 'value.boolean', (found) => ({ found }), t);
  }

  count(key: K): number | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parseCount(t) ?? this.fail(key, 'value.integer', (found) => ({ found }), t);
  }

  number(key: K): number | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parseNumber(t) ?? this.fail(key, 'value.number', (found) => ({ found }), t);
  }

  period(key: K): Period | null {
    const t = this.raw(key);
    if (t === null) return null;
    return periodOf(t) ?? this.fail(key, 'value.period', (found) => ({ found }), t);
  }

  oneOf<V extends string>(key: K, matcher: KeyMatcher<V>, accepted: readonly string[]): V | null {
    const t = this.raw(key);
    if (t === null) return null;
    const v = matcher.match(this.mapText(key, t));
    if (v !== undefined) return v;
    return this.fail(key, 'value.enum', (found) => ({ found, suggestion: matcher.suggest(t), accepted }), t);
  }

  /**
   * Records a problem on this row and column; errors reject the row. `params` may be a function,
   * called only when the problem is kept (a file with errors on every row keeps the first 1,000).
   */
  report<C extends ProblemCode>(key: K, code: C, severity: Severity, params: ProblemParams<C> | (() => ProblemParams<C>), found?: string): void {
    if (severity === 'error') this.failed = true;
    if (!this.problems.keeps) return this.problems.count(code, severity);
    const values = detachParams(typeof params === 'function' ? params() : params);
    this.problems.add(makeProblem(code, severity, this.at(key), values, found === undefined ? {} : { found: detach(found) }));
  }

  private at(key: K) {
    const i = this.header.index.get(key);
    return {
      file: this.file,
      line: this.row.line,
      column: i === undefined ? key : this.header.names[i]!,
      columnNumber: i === undefined ? null : i + 1,
      key,
    };
  }

  /** A value that is not what its column takes: an error, with the parameters built from the detached text only if it is kept. */
  private fail<C extends ProblemCode>(key: K, code: C, params: (found: string) => ProblemParams<C>, found: string): null {
    this.failed = true;
    if (!this.problems.keeps) this.problems.count(code, 'error');
    else {
      const text = detach(found);
      this.problems.add(makeProblem(code, 'error', this.at(key), params(text), { found: text }));
    }
    return null;
  }
}
