/**
 * The import engine. `TextImporter` is its text side: pieces of decoded text in, one input's result
 * out. It parses rows with their physical lines, types and validates each row, and folds the used
 * ones into the input's tally, so memory holds the figures' totals (and the ids, for uniqueness),
 * never the rows. `TableImporter` puts a `ByteDecoder` in front of it for bytes.
 *
 * Both answer each piece with whether to go on; `'reread'` means the bytes must be fed again from
 * the start to new importers made with `reread` set (see StreamDecoder).
 */
import { CsvRowReader, type ContinuationPoint, type CsvRow } from '../csv/row-reader.js';
import { bindHeader, RowCells, type BoundHeader } from '../csv/table.js';
import type { ImportOptions, ImportResult, TableSpec } from './import-table.js';
import type { Tally } from '../common/tally.js';
import { makeProblem, type Problem } from '../common/problem.js';
import type { BinaryKind } from '../text/decode.js';
import { ByteDecoder, type DecodedEnd, type DecodedPiece } from './byte-decoder.js';
import { IdIndex } from './id-index.js';
import { ProblemLog } from '../common/problem-log.js';

export type PushAnswer = 'more' | 'stop' | 'reread';

/** A part of a file that starts after its header, at a row boundary (one half of a split import). */
export interface PartStart {
  /** The file's header fields, as the first part read them. */
  header: string[];
  at: ContinuationPoint;
}

export class TextImporter<K extends string, R, T extends Tally<R>> {
  readonly result: ImportResult<R, T>;
  private readonly reader: CsvRowReader;
  private readonly log: ProblemLog;
  readonly ids: IdIndex;
  private readonly required: ReadonlySet<K>;
  private readonly keepRecords: number;
  private header: BoundHeader<K> | null = null;
  private headerOk = false;
  private cells: RowCells<K> | null = null;
  /** A file that is not text: nothing else about it matters. */
  private notText: Problem | null = null;
  /** Reading a later part of a file: the file as a whole has rows even if this part has none. */
  private isPart = false;

  constructor(
    private readonly spec: TableSpec<K, R, T>,
    private readonly file: string,
    private readonly options: ImportOptions = {},
    reread = false,
    part?: PartStart,
  ) {
    this.reader = new CsvRowReader((row) => this.onRow(row));
    this.ids = new IdIndex(options.deferIds === true);
    this.log = new ProblemLog(options.problemLimit);
    this.required = new Set(spec.columns.filter((c) => c.required).map((c) => c.key));
    this.keepRecords = options.keepRecords ?? Infinity;
    this.result = {
      kind: spec.kind,
      file,
      encoding: null,
      reread,
      delimiter: null,
      columns: [],
      records: [],
      recordsOmitted: 0,
      tally: spec.tally(),
      problems: this.log.kept,
      problemCounts: this.log.byCode,
      severityCounts: this.log.bySeverity,
      problemsTruncated: 0,
      stats: { rowsRead: 0, rowsUsed: 0, rowsRejected: 0, blankLines: 0 },
      bytes: 0,
      sha256: null,
    };
    if (part !== undefined) this.continuePart(part);
  }

  /** Binds the header the first part read, silently (its problems are the first part's), and reads on from `part.at`. */
  private continuePart(part: PartStart): void {
    this.isPart = true;
    const row: CsvRow = { line: 1, fields: part.header, quoteError: false };
    const bound = bindHeader(this.file, row, this.spec.columns);
    this.header = bound.header;
    this.result.columns = bound.header.names;
    this.headerOk = !bound.problems.some((p) => p.severity === 'error');
    this.cells = new RowCells(this.file, row, bound.header, this.required, this.log, this.options.mappings);
    this.reader.continueAt(part.at);
  }

  /** Ends a part that is followed by more of the file: no end-of-file checks, and where the reader stopped. */
  /** Whether an id repeated: in deferred mode, found only now; otherwise already reported on its row. */
  get repeatedIds(): boolean {
    return this.ids.hasDuplicates() || (this.log.byCode['value.duplicateId'] ?? 0) > 0;
  }

  endPart(decoded: DecodedEnd): { result: ImportResult<R, T>; clean: boolean; blankAtEnd: boolean; line: number; newline: string | null; notText: boolean } {
    const { result } = this;
    const end = this.reader.endPart();
    result.encoding = decoded.encoding;
    result.bytes = decoded.bytes;
    result.delimiter = this.reader.delimiter;
    result.stats.blankLines = this.reader.blankLines;
    result.problemsTruncated = this.log.truncated;
    return { result, notText: this.notText !== null, ...end };
  }

  /** Whether the bytes turned out not to be text (the result is then that one problem). */
  get isNotText(): boolean {
    return this.notText !== null;
  }

  /** Takes the next piece; rows complete in it are validated and counted before it returns. */
  take(piece: DecodedPiece): PushAnswer {
    if (this.notText !== null) return 'stop';
    if ('stop' in piece) {
      if (piece.stop === 'reread') return 'reread';
      this.notText = this.notTextProblem(piece.kind, 1);
      return 'stop';
    }
    const { text } = piece;
    if (text === '') return 'more';
    if (piece.nul) {
      const nul = text.indexOf('\0');
      if (nul !== -1) {
        this.notText = this.notTextProblem('nul', this.reader.lineAfter(text.slice(0, nul)));
        return 'stop';
      }
    }
    this.reader.push(text);
    return 'more';
  }

