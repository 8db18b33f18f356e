/**
 * A large file read in two parts at once: the host runs the second half elsewhere (a worker thread)
 * while this thread reads the first, then the two are joined. On a two-core machine this is what
 * keeps a validated import of a million-row register close to the time of bare parsing.
 *
 * The joined result is exactly what one pass would give — the same rows, lines, problems (in the
 * same order, the first `problemLimit` kept), records, figures, encoding and SHA-256. Whenever that
 * cannot be guaranteed cheaply, the file is read again in one pass instead:
 * - the first part did not end at a row boundary where the file was cut (a stray quote fooled the
 *   quote count), or a part is not text;
 * - the parts disagree on the encoding in a way only a rereading settles;
 * - an id repeats, within a part or across them (the later row is rejected as a duplicate, which
 *   only a pass in file order can do without keeping every row; the parts therefore check ids only
 *   at their end, which is cheaper than a lookup per row).
 * Only tallies that can be counted in parts (PartTally) are split; others go in one pass.
 */
import { CsvRowReader, type CsvRow, type Newline } from '../csv/row-reader.js';
import type { Delimiter } from '../csv/delimiter.js';
import type { ImportResult, TableSpec } from './import-table.js';
import { isPartTally, type PartTally, type Tally } from '../common/tally.js';
import { makeProblem, type Problem, type ProblemCode, type Severity } from '../common/problem.js';
import type { Encoding } from '../text/decode.js';
import { ByteDecoder } from './byte-decoder.js';
import { noHash, portableSha256, toHex, type IncrementalHash } from './hash.js';
import { sharedIds } from './id-index.js';
import { importTableStream, STREAM_RECORDS_KEPT, type ByteSource, type StreamImportOptions, type StreamOutcome, CANCELLED } from './import-stream.js';
import { readChunks, type PartJob, type PartOutcome, type PartProgress } from './part-import.js';
import { PROBLEM_LIMIT } from '../common/problem-log.js';
import { SplitFinder } from './split-point.js';
import { TextImporter } from './table-importer.js';

/** Runs a part in another thread; progress as it goes; aborting `signal` stops it. */
export interface PartRunner {
  (job: PartJob, onProgress: (p: PartProgress) => void, signal?: AbortSignal): Promise<PartOutcome | 'cancelled'>;
  /**
   * Optional: gets a thread for a part of this kind ready before the job is known (while the file is
   * probed and cut). `release` lets it go if no job came.
   */
  prepare?(kind: string): { release(): void };
}

export interface SplitImportOptions extends StreamImportOptions {
  /** Where the second part runs; without it every file is read in one pass. */
  runPart?: PartRunner;
  /** Smaller files are read in one pass (default 32 MiB): starting a thread costs more than it saves. */
  splitFrom?: number;
  /** Told how a split file was read: in two parts joined, or again in one pass (see the list above). */
  onSplit?: (how: 'joined' | 'one-pass') => void;
}

export const SPLIT_FROM = 32 << 20;

/**
 * The first part's share of the bytes. Its thread also finds the cut, hashes the whole file and
 * joins; the worker starts later and checks its ids at the end. Measured on the benchmark's
 * 1M-row register, half each makes both threads end together.
 */
const FIRST_PART_SHARE = 0.5;

export async function importTableSplit<K extends string, R, T extends Tally<R>>(
  makeSpec: () => TableSpec<K, R, T>,
  file: string,
  source: ByteSource,
  options: SplitImportOptions = {},
): Promise<StreamOutcome<R, T>> {
  const { runPart, splitFrom = SPLIT_FROM } = options;
  const size = source.size;
  const onePass = () => importTableStream(makeSpec, file, source, options);
  if (runPart === undefined || source.range === undefined || size === undefined || size < splitFrom) return onePass();
  const spec = makeSpec();
  if (!isPartTally(spec.tally())) return onePass();
  const prepared = runPart.prepare?.(spec.kind);
  try {
    return await importInParts(spec, file, source, size, runPart, options, () => (prepared?.release(), onePass()));
  } finally {
    prepared?.release();
  }
}

