/**
 * Runs the second part of a split import in a worker thread (cli/part-worker.ts): the CLI's
 * `PartRunner`. The worker reads its byte range of the file itself; only the job and the answer
 * cross between the threads.
 */
import { Worker } from 'node:worker_threads';
import type { InputKind } from '../core/inputs/import-table.js';
import type { PartRunner } from '../core/import/split-import.js';
import type { PartWorkerData, PartWorkerMessage } from './part-worker.js';

/** `paths`: the file of each input kind; `workerUrl`: the bundled worker next to the running script. */
export function workerPartRunner(paths: Partial<Record<InputKind, string>>, workerUrl: URL): PartRunner {
  return (job, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const path = paths[job.kind];
      if (path === undefined) return reject(new Error(`no file for ${job.kind}`));
      // A smaller young generation than the default: the part's garbage is short-lived row strings,
      // and the whole import must stay within its memory budget with two heaps in one process.
      const worker = new Worker(workerUrl, { workerData: { job, path } satisfies PartWorkerData, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      const abort = () => {
        void worker.terminate();
        resolve('cancelled');
      };
      signal?.addEventListener('abort', abort, { once: true });
      worker.on('message', (m: PartWorkerMessage) => {
        if (m.type === 'progress') return onProgress(m);
        signal?.removeEventListener('abort', abort);
        resolve(m.outcome);
        void worker.terminate();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the import worker stopped (exit code ${code})`)));
    });
}
