/**
 * Runs the second part of a split import in a worker thread (cli/part-worker.ts): the CLI's
 * `PartRunner`. The worker reads its byte range of the file itself; only the job and the answer
 * cross between the threads.
 */
import { Worker } from 'node:worker_threads';
import type { PartRunner } from '../core/index.js';
import type { PartWorkerData, PartWorkerMessage } from './part-worker.js';

/** `paths`: the file of each input kind, by kind id; `workerUrl`: the bundled worker next to the running script. */
export function workerPartRunner(paths: Readonly<Record<string, string>>, workerUrl: URL): PartRunner {
  // A smaller young generation than the default: the part's garbage is short-lived row strings,
  // and the whole import must stay within its memory budget with two heaps in one process.
  const start = () => new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  /** Workers started by `prepare`, waiting for their job. */
  const ready = new Map<string, Worker>();

  const run: PartRunner = (job, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const path = paths[job.kind];
      if (path === undefined) return reject(new Error(`no file for ${job.kind}`));
      const worker = ready.get(job.kind) ?? start();
      ready.delete(job.kind);
      worker.ref();
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
      worker.postMessage({ job, path } satisfies PartWorkerData);
    });

  // Starting a thread and loading the importer into it takes ≈ 0.1 s: done while this thread probes
  // the file and finds the cut. Unreferenced until it has a job, so a worker nobody needs never
  // keeps the process alive.
  run.prepare = (kind) => {
    if (paths[kind] === undefined || ready.has(kind)) return { release: () => undefined };
    const worker = start();
    worker.unref();
    ready.set(kind, worker);
    // A worker that fails before its job is simply not used: the job starts another.
    worker.on('error', () => undefined);
    worker.once('exit', () => ready.get(kind) === worker && ready.delete(kind));
    return {
      release() {
        if (ready.get(kind) !== worker) return; // taken by a job, which ends it
        ready.delete(kind);
        void worker.terminate();
      },
    };
  };
  return run;
}
