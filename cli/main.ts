/**
 * `csr-report build|check`: the headless pipeline on files from disk.
 * Exit 0 on success, 1 when the data has errors (nothing written), 2 on a usage error.
 * With --json exactly one JSON object goes to stdout in every case; progress goes to stderr.
 *
 * Inputs are streamed chunk by chunk into core's importer, so a register of millions of rows is
 * read in flat memory; SHA-256 uses Node's native hash, which is much faster than the portable one.
 */
import { createHash } from 'node:crypto';
import { createReportSession, defaultMetricCatalogue, importInputsStream, summarize, type BuildSummary, type Lang } from '../core/index.js';
import { workerPartRunner } from './part-runner.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './args.js';
import { loadRequest } from './load-request.js';
import { formatReport } from './print-report.js';
import { BIG_FILE, ProgressReporter } from './progress.js';
import { buildStamp } from './build-stamp.js';
import { outputOptions, writeOutputs } from './write-outputs.js';

function usageFailure(message: string, json: boolean): number {
  if (json) {
    const summary: Partial<BuildSummary> & { error: string } = {
      ok: false,
      error: message,
      outputs: [],
      problems: [{ file: '', line: null, column: null, severity: 'error', message, code: 'project.invalid', columnNumber: null, expected: null, found: null }],
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    process.stderr.write(`${message ? `${message}\n\n` : ''}${USAGE}\n`);
  }
  return message === '' ? 0 : 2;
}

async function run(opts: CliOptions): Promise<number> {
  const { request, sources, inputs } = loadRequest(opts);
  request.build = buildStamp(opts.project, inputs);
  const output = await outputOptions(opts, request.settings);
  const lang: Lang = request.settings.lang;
  const big = new Set(inputs.filter((i) => i.size > BIG_FILE).map((i) => sources[i.kind]!.name));
  const progress = big.size > 0 ? new ProgressReporter(process.stderr, lang) : null;

  const imported = await importInputsStream(sources, request.catalogues?.metrics ?? defaultMetricCatalogue, request.mappings, {
    hash: () => createHash('sha256'),
    // The CLI reports figures, never rows: keep no records.
    keepRecords: 0,
    onProgress: progress ? (_kind, file, p) => big.has(file) && progress.report(file, p) : undefined,
    // A large register is read in two halves at once; the second in a worker thread.
    runPart: workerPartRunner(Object.fromEntries(inputs.map((i) => [i.kind, i.path])), new URL('./part-worker.mjs', import.meta.url)),
  });
  // Nothing aborts a CLI import; the union is only narrowed here.
  if (imported === 'cancelled') return 1;

  const build = createReportSession(request.templates).build({ ...request, inputs: imported });
  const outputs = opts.command === 'build' && build.ok && build.chapter.doc !== null
    ? await writeOutputs(build.chapter.doc, request.settings.year, opts.out, opts.formats, output)
    : [];
  if (opts.json) process.stdout.write(`${JSON.stringify(summarize(build, lang, outputs), null, 2)}\n`);
  else process.stdout.write(`${formatReport(build, lang, outputs)}\n`);
  return build.ok ? 0 : 1;
}

export async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
    return await run(opts);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(e.message, json);
    throw e;
  }
}
