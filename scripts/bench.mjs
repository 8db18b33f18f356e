#!/usr/bin/env node
// `npm run bench`: measures the targets of issue 5 on this machine and prints a table.
//
//   import    the validated streaming import of a 1,000,000-row privacy register (UTF-8 and
//             Windows-1250) with its 418-1 figures, against bare papaparse streaming the same file
//             (anchor); ≤ 1.3× the anchor's time and < 300 MB peak memory
//   preview   data imported once, one narrative edited → new HTML fragment, in process;
//             ≤ 20 ms median, ≤ 50 ms p95
//   export    DOCX + HTML of the sample chapter, warm, in process; ≤ 100 ms
//   cli       whole-process `csr-report build` of the sample (DOCX + HTML), against
//             `pandoc chapter.html -o chapter.docx` (anchor, skipped without pandoc); ≤ 0.7×.
//             For reference: `node -e 0`, `check`, `--format html`, and `build` without the V8
//             code cache (the cold start of a Node the cache was not made for), and, where
//             NODE_EXTRA_CA_CERTS is set, `build` without it (Node 20 loads those certificates
//             before any script runs)
//
// Every measured run is a fresh child process (peak memory is that child's maxRSS); runs come
// after a warm-up and anchors alternate with the cases they anchor, so both see the same load.
// Inputs are generated into bench-results/inputs (git-ignored) once; results go to
// bench-results/latest.json (the run before is kept as previous.json, and compared with).
//
// Options: --rows N (default 1000000), --runs N (default 5), --only import|preview|export|cli
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuild-options.mjs';
import { generateRegister } from './bench/generate-register.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench-results');
const INPUTS = join(OUT, 'inputs');
const { values: opts } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' }, only: { type: 'string' } },
});
const ROWS = Number(opts.rows);
const RUNS = Number(opts.runs);
const want = (name) => opts.only === undefined || opts.only === name;
const log = (text) => process.stderr.write(`${text}\n`);

// ---------- statistics ----------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];

// ---------- building what is measured ----------
async function buildAll() {
  log('Building the CLI and the bench cases…');
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  await build({ ...NODE_BUNDLE, entryPoints: { cases: join(ROOT, 'scripts/bench/cases.ts'), 'part-worker': join(ROOT, 'cli/part-worker.ts') }, outdir: join(ROOT, 'dist/bench') });
}

// ---------- inputs ----------
const GENERATOR_VERSION = 1;

async function registers() {
  mkdirSync(INPUTS, { recursive: true });
  const meta = join(INPUTS, `register-${ROWS}.json`);
  const files = { 'utf-8': join(INPUTS, `register-${ROWS}-utf8.csv`), 'windows-1250': join(INPUTS, `register-${ROWS}-cp1250.csv`) };
  const known = existsSync(meta) ? JSON.parse(readFileSync(meta, 'utf8')) : null;
  if (known?.version !== GENERATOR_VERSION || !Object.values(files).every(existsSync)) {
    let expected;
    for (const [encoding, path] of Object.entries(files)) {
      log(`Generating ${ROWS.toLocaleString('en')} rows (${encoding}) → ${path}`);
      expected = (await generateRegister(path, { rows: ROWS, encoding })).expected;
    }
    writeFileSync(meta, JSON.stringify({ version: GENERATOR_VERSION, expected }, null, 2));
  }
  return { files, expected: JSON.parse(readFileSync(meta, 'utf8')).expected };
}

/** The sample chapter's HTML, written by the CLI: what pandoc converts. */
function sampleChapter() {
  const dir = join(INPUTS, 'sample-chapter');
  rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, ['cli/csr-report.mjs', 'build', '--project', 'data/sample', '--out', dir, '--format', 'html'], { cwd: ROOT, stdio: 'pipe' });
  return join(dir, 'customer-services-2020-pl.html');
}

