/**
 * Worker thread entry: imports the second part of a split input file (core/import/part-import.ts)
 * and posts progress, then the outcome, to the thread that started it.
 */
import { parentPort } from 'node:worker_threads';
import { defaultMetricCatalogue, importPart, KINDS, type PartJob, type PartOutcome } from '../core/index.js';
import { fileSource } from './file-source.js';

export interface PartWorkerData {
  job: PartJob;
  path: string;
}

export type PartWorkerMessage =
  | { type: 'progress'; bytesRead: number; rows: number }
  | { type: 'done'; outcome: PartOutcome | 'cancelled' };

// The job comes as the first message: the thread may be started before its job is known (PartRunner.prepare).
const { job, path } = await new Promise<PartWorkerData>((resolve) => parentPort!.once('message', resolve));
const post = (message: PartWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

// Only a kind whose tally can be counted in parts is ever split (see PartTally).
const kind = KINDS.find((k) => k.id === job.kind);
if (kind === undefined || !kind.splittable) throw new Error(`cannot split a ${job.kind} file`);
const outcome = await importPart(kind.spec({ metrics: defaultMetricCatalogue }), job, fileSource(path, job.end).range!(job.start, job.end), {
  onProgress: (p) => post({ type: 'progress', ...p }),
});
// The id index is the bulk of the answer: move its buffers rather than copy them.
const transfer = outcome === 'cancelled' ? [] : Object.values(outcome.ids).map((a: Uint8Array | Uint16Array | Uint32Array) => a.buffer as ArrayBuffer);
post({ type: 'done', outcome }, transfer);
