/**
 * The whole pipeline in one call: CSV bytes + settings + narratives + templates → problems,
 * figures, coverage and the document model. Callers (CLI, app) decide what to write: nothing is
 * written when `ok` is false.
 */
import { defaultGriCatalogue, type GriCatalogue } from '../catalogue/gri-catalogue.js';
import { defaultMetricCatalogue, type MetricCatalogue } from '../catalogue/metric-catalogue.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { buildReportContext } from '../report/build-context.js';
import type { ProjectSettings } from '../report/settings.js';
import { createChapterRenderer } from '../render/templates.js';
import { buildChapter, type ChapterRenderer, type ChapterResult, type Narratives } from './build-chapter.js';
import { importInputs, importProblems, type ImportedInputs, type InputFiles } from './import-inputs.js';
import type { ValueMappings } from '../inputs/value-mappings.js';

export interface ReportRequest {
  settings: ProjectSettings;
  files: InputFiles;
  narratives: Narratives;
  /** Template sources by path relative to templates/ (e.g. `pl/chapter.hbs`), or a renderer made once. */
  templates: Record<string, string> | ChapterRenderer;
  /** Values the user mapped to known ones (saved in the project). */
  mappings?: ValueMappings;
  catalogues?: { metrics?: MetricCatalogue; gri?: GriCatalogue };
}

export interface ReportBuild {
  /** No error anywhere: outputs may be written. */
  ok: boolean;
  inputs: ImportedInputs;
  chapter: ChapterResult;
  /** Import problems first (by file, in line order), then narrative and template problems. */
  problems: Problem[];
}

export function buildReport(req: ReportRequest): ReportBuild {
  const metrics = req.catalogues?.metrics ?? defaultMetricCatalogue;
  const gri = req.catalogues?.gri ?? defaultGriCatalogue;
  const inputs = importInputs(req.files, req.settings.year, metrics, req.mappings);
  const context = buildReportContext(req.settings, inputs, metrics);
  const render = typeof req.templates === 'function' ? req.templates : createChapterRenderer(req.templates);
  const chapter = buildChapter(context, req.narratives, render, gri);
  const problems = [...importProblems(inputs), ...chapter.problems];
  return { ok: !hasErrors(problems) && chapter.doc !== null, inputs, chapter, problems };
}
