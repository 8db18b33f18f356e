/**
 * What a build is asked for and what it gives: CSV bytes + settings + narratives + templates →
 * problems, figures, coverage and the document model (built by a report session,
 * report-session.ts). Callers (CLI, app) decide what to write: nothing is written when `ok` is false.
 */
import type { GriCatalogue } from '../catalogue/gri-catalogue.js';
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { BuildStamp } from '../doc/manifest.js';
import type { ValueMappings } from '../kinds/value-mappings.js';
import type { Problem } from '../common/problem.js';
import type { ProjectSettings } from '../report/settings.js';
import type { ChapterResult, Narratives } from './build-chapter.js';
import type { ImportedInputs, InputFiles } from './import-inputs.js';

export interface ReportRequest {
  settings: ProjectSettings;
  files: InputFiles;
  narratives: Narratives;
  /** Template sources by path relative to templates/ (e.g. `pl/chapter.hbs`). */
  templates: Record<string, string>;
  /** Values the user mapped to known ones (saved in the project). */
  mappings?: ValueMappings;
  catalogues?: { metrics?: MetricCatalogue; gri?: GriCatalogue };
  /** App version and generation time: with them the document carries a build manifest. */
  build?: BuildStamp;
}

export interface ReportBuild {
  /** No error anywhere: outputs may be written. */
  ok: boolean;
  inputs: ImportedInputs;
  chapter: ChapterResult;
  /** Import problems first (by file, in line order), then narrative and template problems. */
  problems: Problem[];
}