async function importInParts<K extends string, R, T extends Tally<R>>(
  spec: TableSpec<K, R, T>,
  file: string,
  source: ByteSource,
  size: number,
  runPart: PartRunner,
  options: SplitImportOptions,
  onePass: () => Promise<StreamOutcome<R, T>>,
): Promise<StreamOutcome<R, T>> {
  const { signal } = options;
  // Checked by the caller.
  const range = (start: number, end: number): ByteSource => source.range!(start, end);

  const dialect = await probeDialect(source);
  if (dialect === null) return onePass();
  const finder = new SplitFinder(Math.floor(size * FIRST_PART_SHARE), dialect.newline === '\r' ? 0x0d : 0x0a);
  let split = null;
  for await (const chunk of source.open()) if ((split = finder.push(chunk)) !== null) break;
  if (split === null || split.offset >= size) return onePass();

  const keepRecords = options.keepRecords ?? STREAM_RECORDS_KEPT;
  const problemLimit = options.problemLimit ?? PROBLEM_LIMIT;
  const job: PartJob = {
    kind: spec.kind,
    file,
    start: split.offset,
    end: size,
    header: dialect.header,
    at: { delimiter: dialect.delimiter, newline: dialect.newline, line: split.line },
    mappings: options.mappings,
    keepRecords,
    problemLimit,
  };

  // Progress of both parts, reported as one.
  const progress = { first: { bytesRead: 0, rows: 0 }, second: { bytesRead: 0, rows: 0 } };
  const report = (done: boolean) =>
    options.onProgress?.({
      bytesRead: progress.first.bytesRead + progress.second.bytesRead,
      totalBytes: size,
      rows: progress.first.rows + progress.second.rows,
      done,
    });
  // A part that fails to run (a worker that cannot start) costs time, never the result.
  const secondPart = runPart(job, (p) => ((progress.second = p), report(false)), signal).catch(() => null);
  const hash = options.hash?.() ?? portableSha256();
  const first = await firstPart(spec, file, range(0, split.offset), { ...options, keepRecords, problemLimit, deferIds: true }, hash, (p) => ((progress.first = p), report(false)));
  // The SHA-256 is of the whole file, in order: this thread hashes the second part's bytes too.
  if (first !== 'cancelled' && first !== null) for await (const chunk of range(split.offset, size).open()) hash.update(chunk);
  const second = await secondPart;
  if (first === 'cancelled' || second === 'cancelled' || signal?.aborted) return CANCELLED;

  const joined = second === null ? null : join(first, second, dialect, { keepRecords, problemLimit });
  options.onSplit?.(joined === null ? 'one-pass' : 'joined');
  if (joined === null) return onePass();
  joined.bytes = size;
  joined.sha256 = toHex(hash.digest());
  report(true);
  return { status: 'done', result: joined };
}

interface Dialect {
  delimiter: Delimiter;
  newline: Newline;
  header: string[];
}

/**
 * The delimiter, line ending and header fields as a one-pass import finds them (detected on the
 * first MiB of text; only the header row is parsed). Should they differ from what the first part
 * finds, the parts are not joined (see `join`).
 */
async function probeDialect(source: ByteSource): Promise<Dialect | null> {
  const decoder = new ByteDecoder(false, noHash);
  let header: CsvRow | null = null;
  const reader = new CsvRowReader((row) => {
    header ??= row;
    reader.stop();
  });
  for await (const chunk of source.open()) {
    const piece = decoder.push(chunk);
    if (!('text' in piece) || piece.nul) return null;
    reader.push(piece.text);
    // Detected once the window is full: the header is in the text pushed so far.
    if (reader.delimiter !== null) break;
  }
  if (reader.delimiter === null) {
    // A file shorter than the detection window: detect on all of it, as one pass does.
    const { last } = decoder.end();
    if ('text' in last) reader.push(last.text);
  }
  reader.end();
  if (header === null) return null;
  // UTF-16 is not byte-compatible with ASCII: its quotes and line breaks cannot be found as bytes.
  const encoding: Encoding | null = decoder.encoding;
  if (encoding === 'utf-16le' || encoding === 'utf-16be' || reader.delimiter === null || reader.newline === null) return null;
  return { delimiter: reader.delimiter, newline: reader.newline, header: (header as CsvRow).fields.slice() };
}

interface FirstPart<R, T extends Tally<R>> {
  result: ImportResult<R, T>;
  importer: TextImporter<string, R, T>;
  clean: boolean;
  blankAtEnd: boolean;
  newline: string | null;
  encoding: Encoding | null;
  ascii: boolean;
}

