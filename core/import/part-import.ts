/**
 * The second part of a split import (see split-import.ts), run wherever the host likes (a worker
 * thread in the CLI). It reads its byte range like a file that starts after the header, at a known
 * physical line, and answers with plain data that crosses a thread boundary by structured clone.
 */
import type { ContinuationPoint } from '../csv/row-reader.js';
import type { ColumnMappings } from '../csv/table.js';
import type { ImportResult, TableSpec } from './import-table.js';
import type { Tally, PartTally } from '../common/tally.js';
import type { Encoding } from '../text/decode.js';
import { ByteDecoder } from './byte-decoder.js';
import { noHash } from './hash.js';
import type { IdEntries } from './id-index.js';
import type { ByteSource } from './import-stream.js';
import { TextImporter, type PushAnswer } from './table-importer.js';

/** What the second part needs to know about the file, from its first part. */
export interface PartJob {
  kind: string;
  file: string;
  /** Byte range of the part: a row boundary to the end of the file. */
  start: number;
  end: number;
  header: string[];
  at: ContinuationPoint;
  mappings?: ColumnMappings;
  keepRecords?: number;
  problemLimit?: number;
}

/** The part's import, as plain data. */
export interface PartOutcome {
  /** The part's result without its tally (records, problems, counts, stats). */
  result: Omit<ImportResult<unknown, unknown>, 'tally'>;
  tally: unknown;
  ids: IdEntries;
  encoding: Encoding | null;
  /** Every byte of the part was ASCII: its text is the same whichever encoding the file has. */
  ascii: boolean;
  /** The part had to be read again as Windows-1250 (non-ASCII UTF-8, then invalid UTF-8). */
  reread: boolean;
  /** Bytes that are not text (NUL, say): the file as a whole fails, as a one-pass import reports. */
  notText: boolean;
  /** An id repeated within the part: only a pass in file order rejects the right row. */
  repeatedIds: boolean;
}

export interface PartProgress {
  bytesRead: number;
  rows: number;
}


export async function importPart<K extends string, R, T extends Tally<R>>(
  spec: TableSpec<K, R, T>,
  job: PartJob,
  source: ByteSource,
  options: { signal?: AbortSignal; onProgress?: (p: PartProgress) => void; progressEvery?: number } = {},
): Promise<PartOutcome | 'cancelled'> {
  for (const forceWindows1250 of [false, true]) {
    const decoder = new ByteDecoder(forceWindows1250, noHash, true);
    const importOptions = { mappings: job.mappings, keepRecords: job.keepRecords, problemLimit: job.problemLimit, deferIds: true };
    const importer = new TextImporter(spec, job.file, importOptions, forceWindows1250, {
      header: job.header,
      at: job.at,
    });
    const read = await readChunks(source, decoder, importer, options);
    if (read === 'cancelled') return read;
    const { answer } = read;
    if (answer === 'reread') continue;
    if (answer === 'more') {
      const { last, end } = decoder.end();
      if (importer.take(last) === 'reread') continue;
      if (!importer.isNotText) {
        const { tally, ...result } = importer.end(end);
        // First: checking for repeats sorts the ids' hashes, which the entries then carry along.
        const repeatedIds = importer.repeatedIds;
        const t = tally as unknown as PartTally<R, unknown>;
        return {
          result,
          tally: t.snapshot(),
          ids: importer.ids.entries(),
          encoding: end.encoding,
          ascii: decoder.asciiSoFar,
          reread: forceWindows1250,
          notText: false,
          repeatedIds,
        };
      }
    }
    const { tally: _tally, ...result } = importer.result;
    return { result, tally: null, ids: importer.ids.entries(), encoding: null, ascii: false, reread: forceWindows1250, notText: true, repeatedIds: false };
  }
  throw new Error('unreachable: a Windows-1250 pass cannot ask for a rereading');
}

/**
 * Feeds a part's bytes to its decoder and importer until they end or the importer stops; progress
 * every `progressEvery` bytes. Shared by both parts of a split import.
 */
export async function readChunks(
  source: ByteSource,
  decoder: ByteDecoder,
  importer: Pick<TextImporter<string, unknown, Tally<unknown>>, 'take' | 'result'>,
  options: { signal?: AbortSignal; onProgress?: (p: PartProgress) => void; progressEvery?: number },
): Promise<{ answer: PushAnswer; bytesRead: number } | 'cancelled'> {
  const { signal, onProgress, progressEvery = 1 << 20 } = options;
  let answer: PushAnswer = 'more';
  let bytesRead = 0;
  let reported = 0;
  for await (const chunk of source.open()) {
    if (signal?.aborted) return 'cancelled';
    bytesRead += chunk.length;
    answer = importer.take(decoder.push(chunk));
    if (answer !== 'more') break;
    if (onProgress !== undefined && bytesRead - reported >= progressEvery) {
      reported = bytesRead;
      onProgress({ bytesRead, rows: importer.result.stats.rowsRead });
    }
  }
  return signal?.aborted ? 'cancelled' : { answer, bytesRead };
}