  /** Finishes the import once the last piece has been taken. */
  end(decoded: DecodedEnd): ImportResult<R, T> {
    const { result } = this;
    if (this.notText !== null) return this.failed(this.notText);
    const { encoding } = decoded;
    const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
    if (decoded.textLength === 0 && !utf16) return this.failed(makeProblem('file.empty', 'error', { file: this.file, line: 1 }, {}));
    this.reader.end();
    result.encoding = encoding;
    result.bytes = decoded.bytes;
    result.sha256 = decoded.sha256;
    result.delimiter = this.reader.delimiter;
    result.stats.blankLines = this.reader.blankLines;
    if (this.header === null) this.log.add(makeProblem('file.empty', 'error', { file: this.file, line: 1 }, {}));
    else if (result.stats.rowsRead === 0 && !this.isPart) this.log.add(makeProblem('file.noRows', 'warning', { file: this.file, line: 2 }, {}));
    result.problemsTruncated = this.log.truncated;
    return result;
  }

  private notTextProblem(kind: BinaryKind, line: number): Problem {
    return makeProblem('file.notText', 'error', { file: this.file, line }, { what: kind });
  }

  /** The result of a file that could not be read as CSV at all: that one problem, nothing else. */
  private failed(problem: Problem): ImportResult<R, T> {
    const log = new ProblemLog();
    log.add(problem);
    return {
      ...this.result,
      encoding: null,
      delimiter: null,
      columns: [],
      records: [],
      recordsOmitted: 0,
      tally: this.spec.tally(),
      problems: log.kept,
      problemCounts: log.byCode,
      severityCounts: log.bySeverity,
      problemsTruncated: 0,
      stats: { rowsRead: 0, rowsUsed: 0, rowsRejected: 0, blankLines: 0 },
      sha256: null,
    };
  }

  private onRow(row: CsvRow): void {
    const { result, spec } = this;
    if (this.header === null) {
      const bound = bindHeader(this.file, row, spec.columns);
      this.header = bound.header;
      result.columns = bound.header.names;
      for (const p of bound.problems) this.log.add(p);
      this.headerOk = !bound.problems.some((p) => p.severity === 'error');
      this.cells = new RowCells(this.file, row, bound.header, this.required, this.log, this.options.mappings);
      return;
    }
    const stats = result.stats;
    stats.rowsRead++;
    if (!this.headerOk || !this.rowShapeOk(row, this.header)) {
      stats.rowsRejected++;
      return;
    }
    const cells = this.cells!.reset(row);
    const record = spec.toRecord(cells);
    // Ids are tracked even on rejected rows: fixing that row must not hide a duplicate.
    if (spec.uniqueKey !== undefined) {
      const id = cells.peek(spec.uniqueKey);
      if (id !== '') {
        const first = this.ids.firstLine(id, row.line);
        if (first !== undefined) cells.report(spec.uniqueKey, 'value.duplicateId', 'error', () => ({ id, firstLine: first }), id);
      }
    }
    if (record === null || cells.failed) {
      stats.rowsRejected++;
      return;
    }
    stats.rowsUsed++;
    result.tally.add(record);
    if (result.records.length < this.keepRecords) result.records.push(record);
    else result.recordsOmitted++;
  }

  /** Quote errors and rows whose field count differs from the header's. */
  private rowShapeOk(row: CsvRow, header: BoundHeader<K>): boolean {
    const file = this.file;
    if (row.quoteError) {
      if (this.log.keeps) this.log.add(makeProblem('csv.quotes', 'error', { file, line: row.line }, {}));
      else this.log.count('csv.quotes', 'error');
      return false;
    }
    const fields = row.fields;
    const n = fields.length;
    // Trailing empty fields are what Excel leaves after deleted columns: harmless.
    let extraHasData = false;
    for (let i = header.width; i < n && !extraHasData; i++) extraHasData = fields[i]!.trim() !== '';
    if (n >= header.width && !extraHasData) return true;
    if (!this.log.keeps) {
      this.log.count('row.ragged', 'error');
      return false;
    }
    // Point at the first missing column, or at the first surplus field.
    const columnNumber = Math.min(n, header.width) + 1;
    this.log.add(
      makeProblem(
        'row.ragged',
        'error',
        { file, line: row.line, column: header.names[Math.min(n, header.width)] ?? null, columnNumber },
        { expected: header.width, found: n },
        { found: String(n) },
      ),
    );
    return false;
  }
}

/** Bytes in, result out: a ByteDecoder feeding a TextImporter on the same thread. */
export class TableImporter<K extends string, R, T extends Tally<R>> {
  private readonly bytes: ByteDecoder;
  private readonly text: TextImporter<K, R, T>;

  constructor(spec: TableSpec<K, R, T>, file: string, options: ImportOptions = {}, forceWindows1250 = false) {
    this.bytes = new ByteDecoder(forceWindows1250, options.hash);
    this.text = new TextImporter(spec, file, options, forceWindows1250);
  }

  get result(): ImportResult<R, T> {
    return this.text.result;
  }

  /** Feeds the next bytes; rows complete in them are validated and counted before it returns. */
  push(bytes: Uint8Array): PushAnswer {
    return this.text.take(this.bytes.push(bytes));
  }

  /** Finishes the import once every byte has been pushed. */
  end(): ImportResult<R, T> | 'reread' {
    const { last, end } = this.bytes.end();
    if (this.text.take(last) === 'reread') return 'reread';
    return this.text.end(end);
  }
}