// ---------- running ----------
/** One child running a case of dist/bench/cases.mjs; its JSON line. */
function runCase(...args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/cases.mjs'), ...args.map(String)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`case ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time of a whole process, ms; its peak RSS (MB) when GNU time is there to tell. */
function runProcess(command, args, env = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}
function peakOf(command, args, env = process.env) {
  if (GNU_TIME === null) return null;
  const r = spawnSync(GNU_TIME, ['-f', '%M', command, ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
}
const hasCommand = (name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0;

const rows = [];
const results = { machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadBefore: loadavg() }, date: new Date().toISOString(), rows: ROWS, runs: RUNS, cases: {} };

function record(name, data) {
  results.cases[name] = data;
  rows.push({ name, ...data });
}

async function benchImport() {
  const { files, expected } = await registers();
  for (const [encoding, path] of Object.entries(files)) {
    const size = statSync(path).size;
    log(`Import, ${encoding} (${(size / 1048576).toFixed(0)} MB): warm-up, then ${RUNS} runs of each, alternating…`);
    const anchor = [];
    const ours = [];
    runCase('papaparse', path, encoding);
    runCase('import', path, size, 2020);
    for (let i = 0; i < RUNS; i++) {
      anchor.push(runCase('papaparse', path, encoding));
      ours.push(runCase('import', path, size, 2020));
    }
    // The figures must be right, or the time means nothing.
    for (const r of ours) {
      for (const year of ['2019', '2020']) {
        const want = expected[year];
        const got = r.figures[year];
        if (JSON.stringify(got) !== JSON.stringify({ a_i: want.a_i, a_ii: want.a_ii, a: want.a, b: want.b })) {
          throw new Error(`418-1 ${year} of the ${encoding} register: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
        }
      }
    }
    const a = { median: median(anchor.map((r) => r.ms)), p95: p95(anchor.map((r) => r.ms)), cpu: median(anchor.map((r) => r.cpuMs)), peakMb: Math.max(...anchor.map((r) => r.peakMb)) };
    record(`papaparse (anchor), ${encoding}`, { ...a, anchor: null, target: null });
    const o = { median: median(ours.map((r) => r.ms)), p95: p95(ours.map((r) => r.ms)), cpu: median(ours.map((r) => r.cpuMs)), peakMb: Math.max(...ours.map((r) => r.peakMb)) };
    const ratio = o.median / a.median;
    record(`import + 418-1, ${encoding}`, {
      ...o,
      anchor: `papaparse, ${encoding}`,
      ratio,
      cpuRatio: o.cpu / a.cpu,
      target: '≤ 1.3×, < 300 MB',
      pass: ratio <= 1.3 && o.peakMb < 300,
      figures2020: ours[0].figures['2020'],
    });
  }
}

function benchPreview() {
  log('Preview (in process, 200 updates after 20 warm-ups)…');
  const r = runCase('preview', 200);
  record('preview update (in process)', { median: r.median, p95: r.p95, peakMb: r.peakMb, anchor: null, target: '≤ 20 ms median, ≤ 50 ms p95', pass: r.median <= 20 && r.p95 <= 50 });
}

function benchExport() {
  log('Export DOCX + HTML (in process, 30 runs after 5 warm-ups)…');
  const r = runCase('export', 30);
  record('export DOCX + HTML, warm (in process)', { median: r.median, p95: r.p95, peakMb: r.peakMb, anchor: null, target: '≤ 100 ms', pass: r.median <= 100 });
}

function benchCli() {
  const html = sampleChapter();
  const out = join(tmpdir(), `raport-bench-${process.pid}`);
  const cli = ['cli/csr-report.mjs', 'build', '--project', 'data/sample', '--out', out];
  const pandocArgs = [html, '-o', join(out, 'pandoc.docx')];
  const pandoc = hasCommand('pandoc');
  const runs = Math.max(RUNS, 10);
  log(`Whole-process build of the sample: warm-up, then ${runs} runs${pandoc ? ', alternating with pandoc' : ''}…`);
  mkdirSync(out, { recursive: true });
  runProcess(process.execPath, cli);
  if (pandoc) runProcess('pandoc', pandocArgs);
  const ours = [];
  const theirs = [];
  const bare = [];
  const htmlOnly = [];
  const check = [];
  const cold = [];
  const htmlArgs = [...cli, '--format', 'html'];
  const checkArgs = ['cli/csr-report.mjs', 'check', '--project', 'data/sample'];
  // As the first run where no V8 code cache fits (cli/bundle-loader.mjs): nothing read, nothing written.
  const noCodeCache = { ...process.env, RAPORT_NO_CODE_CACHE: '1' };
  // Node 20 reads and parses the certificates NODE_EXTRA_CA_CERTS names before running any script
  // (≈ 90 ms on the 2-core machine these figures come from). csr-report opens no connection; the
  // run without the variable shows what the build costs where it is not set.
  const extraCerts = process.env.NODE_EXTRA_CA_CERTS !== undefined;
  const noExtraCerts = { ...process.env };
  delete noExtraCerts.NODE_EXTRA_CA_CERTS;
  const withoutCerts = [];
  // Node starting and loading (not running) the two libraries every DOCX build needs: the part of
  // the whole-process time no change to our code can remove.
  const libsArgs = ['-e', ['docx', 'handlebars'].map((name) => `require('${name}');`).join(' ')];
  const libs = [];
  for (let i = 0; i < runs; i++) {
    ours.push(runProcess(process.execPath, cli));
    if (pandoc) theirs.push(runProcess('pandoc', pandocArgs));
    bare.push(runProcess(process.execPath, ['-e', '0']));
    libs.push(runProcess(process.execPath, libsArgs));
    htmlOnly.push(runProcess(process.execPath, htmlArgs));
    check.push(runProcess(process.execPath, checkArgs));
    cold.push(runProcess(process.execPath, cli, noCodeCache));
    if (extraCerts) withoutCerts.push(runProcess(process.execPath, cli, noExtraCerts));
  }
  /** A Node process timed in the same runs as pandoc, with its ratio to pandoc. */
  const pandocReference = (name, times, args, env = process.env) =>
    record(name, {
      median: median(times),
      p95: p95(times),
      peakMb: peakOf(process.execPath, args, env),
      anchor: pandoc ? 'pandoc' : null,
      ratio: pandoc ? median(times) / median(theirs) : null,
      target: null,
    });
  // For reference: where the whole-process time goes (Node's own start, the data and chapter, the DOCX).
  record('node -e 0 (start-up floor, for reference)', { median: median(bare), p95: p95(bare), peakMb: peakOf(process.execPath, ['-e', '0']), anchor: null, target: null });
  pandocReference('node loading docx + handlebars (floor, for reference)', libs, libsArgs);
  record('csr-report check, sample (reference)', { median: median(check), p95: p95(check), peakMb: peakOf(process.execPath, checkArgs), anchor: null, target: null });
  record('csr-report build --format html (reference)', { median: median(htmlOnly), p95: p95(htmlOnly), peakMb: peakOf(process.execPath, htmlArgs), anchor: null, target: null });
  if (pandoc) {
    record('pandoc chapter.html -o chapter.docx (anchor)', { median: median(theirs), p95: p95(theirs), peakMb: peakOf('pandoc', pandocArgs), anchor: null, target: null });
  }
  pandocReference('csr-report build, sample, no code cache (reference)', cold, cli, noCodeCache);
  if (extraCerts) pandocReference('csr-report build, NODE_EXTRA_CA_CERTS unset (reference)', withoutCerts, cli, noExtraCerts);
  const o = { median: median(ours), p95: p95(ours), peakMb: peakOf(process.execPath, cli) };
  record('csr-report build, sample (whole process)', {
    ...o,
    anchor: pandoc ? 'pandoc' : null,
    ratio: pandoc ? o.median / median(theirs) : null,
    target: '≤ 0.7× pandoc',
    pass: pandoc ? o.median / median(theirs) <= 0.7 : null,
    skipped: pandoc ? undefined : 'pandoc not installed',
  });
  rmSync(out, { recursive: true, force: true });
}

// ---------- the table ----------
function table(previous) {
  const fmt = (n, unit = '') => (n === null || n === undefined ? '–' : `${n >= 100 ? Math.round(n) : n.toFixed(1)}${unit}`);
  const head = ['case', 'median', 'p95', 'peak MB', 'ratio to anchor', 'target', 'result', 'previous median'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median, ' ms'),
    fmt(r.p95, ' ms'),
    r.peakMb === null || r.peakMb === undefined ? '–' : String(r.peakMb),
    r.skipped ? `skipped: ${r.skipped}` : r.ratio === undefined || r.ratio === null ? '' : `${r.ratio.toFixed(2)}× ${r.anchor}${r.cpuRatio ? ` (CPU ${r.cpuRatio.toFixed(2)}×)` : ''}`,
    r.target ?? '',
    r.pass === undefined || r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
    fmt(previous?.cases?.[r.name]?.median, ' ms'),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

await buildAll();
if (want('import')) await benchImport();
if (want('preview')) benchPreview();
if (want('export')) benchExport();
if (want('cli')) benchCli();
results.machine.loadAfter = loadavg();

mkdirSync(OUT, { recursive: true });
const latest = join(OUT, 'latest.json');
const previousPath = join(OUT, 'previous.json');
if (existsSync(latest)) renameSync(latest, previousPath);
// Only a run of the same size compares.
const before = existsSync(previousPath) ? JSON.parse(readFileSync(previousPath, 'utf8')) : null;
const previous = before?.rows === ROWS ? before : null;
writeFileSync(latest, `${JSON.stringify(results, null, 2)}\n`);
const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
process.stdout.write(
  `\n${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}; load average ${load(results.machine.loadBefore)} before, ${load(results.machine.loadAfter)} after\n\n${table(previous)}\n\nResults: ${latest}\n`,
);
