/**
 * The machine-readable summary of a build: the CLI's `--json` contract (outputs, indicators,
 * metrics, problems) plus per-file import counts and the coverage check.
 */
import type { Lang } from '../common/lang.js';
import type { Problem, ProblemCode } from '../common/problem.js';
import { problemExpected, problemMessage } from '../common/messages/index.js';
import type { ReportBuild } from './build-report.js';
import type { JsonContribution } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { sectionOf } from '../report/context.js';
import { importsOf } from './import-inputs.js';

export interface JsonProblem {
  file: string;
  line: number | null;
  column: string | null;
  severity: Problem['severity'];
  message: string;
  code: Problem['code'];
  columnNumber: number | null;
  expected: string | null;
  found: string | null;
}

export interface BuildSummary {
  ok: boolean;
  outputs: string[];
  year: number | null;
  lang: Lang;
  indicators: { '418-1': { a_i: number; a_ii: number; a: number; b: number } | null };
  metrics: Record<string, number | null>;
  service: Record<string, { value: number | null; prev: number | null; unit: string; categories: Record<string, number | null> }>;
  imports: {
    kind: string;
    file: string;
    encoding: string | null;
    delimiter: string | null;
    rowsRead: number;
    rowsUsed: number;
    rowsRejected: number;
    blankLines: number;
    /** SHA-256 of the file's bytes (null when it could not be read as text). */
    sha256: string | null;
    /** The file was reread as Windows-1250 after invalid UTF-8 turned up late in it. */
    reread: boolean;
    /** Every problem found in the file, by code, including those not listed in `problems`. */
    problemCounts: Partial<Record<ProblemCode, number>>;
    /** Problems of this file counted but not listed (each file lists its first 1,000). */
    problemsTruncated: number;
  }[];
  /** Problems counted but not listed in `problems`, over all files. */
  problemsTruncated: number;
  coverage: { code: string; status: string; missing: { item: string; reason: string }[] }[];
  problems: JsonProblem[];
}

export function jsonProblem(p: Problem, lang: Lang): JsonProblem {
  return {
    file: p.file,
    line: p.line,
    column: p.column,
    severity: p.severity,
    message: problemMessage(p, lang),
    code: p.code,
    columnNumber: p.columnNumber,
    expected: problemExpected(p, lang),
    found: p.found,
  };
}

export function summarize(build: ReportBuild, lang: Lang, outputs: string[]): BuildSummary {
  const ctx = build.chapter.context;
  const fields: Required<JsonContribution> = { indicators: {}, metrics: {}, service: {} };
  for (const kind of KINDS) {
    const section = sectionOf(ctx, kind.contextKey);
    const part = kind.json(section.available ? section : null);
    Object.assign(fields.indicators, part.indicators);
    Object.assign(fields.metrics, part.metrics);
    Object.assign(fields.service, part.service);
  }
  return {
    ok: build.ok,
    outputs,
    year: ctx.year,
    lang,
    indicators: fields.indicators as BuildSummary['indicators'],
    metrics: fields.metrics,
    service: fields.service as BuildSummary['service'],
    imports: importsOf(build.inputs).map((r) => ({
      kind: r.kind,
      file: r.file,
      encoding: r.encoding,
      delimiter: r.delimiter,
      ...r.stats,
      sha256: r.sha256,
      reread: r.reread,
      problemCounts: r.problemCounts,
      problemsTruncated: r.problemsTruncated,
    })),
    problemsTruncated: importsOf(build.inputs).reduce((n, r) => n + r.problemsTruncated, 0),
    coverage: build.chapter.coverage.map((d) => ({
      code: d.code,
      status: d.status,
      missing: d.items.filter((i) => i.status !== 'stated').map((i) => ({ item: i.id, reason: i.status })),
    })),
    problems: build.problems.map((p) => jsonProblem(p, lang)),
  };
}
