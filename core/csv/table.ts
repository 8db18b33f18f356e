/**
 * A file schema (columns, aliases, types) bound to a header row, and typed access to the cells
 * of one row. Every failed access leaves a located problem behind; a row with an error is rejected.
 */
import type { Bilingual, Problem } from '../problems/problem.js';
import { makeProblem } from '../problems/problem.js';
import { expectations, messages } from '../problems/messages.js';
import { KeyMatcher, normalizeKey } from './normalize.js';
import type { CsvRow } from './read-rows.js';
import { parseBoolean, parseCount, parseDate, parseNumber, parsePeriod, type Period } from './values.js';

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
  const names = header.fields.map((f) => f.replace(/^\ufeff/, '').trim());
  names.forEach((name, i) => {
    const at = { file, line: header.line, column: name, columnNumber: i + 1 };
    if (name === '') {
      problems.push(makeProblem('header.empty', 'warning', at, messages.emptyHeader(i + 1)));
      return;
    }
    const key = matcher.match(name);
    if (key === undefined) {
      problems.push(makeProblem('header.unknown', 'warning', at, messages.unknownColumn(name)));
    } else if (index.has(key)) {
      const first = names[index.get(key)!]!;
      problems.push(makeProblem('header.duplicate', 'error', at, messages.duplicateColumn(key, first), { found: name }));
    } else {
      index.set(key, i);
    }
  });
  for (const c of columns) {
    if (c.required && !index.has(c.key)) {
      problems.push(
        makeProblem('header.missing', 'error', { file, line: header.line, column: c.key, key: c.key }, messages.missingColumn(c.key, [c.key, ...c.aliases]), {
          expected: { pl: `kolumna ${c.key}`, en: `column ${c.key}` },
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

/** Typed, problem-recording access to one row's cells. */
export class RowCells<K extends string> {
  failed = false;

  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly header: BoundHeader<K>,
    private readonly required: ReadonlySet<K>,
    private readonly problems: Problem[],
    private readonly mappings: ColumnMappings = {},
  ) {}

  /** The value the user mapped this text to in this column, or the text itself. */
  mapText(key: K, text: string): string {
    return this.mappings[key]?.[normalizeKey(text)] ?? text;
  }

  get line(): number {
    return this.row.line;
  }

  /** Trimmed text of a column, '' when absent; records nothing. */
  peek(key: K): string {
    const i = this.header.index.get(key);
    return i === undefined ? '' : (this.row.fields[i] ?? '').trim();
  }

  /** Trimmed text of a column; null when absent or empty (a problem if the column is required). */
  raw(key: K): string | null {
    const text = this.peek(key);
    if (text !== '') return text;
    if (this.required.has(key)) this.fail(key, 'value.required', messages.required(), expectations.text, '');
    return null;
  }

  text(key: K): string | null {
    return this.raw(key);
  }

  date(key: K): { iso: string; year: number } | null {
    const t = this.raw(key);
    if (t === null) return null;
    const d = parseDate(t);
    if (d.ok) return d;
    return this.fail(key, 'value.date', messages.badDate(t, d.reason), expectations.date, t);
  }

  boolean(key: K): boolean | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parseBoolean(this.mapText(key, t)) ?? this.fail(key, 'value.boolean', messages.badBoolean(t), expectations.boolean, t);
  }

  count(key: K): number | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parseCount(t) ?? this.fail(key, 'value.integer', messages.badInteger(t), expectations.integer, t);
  }

  number(key: K): number | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parseNumber(t) ?? this.fail(key, 'value.number', messages.badNumber(t), expectations.number, t);
  }

  period(key: K): Period | null {
    const t = this.raw(key);
    if (t === null) return null;
    return parsePeriod(t) ?? this.fail(key, 'value.period', messages.badPeriod(t), expectations.period, t);
  }

  oneOf<V extends string>(key: K, matcher: KeyMatcher<V>, accepted: readonly string[]): V | null {
    const t = this.raw(key);
    if (t === null) return null;
    const v = matcher.match(this.mapText(key, t));
    if (v !== undefined) return v;
    return this.fail(key, 'value.enum', messages.badEnum(t, matcher.suggest(t)), expectations.oneOf(accepted), t);
  }

  /** Records a problem on this row and column; errors reject the row. */
  report(key: K, code: Problem['code'], severity: Problem['severity'], message: Bilingual, found?: string): void {
    if (severity === 'error') this.failed = true;
    this.problems.push(makeProblem(code, severity, this.at(key), message, found === undefined ? {} : { found }));
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

  private fail(key: K, code: Problem['code'], message: Bilingual, expected: Bilingual, found: string): null {
    this.failed = true;
    this.problems.push(makeProblem(code, 'error', this.at(key), message, { expected, found }));
    return null;
  }
}