/** The first part: the header and the rows up to the cut, read here, hashing as it goes. */
async function firstPart<K extends string, R, T extends Tally<R>>(
  spec: TableSpec<K, R, T>,
  file: string,
  source: ByteSource,
  options: SplitImportOptions,
  hash: IncrementalHash,
  onProgress: (p: PartProgress) => void,
): Promise<FirstPart<R, T> | 'cancelled' | null> {
  // The hash is shared with the rest of the file: the decoder must not finish it.
  const decoder = new ByteDecoder(false, () => ({ update: (b: Uint8Array) => hash.update(b), digest: () => new Uint8Array(0) }));
  const importer = new TextImporter(spec, file, options) as unknown as TextImporter<string, R, T>;
  const read = await readChunks(source, decoder, importer, { ...options, onProgress });
  if (read === 'cancelled') return read;
  if (read.answer !== 'more') return null;
  const { bytesRead } = read;
  const { last, end } = decoder.end();
  if (importer.take(last) !== 'more') return null;
  onProgress({ bytesRead, rows: importer.result.stats.rowsRead });
  const { result, clean, blankAtEnd, newline } = importer.endPart(end);
  return { result, importer, clean, blankAtEnd, newline, encoding: end.encoding, ascii: decoder.asciiSoFar };
}

/** The file's encoding and whether one pass would have reread it; null when the parts' texts would not be one pass's text. */
function jointEncoding(first: { encoding: Encoding | null; ascii: boolean }, second: PartOutcome): { encoding: Encoding; reread: boolean } | null {
  const e1 = first.encoding;
  const e2 = second.encoding;
  if (e1 === null || e2 === null) return null;
  if (e1 === 'windows-1250') return e2 === 'windows-1250' || second.ascii ? { encoding: e1, reread: false } : null;
  if (e1 !== 'utf-8' && e1 !== 'utf-8-bom') return null;
  if (e2 === 'utf-8') return { encoding: e1, reread: false };
  // Invalid UTF-8 in the second part: one pass switches to Windows-1250 as this part did, provided the first was all ASCII.
  if (e2 === 'windows-1250' && first.ascii) return { encoding: e2, reread: second.reread };
  return null;
}

function join<R, T extends Tally<R>>(
  first: FirstPart<R, T> | null,
  second: PartOutcome,
  dialect: Dialect,
  limits: { keepRecords: number; problemLimit: number },
): ImportResult<R, T> | null {
  if (first === null || !first.clean || second.notText || second.repeatedIds || first.importer.repeatedIds) return null;
  const a = first.result;
  const b = second.result;
  if (a.delimiter !== dialect.delimiter || first.newline !== dialect.newline || a.columns.join('\u0000') !== b.columns.join('\u0000')) return null;
  const encoding = jointEncoding(first, second);
  if (encoding === null) return null;
  if (sharedIds(first.importer.ids.entries(), second.ids).length > 0) return null;

  (a.tally as unknown as PartTally<R, unknown>).absorb(second.tally);
  const records = [...a.records, ...(b.records as R[])];
  const kept = records.slice(0, limits.keepRecords);
  const stats = {
    rowsRead: a.stats.rowsRead + b.stats.rowsRead,
    rowsUsed: a.stats.rowsUsed + b.stats.rowsUsed,
    rowsRejected: a.stats.rowsRejected + b.stats.rowsRejected,
    // The first part's last line, if blank, is a blank line of the file: more follows it.
    blankLines: a.stats.blankLines + b.stats.blankLines + (first.blankAtEnd ? 1 : 0),
  };
  const problems = joinProblems(a, b, limits.problemLimit);
  if (stats.rowsRead === 0) problems.add(makeProblem('file.noRows', 'warning', { file: a.file, line: 2 }, {}));
  return {
    ...a,
    encoding: encoding.encoding,
    reread: encoding.reread,
    records: kept,
    recordsOmitted: a.recordsOmitted + b.recordsOmitted + (records.length - kept.length),
    problems: problems.kept,
    problemCounts: problems.byCode,
    severityCounts: problems.bySeverity,
    problemsTruncated: problems.truncated(),
    stats,
  };
}

/** Both parts' problems in file order, the first `limit` kept, every one counted. */
function joinProblems(a: Omit<ImportResult<unknown, unknown>, 'tally'>, b: Omit<ImportResult<unknown, unknown>, 'tally'>, limit: number) {
  const kept = [...a.problems, ...b.problems].slice(0, limit);
  const byCode: Partial<Record<ProblemCode, number>> = { ...a.problemCounts };
  for (const [code, n] of Object.entries(b.problemCounts) as [ProblemCode, number][]) byCode[code] = (byCode[code] ?? 0) + n;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of Object.keys(bySeverity) as Severity[]) bySeverity[s] = a.severityCounts[s] + b.severityCounts[s];
  const total = (): number => Object.values(bySeverity).reduce((n, k) => n + k, 0);
  return {
    kept,
    byCode,
    bySeverity,
    truncated: () => total() - kept.length,
    add(p: Problem) {
      if (kept.length < limit) kept.push(p);
      byCode[p.code] = (byCode[p.code] ?? 0) + 1;
      bySeverity[p.severity]++;
    },
  };
}
