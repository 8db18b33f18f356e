/**
 * `csr-report build|check`: the headless pipeline on files from disk.
 * Exit 0 on success, 1 when the data has errors (nothing written), 2 on a usage error.
 * With --json exactly one JSON object goes to stdout in every case; progress goes to stderr.
 */
import type { Lang } from '../core/doc/model.js';
import { buildReport } from '../core/pipeline/build-report.js';
import { summarize, type BuildSummary } from '../core/pipeline/summary.js';
import { parseCli, UsageError, USAGE, type CliOptions } from './args.js';
import { loadRequest } from './load-request.js';
import { formatReport } from './print-report.js';
import { writeOutputs } from './write-outputs.js';

/** Inputs above this size get a progress line on stderr. */
const BIG_FILE = 5 * 1024 * 1024;

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
  const { request, inputs } = loadRequest(opts);
  const lang: Lang = request.settings.lang;
  const big = inputs.filter((i) => i.size > BIG_FILE);
  const started = performance.now();
  for (const i of big) process.stderr.write(`${lang === 'pl' ? 'Wczytywanie' : 'Reading'} ${i.path} (${(i.size / 1048576).toFixed(1)} MB)…\n`);

  const build = buildReport(request);

  if (big.length > 0) {
    const rows = [build.inputs.privacy, build.inputs.service, build.inputs.accessibility].reduce((n, r) => n + (r?.stats.rowsRead ?? 0), 0);
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(`${rows} ${lang === 'pl' ? 'wierszy' : 'rows'}, ${secs.toFixed(1)} s (${Math.round(rows / secs)} ${lang === 'pl' ? 'wierszy/s' : 'rows/s'})\n`);
  }
  const outputs = opts.command === 'build' && build.ok && build.chapter.doc !== null
    ? await writeOutputs(build.chapter.doc, request.settings.year, opts.out, opts.formats)
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
