/** The chapter document built from the real templates and the fixture context, as the pipeline builds it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultGriCatalogue } from '../../core/catalogue/gri-catalogue.js';
import type { BuildManifest, DocumentModel } from '../../core/doc/model.js';
import type { FigureSource } from '../../core/common/figure-source.js';
import type { Lang } from '../../core/common/lang.js';
import type { Omission, StatementOfUse } from '../../core/gri/omissions.js';
import { problemMessage } from '../../core/common/messages/index.js';
import { buildChapter, type ChapterResult } from '../../core/pipeline/build-chapter.js';
import type { GriEdition } from '../../core/common/edition.js';
import type { ReportContext } from '../../core/report/context.js';
import { createChapterRenderer } from '../../core/render/templates.js';
import { reportContext } from '../fixtures/report-context.js';

const TEMPLATE_DIR = join(import.meta.dirname, '..', '..', 'templates');

/** The bundled templates by path relative to templates/, as the CLI hands them to core. */
export const TEMPLATES: Record<string, string> = Object.fromEntries(
  readdirSync(TEMPLATE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.hbs'))
    .map((path) => [relative(TEMPLATE_DIR, join(TEMPLATE_DIR, path)).split('\\').join('/'), readFileSync(join(TEMPLATE_DIR, path), 'utf8')]),
);
const render = createChapterRenderer(TEMPLATES);

export interface ChapterVariant {
  lang?: Lang;
  edition?: GriEdition;
  provenance?: Record<string, FigureSource>;
  manifest?: BuildManifest;
  omissions?: Record<string, Omission>;
  statementOfUse?: StatementOfUse;
  /** Narrative sources by section id (front matter declares the GRI items they state). */
  narratives?: Record<string, string>;
  patch?: Partial<ReportContext>;
}

export function chapterResult(v: ChapterVariant = {}): ChapterResult {
  const lang = v.lang ?? 'pl';
  const base = reportContext(lang);
  const edition = v.edition ?? '2016';
  const ctx: ReportContext = { ...base, edition, ...(v.provenance ? { provenance: v.provenance } : {}), ...v.patch };
  const settings = { ...(v.omissions ? { omissions: v.omissions } : {}), ...(v.statementOfUse ? { statementOfUse: v.statementOfUse } : {}) };
  return buildChapter(
    ctx,
    { sources: v.narratives ?? {}, fileName: (id) => `narratives/${lang}/${id}.md` },
    render,
    defaultGriCatalogue,
    { settings, ...(v.manifest ? { manifest: v.manifest } : {}) },
  );
}

export function chapterDoc(v: ChapterVariant = {}): DocumentModel {
  const result = chapterResult(v);
  if (result.doc === null) throw new Error(result.problems.map((p) => problemMessage(p, 'en')).join('\n'));
  return result.doc;
}
