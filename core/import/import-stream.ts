/**
 * Imports a file that arrives as a stream of byte chunks (a Node read stream, a browser
 * `File.stream()`, an array in a test), with progress and cancellation. Memory stays flat however
 * large the file: rows are validated and counted as they are parsed, and only `keepRecords` of them
 * (default STREAM_RECORDS_KEPT) are kept for display.
 */
import type { ImportOptions, ImportResult, TableSpec } from './import-table.js';
import type { Tally } from '../common/tally.js';
import { ByteDecoder, type DecodedEnd, type DecodedPiece } from './byte-decoder.js';
import type { HashFactory } from './hash.js';
import { TextImporter, type PushAnswer } from './table-importer.js';

/** A file that can be read from its first byte, more than once if need be. */
export interface ByteSource {
  /** Total size in bytes, when known (progress shows a fraction then). */
  size?: number;
  /**
   * A fresh pass over the bytes from the start. Called a second time only when the file has to be
   * reread as Windows-1250 (invalid UTF-8 after non-ASCII UTF-8 text; see StreamDecoder).
   */
  open(): AsyncIterable<Uint8Array>;
  /** The bytes from `start` up to `end` (exclusive) as a source of their own; lets a large file be split. */
  range?(start: number, end: number): ByteSource;
}

/** One step of a decoded file: a piece of text (and the bytes read so far), or, last, the end. */
type DecodedStep = { piece: DecodedPiece; bytesRead: number } | { end: DecodedEnd };

/** Decodes a byte source as it is read. */
async function* decode(source: ByteSource, forceWindows1250: boolean, hash?: HashFactory): AsyncGenerator<DecodedStep> {
  const decoder = new ByteDecoder(forceWindows1250, hash);
  let bytesRead = 0;
  for await (const chunk of source.open()) {
    bytesRead += chunk.length;
    yield { piece: decoder.push(chunk), bytesRead };
  }
  const { last, end } = decoder.end();
  yield { piece: last, bytesRead };
  yield { end };
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number | null;
  /** Data rows read so far (the header not counted). */
  rows: number;
  /** true on the last report, once the file is imported. */
  done: boolean;
}

export interface StreamImportOptions extends ImportOptions {
  /** Aborting stops the import between two chunks; it then resolves to `{ status: 'cancelled' }`. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Bytes between two progress reports (default 1 MiB); a last report always comes at the end. */
  progressEvery?: number;
}

export type StreamOutcome<R, T> = { status: 'done'; result: ImportResult<R, T> } | { status: 'cancelled' };

/** Used records a streamed import keeps by default: enough to show, bounded whatever the file. */
export const STREAM_RECORDS_KEPT = 10_000;

export const CANCELLED = { status: 'cancelled' } as const;

/**
 * Streams `source` through a `ByteDecoder` and a `TextImporter`. `makeSpec` is called for each
 * pass (a spec may keep per-import state, like the warnings it has already given). A cancelled
 * import leaves nothing behind: the partial importer is dropped and the source closed.
 */
export async function importTableStream<K extends string, R, T extends Tally<R>>(
  makeSpec: () => TableSpec<K, R, T>,
  file: string,
  source: ByteSource,
  options: StreamImportOptions = {},
): Promise<StreamOutcome<R, T>> {
  const first = await pass(makeSpec, file, source, options, false);
  if (first !== 'reread') return first;
  const second = await pass(makeSpec, file, source, options, true);
  if (second === 'reread') throw new Error('a Windows-1250 pass cannot ask for a rereading');
  return second;
}

async function pass<K extends string, R, T extends Tally<R>>(
  makeSpec: () => TableSpec<K, R, T>,
  file: string,
  source: ByteSource,
  options: StreamImportOptions,
  forceWindows1250: boolean,
): Promise<StreamOutcome<R, T> | 'reread'> {
  const { signal, onProgress, progressEvery = 1 << 20 } = options;
  const importer = new TextImporter(makeSpec(), file, { keepRecords: STREAM_RECORDS_KEPT, ...options }, forceWindows1250);
  const stats = importer.result.stats;
  const totalBytes = source.size ?? null;
  const steps = decode(source, forceWindows1250, options.hash);
  let bytesRead = 0;
  let reported = 0;
  let answer: PushAnswer = 'more';
  if (signal?.aborted) return CANCELLED;
  // Leaving the loop early (break or return) closes the source's iterator, and so the file.
  for await (const step of steps) {
    if (signal?.aborted) return CANCELLED;
    if ('end' in step) {
      const result = importer.end(step.end);
      onProgress?.({ bytesRead, totalBytes, rows: stats.rowsRead, done: true });
      return { status: 'done', result };
    }
    bytesRead = step.bytesRead;
    answer = importer.take(step.piece);
    if (answer === 'reread') return 'reread';
    if (answer === 'stop') break;
    if (onProgress !== undefined && bytesRead - reported >= progressEvery) {
      reported = bytesRead;
      onProgress({ bytesRead, totalBytes, rows: stats.rowsRead, done: false });
    }
  }
  if (signal?.aborted) return CANCELLED;
  // The file is not text: that is the whole result, and the rest of it need not be read.
  const result = importer.end({ encoding: null, textLength: 0, bytes: bytesRead, sha256: '' });
  onProgress?.({ bytesRead, totalBytes, rows: stats.rowsRead, done: true });
  return { status: 'done', result };
}

/** A source over bytes already in memory, cut into chunks of `chunkSize` (tests, small files). */
export function bytesSource(bytes: Uint8Array, chunkSize = 1 << 16): ByteSource {
  return {
    size: bytes.length,
    async *open() {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    },
    range: (start, end) => bytesSource(bytes.subarray(start, end), chunkSize),
  };
}
