/**
 * A build session for the app's live preview: templates are compiled once, the CSV imports are
 * reused until an input's bytes, the value mappings or the catalogue change, and the figures (with
 * their provenance) until the imports, the year or the language change. A keystroke in a narrative
 * therefore re-renders the chapter without re-reading or re-counting anything.
 */
import { defaultGriCatalogue } from '../catalogue/gri-catalogue.js';
import { defaultMetricCatalogue, type MetricCatalogue } from '../catalogue/metric-catalogue.js';
import { importHasErrors } from '../import/import-table.js';
import { hasErrors } from '../common/problem.js';
import { buildReportContext, reportData, type ReportData } from '../report/build-context.js';
import { createChapterRenderer } from '../render/templates.js';
import { KINDS } from '../kinds/registry.js';
import { buildChapter, chapterOptions } from './build-chapter.js';
import type { ReportBuild, ReportRequest } from './build-report.js';
import { importInputs, importProblems, importsOf, type ImportedInputs, type InputFiles } from './import-inputs.js';

/**
 * What to build. Inputs come either as `files` (bytes, imported here and cached) or as `inputs`
 * already imported elsewhere (streamed in a worker or by the CLI); `inputs` wins when both are given.
 */
export type SessionRequest = Omit<ReportRequest, 'templates' | 'files'> & { files?: InputFiles; inputs?: ImportedInputs };

export interface ReportSession {
  build(req: SessionRequest): ReportBuild;
}

/** Remembers the last value computed for a key, compared item by item by identity. */
function lastOf<T>(): (key: readonly unknown[], compute: () => T) => T {
  let last: { key: readonly unknown[]; value: T } | null = null;
  return (key, compute) => {
    if (last !== null && key.length === last.key.length && key.every((k, i) => k === last!.key[i])) return last.value;
    const value = compute();
    last = { key, value };
    return value;
  };
}

export function createReportSession(templates: Record<string, string>): ReportSession {
  const render = createChapterRenderer(templates);
  const imports = lastOf<ImportedInputs>();
  const figures = lastOf<ReportData>();

  const importsFor = (req: SessionRequest, metrics: MetricCatalogue): ImportedInputs => {
    if (req.inputs !== undefined) return req.inputs;
    const files = req.files ?? {};
    // Identity, not content: callers hand over new byte arrays only when a file was re-read.
    const key = [...KINDS.map((k) => files[k.id]?.bytes), req.mappings, metrics];
    return imports(key, () => importInputs(files, metrics, req.mappings));
  };

  return {
    build(req) {
      const metrics = req.catalogues?.metrics ?? defaultMetricCatalogue;
      const { year, lang } = req.settings;
      const inputs = importsFor(req, metrics);
      const data = figures([inputs, year, lang, metrics], () => reportData(inputs, year, lang, metrics));
      const context = buildReportContext(req.settings, inputs, metrics, data);
      const chapter = buildChapter(context, req.narratives, render, req.catalogues?.gri ?? defaultGriCatalogue, chapterOptions(req.settings, inputs, templates, req.build));
      const problems = [...importProblems(inputs, year), ...chapter.problems];
      // Import errors are counted, not looked for among the problems kept in full.
      const ok = !importsOf(inputs).some(importHasErrors) && !hasErrors(chapter.problems) && chapter.doc !== null;
      return { ok, inputs, chapter, problems };
    },
  };
}
