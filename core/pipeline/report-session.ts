/**
 * A build session for the app's live preview: templates are compiled once, and the CSV imports
 * are reused until an input's bytes, the value mappings, the year or the catalogue change. A
 * keystroke in a narrative therefore re-renders the chapter without re-reading any file.
 */
import { defaultGriCatalogue } from '../catalogue/gri-catalogue.js';
import { defaultMetricCatalogue } from '../catalogue/metric-catalogue.js';
import { hasErrors } from '../problems/problem.js';
import { buildReportContext } from '../report/build-context.js';
import { createChapterRenderer } from '../render/templates.js';
import { buildChapter } from './build-chapter.js';
import type { ReportBuild, ReportRequest } from './build-report.js';
import { importInputs, importProblems, type ImportedInputs } from './import-inputs.js';

export type SessionRequest = Omit<ReportRequest, 'templates'>;

export interface ReportSession {
  build(req: SessionRequest): ReportBuild;
}

export function createReportSession(templates: Record<string, string>): ReportSession {
  const render = createChapterRenderer(templates);
  let last: { key: unknown[]; inputs: ImportedInputs } | null = null;

  const importsFor = (req: SessionRequest): ImportedInputs => {
    const metrics = req.catalogues?.metrics ?? defaultMetricCatalogue;
    // Identity, not content: callers hand over new byte arrays only when a file was re-read.
    const key = [req.files.privacy?.bytes, req.files.service?.bytes, req.files.accessibility?.bytes, req.mappings, req.settings.year, metrics];
    if (last !== null && key.every((k, i) => k === last!.key[i])) return last.inputs;
    const inputs = importInputs(req.files, req.settings.year, metrics, req.mappings);
    last = { key, inputs };
    return inputs;
  };

  return {
    build(req) {
      const metrics = req.catalogues?.metrics ?? defaultMetricCatalogue;
      const inputs = importsFor(req);
      const context = buildReportContext(req.settings, inputs, metrics);
      const chapter = buildChapter(context, req.narratives, render, req.catalogues?.gri ?? defaultGriCatalogue);
      const problems = [...importProblems(inputs), ...chapter.problems];
      return { ok: !hasErrors(problems) && chapter.doc !== null, inputs, chapter, problems };
    },
  };
}
