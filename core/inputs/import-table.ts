/**
 * Bytes of one CSV file → typed records + located problems + counts. The same steps for every
 * input kind: decode, detect the delimiter, bind the header, type each row, reject rows with errors.
 * Rows read = rows used + rows rejected, always.
 */
import { readCsvRows, type CsvRow, type Delimiter } from '../csv/read-rows.js';
import { bindHeader, RowCells, type BoundHeader, type ColumnMappings, type ColumnSpec } from '../csv/table.js';
import { makeProblem, type Bilingual, type Problem } from '../problems/problem.js';
import { expectations, messages } from '../problems/messages.js';
import { decodeBytes, type BinaryKind, type Encoding } from '../text/decode.js';

export type InputKind = 'privacy' | 'service' | 'accessibility';

export interface ImportStats {
  rowsRead: number;
  rowsUsed: number;
  rowsRejected: number;
  /** Blank lines (or lines of bare delimiters) skipped; not rows. */
  blankLines: number;
}

export interface ImportResult<R> {
  kind: InputKind;
  file: string;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  /** Header names as written in the file. */
  columns: string[];
  records: R[];
  problems: Problem[];
  stats: ImportStats;
}

export interface TableSpec<K extends string, R> {
  kind: InputKind;
  columns: readonly ColumnSpec<K>[];
  /** A column whose values must be unique (the register's id). */
  uniqueKey?: K;
  /** Reads one row; returns null or leaves `cells.failed` set when the row must be rejected. */
  toRecord(cells: RowCells<K>): R | null;
}

const BINARY_WHAT: Record<BinaryKind, Bilingual> = {
  zip: { pl: 'to plik ZIP, np. skoroszyt XLSX lub ODS', en: 'it is a ZIP file, such as an XLSX or ODS workbook' },
  xls: { pl: 'to skoroszyt Excela w starym formacie XLS', en: 'it is an Excel workbook in the old XLS format' },
  pdf: { pl: 'to dokument PDF', en: 'it is a PDF document' },
  nul: { pl: 'zawiera bajty zerowe', en: 'it contains NUL bytes' },
};

export function importTable<K extends string, R>(
  spec: TableSpec<K, R>,
  file: string,
  bytes: Uint8Array,
  mappings: ColumnMappings = {},
): ImportResult<R> {
  const result: ImportResult<R> = {
    kind: spec.kind,
    file,
    encoding: null,
    delimiter: null,
    columns: [],
    records: [],
    problems: [],
    stats: { rowsRead: 0, rowsUsed: 0, rowsRejected: 0, blankLines: 0 },
  };
  const { problems, stats } = result;
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push(
      decoded.reason === 'empty'
        ? makeProblem('file.empty', 'error', { file, line: 1 }, messages.empty())
        : makeProblem('file.notText', 'error', { file, line: decoded.line }, messages.notText(BINARY_WHAT[decoded.kind]), {
            expected: { pl: 'plik tekstowy CSV', en: 'a CSV text file' },
          }),
    );
    return result;
  }
  result.encoding = decoded.encoding;

  const required = new Set(spec.columns.filter((c) => c.required).map((c) => c.key));
  const seen = new Map<string, number>();
  let header: BoundHeader<K> | null = null;
  let headerOk = false;

  const onRow = (row: CsvRow): void => {
    if (header === null) {
      const bound = bindHeader(file, row, spec.columns);
      header = bound.header;
      result.columns = bound.header.names;
      problems.push(...bound.problems);
      headerOk = !bound.problems.some((p) => p.severity === 'error');
      return;
    }
    stats.rowsRead++;
    if (!headerOk || !rowShapeOk(file, row, header, problems)) {
      stats.rowsRejected++;
      return;
    }
    const cells = new RowCells(file, row, header, required, problems, mappings);
    const record = spec.toRecord(cells);
    // Ids are tracked even on rejected rows: fixing that row must not hide a duplicate.
    if (spec.uniqueKey !== undefined) {
      const id = cells.peek(spec.uniqueKey);
      if (id !== '') {
        const first = seen.get(id);
        if (first === undefined) seen.set(id, row.line);
        else cells.report(spec.uniqueKey, 'value.duplicateId', 'error', messages.duplicateId(id, first), id);
      }
    }
    if (record === null || cells.failed) stats.rowsRejected++;
    else {
      stats.rowsUsed++;
      result.records.push(record);
    }
  };

  const read = readCsvRows(decoded.text, onRow);
  result.delimiter = read.delimiter;
  stats.blankLines = read.blankLines;
  if (header === null) problems.push(makeProblem('file.empty', 'error', { file, line: 1 }, messages.empty()));
  else if (stats.rowsRead === 0) problems.push(makeProblem('file.noRows', 'warning', { file, line: 2 }, messages.noRows()));
  return result;
}

/** Quote errors and rows whose field count differs from the header's. */
function rowShapeOk<K extends string>(file: string, row: CsvRow, header: BoundHeader<K>, problems: Problem[]): boolean {
  if (row.quoteError) {
    problems.push(makeProblem('csv.quotes', 'error', { file, line: row.line }, messages.quotes()));
    return false;
  }
  const n = row.fields.length;
  // Trailing empty fields are what Excel leaves after deleted columns: harmless.
  const extraHasData = row.fields.slice(header.width).some((f) => f.trim() !== '');
  if (n < header.width || extraHasData) {
    // Point at the first missing column, or at the first surplus field.
    const columnNumber = Math.min(n, header.width) + 1;
    problems.push(
      makeProblem(
        'row.ragged',
        'error',
        { file, line: row.line, column: header.names[Math.min(n, header.width)] ?? null, columnNumber },
        messages.ragged(header.width, n),
        { expected: expectations.fields(header.width), found: String(n) },
      ),
    );
    return false;
  }
  return true;
}
