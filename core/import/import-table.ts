/**
 * One CSV file → typed records, running totals for the figures, located problems and counts. The
 * same steps for every input kind: decode, detect the delimiter, bind the header, type each row,
 * reject rows with errors, fold the used ones into the kind's tally. Rows read = rows used + rows
 * rejected, always.
 *
 * `importTable` takes a whole file's bytes; `importTableStream` (core/import/import-stream.ts) takes
 * its chunks, with progress and cancellation. Both run the same `TableImporter`.
 */
import type { Delimiter } from '../csv/delimiter.js';
import type { ColumnMappings, ColumnSpec, RowCells } from '../csv/table.js';
import type { HashFactory } from './hash.js';
import { TableImporter } from './table-importer.js';
import type { Tally } from '../common/tally.js';
import type { Problem, ProblemCode, Severity } from '../common/problem.js';
import type { Encoding } from '../text/decode.js';

export interface ImportStats {
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Blank lines (or lines of bare delimiters) skipped; not rows. */
  blankLines: number;
}

export interface ImportResult<R, T = unknown> {
  /** The input kind's id (core/kinds/registry.ts). */
  kind: string;
  file: string;
  encoding: Encoding | null;
  /**
   * true when invalid UTF-8 turned up after non-ASCII text had been read as UTF-8: the file was
   * then read a second time, from the start, as Windows-1250.
   */
  reread: boolean;
  delimiter: Delimiter | null;
  /** Header names as written in the file. */
  columns: string[];
  /**
   * The used rows as typed records, in file order, up to `keepRecords` of them (for showing the
   * data; the figures never need them). `recordsOmitted` says how many more there were.
   */
  records: R[];
  recordsOmitted: number;
  /** The running totals every figure of this input is computed from. */
  tally: T;
  /** The first `problemLimit` problems in full, in the order found (header first, then by line). */
  problems: Problem[];
  /** Every problem, kept or not, counted by code and by severity. */
  problemCounts: Partial<Record<ProblemCode, number>>;
  severityCounts: Record<Severity, number>;
  /** Problems counted but not kept in `problems`. */
  problemsTruncated: number;
  stats: ImportStats;
  /** Bytes read. */
  bytes: number;
  /** SHA-256 of the file's bytes, lowercase hex; null when the file was not read to the end (not a text file). */
  sha256: string | null;
}

export interface TableSpec<K extends string, R, T extends Tally<R>> {
  /** The input kind's id (core/kinds/registry.ts). */
  kind: string;
  columns: readonly ColumnSpec<K>[];
  /** A column whose values must be unique (the register's id). */
  uniqueKey?: K;
  /** Reads one row; returns null or leaves `cells.failed` set when the row must be rejected. */
  toRecord(cells: RowCells<K>): R | null;
  /** A fresh tally for one import. */
  tally(): T;
}

export interface ImportOptions {
  /** Values the user mapped to known ones, per column key. */
  mappings?: ColumnMappings;
  /** How many used records to keep in `records` (default: all of them). */
  keepRecords?: number;
  /** How many problems to keep in full (default PROBLEM_LIMIT, 1,000). */
  problemLimit?: number;
  /** The SHA-256 implementation (default: the portable one). */
  hash?: HashFactory;
  /**
   * Check ids for repeats only at the end (IdIndex deferred mode), for the parts of a split import,
   * which are read again in one pass if an id repeats. Not for a whole file: a repeat must reject its row.
   */
  deferIds?: boolean;
}

/** Imports a whole file held in memory: one chunk through the streaming importer. */
export function importTable<K extends string, R, T extends Tally<R>>(
  spec: TableSpec<K, R, T>,
  file: string,
  bytes: Uint8Array,
  mappings: ColumnMappings = {},
  options: Omit<ImportOptions, 'mappings'> = {},
): ImportResult<R, T> {
  const importer = new TableImporter(spec, file, { ...options, mappings });
  // With every byte in the first chunk the encoding is decided on the whole file: never a rereading.
  importer.push(bytes);
  const result = importer.end();
  if (result === 'reread') throw new Error('unreachable: a whole file is decoded in one pass');
  return result;
}

/** true when an import found any error (counted, whether or not it was kept in full). */
export const importHasErrors = (r: { severityCounts: { error: number } }): boolean => r.severityCounts.error > 0;
