/**
 * The benchmark's measured cases, one per child process (`node dist/bench/cases.mjs <case> …`), so
 * each starts cold and its peak memory is its own. Prints one JSON line: the times in ms of the
 * measured runs, the process's peak RSS in MB and anything the case checked.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { defaultMetricCatalogue } from '../../core/catalogue/metric-catalogue.js';
import { writeDocx } from '../../core/doc/to-docx.js';
import { writeHtml, writeHtmlFragment } from '../../core/doc/to-html.js';
import { importInputsStream } from '../../core/pipeline/import-inputs.js';
import { createReportSession } from '../../core/pipeline/report-session.js';
import { kindOf } from '../../core/kinds/registry.js';
import { parseCli } from '../../cli/args.js';
import { CHUNK_BYTES, fileSource, loadRequest } from '../../cli/load-request.js';
import { rasterize } from '../../cli/rasterize.js';
import { workerPartRunner } from '../../cli/part-runner.js';

const [, , name = '', ...args] = process.argv;
const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
/** CPU time (user + system) of this process so far, ms: less disturbed than wall time by other load. */
const cpuMs = (): number => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};
const done = (result: Record<string, unknown>): void => {
  process.stdout.write(`${JSON.stringify({ ...result, peakMb: peakMb() })}\n`);
};

/** The anchor: papaparse streaming the decoded file, counting rows, validating nothing. */
async function papaparse(file: string, encoding: string): Promise<void> {
  const started = performance.now();
  const cpu = cpuMs();
  const decoder = new TextDecoder(encoding);
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, next) {
      next(null, decoder.decode(chunk, { stream: true }));
    },
    flush(next) {
      const rest = decoder.decode();
      next(null, rest === '' ? undefined : rest);
    },
  });
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { highWaterMark: CHUNK_BYTES }).pipe(text), {
      delimiter: ';',
      step: () => void rows++,
      complete: () => resolve(),
      error: reject,
    });
  });
  done({ ms: performance.now() - started, cpuMs: cpuMs() - cpu, rows: rows - 1 });
}

/** The validated streaming import, exactly as `csr-report` runs it, and the 418-1 figures. */
async function importRegister(file: string, size: number, year: number): Promise<void> {
  const started = performance.now();
  const cpu = cpuMs();
  const split: string[] = [];
  const inputs = await importInputsStream({ privacy: { name: 'register.csv', source: fileSource(file, size) } }, defaultMetricCatalogue, {}, {
    hash: () => createHash('sha256'),
    keepRecords: 0,
    // As the CLI does: the second half of the file in a worker thread.
    runPart: workerPartRunner({ privacy: file }, new URL('./part-worker.mjs', import.meta.url)),
    onSplit: (how) => split.push(how),
  });
  if (inputs === 'cancelled' || inputs.privacy === null) throw new Error('import did not finish');
  const section = kindOf('privacy').section(inputs.privacy, year, 'pl', { metrics: defaultMetricCatalogue });
  const ms = performance.now() - started;
  const cpuUsed = cpuMs() - cpu;
  const r = inputs.privacy;
  const figures = Object.fromEntries([year - 1, year].map((y) => {
    const f = r.tally.year(y);
    return [y, { a_i: f.a_i, a_ii: f.a_ii, a: f.a, b: f.b }];
  }));
  done({ ms, cpuMs: cpuUsed, rows: r.stats.rowsRead, used: r.stats.rowsUsed, encoding: r.encoding, split: split.join(',') || 'one pass', figures, available: section !== null });
}

function sampleRequest() {
  const { request, sources } = loadRequest(parseCli(['build', '--project', 'data/sample']));
  return { request, sources };
}

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** Preview: the data imported once, then one narrative edited per update → a new HTML fragment. */
async function preview(runs: number): Promise<void> {
  const { request, sources } = sampleRequest();
  const inputs = await importInputsStream(sources, defaultMetricCatalogue, request.mappings ?? {});
  if (inputs === 'cancelled') throw new Error('cancelled');
  const session = createReportSession(request.templates);
  const base = request.narratives.sources;
  const update = (i: number): string => {
    const build = session.build({ ...request, inputs, narratives: { ...request.narratives, sources: { ...base, intro: `${base['intro'] ?? ''}\n\nEdit ${i}.` } } });
    if (build.chapter.doc === null) throw new Error('no chapter');
    return writeHtmlFragment(build.chapter.doc);
  };
  for (let i = 0; i < 20; i++) update(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    update(1000 + i);
    times.push(performance.now() - s);
  }
  done({ times, median: percentile(times, 0.5), p95: percentile(times, 0.95) });
}

/** Export: DOCX + HTML of the built sample chapter, warm, in process. */
async function exportFiles(runs: number): Promise<void> {
  const { request, sources } = sampleRequest();
  const inputs = await importInputsStream(sources, defaultMetricCatalogue, request.mappings ?? {});
  if (inputs === 'cancelled') throw new Error('cancelled');
  const build = createReportSession(request.templates).build({ ...request, inputs });
  const doc = build.chapter.doc;
  if (doc === null) throw new Error('no chapter');
  // As `csr-report build` writes them: the DOCX (chart fallbacks drawn with resvg, zipped with zlib) and the HTML page.
  const once = async (): Promise<number> => (await writeDocx(doc, { rasterize })).length + writeHtml(doc).length;
  for (let i = 0; i < 5; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await once();
    times.push(performance.now() - s);
  }
  done({ times, median: percentile(times, 0.5), p95: percentile(times, 0.95) });
}

const cases: Record<string, () => Promise<void> | void> = {
  papaparse: () => papaparse(args[0]!, args[1]!),
  import: () => importRegister(args[0]!, Number(args[1]), Number(args[2])),
  preview: () => preview(Number(args[0] ?? 200)),
  export: () => exportFiles(Number(args[0] ?? 30)),
};

const run = cases[name];
if (run === undefined) {
  process.stderr.write(`unknown case "${name}"; one of ${Object.keys(cases).join(', ')}\n`);
  process.exit(2);
}
await run();
