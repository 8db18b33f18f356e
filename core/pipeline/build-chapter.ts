/**
 * The chapter stage: report context + narratives + templates → chapter HTML (subset) → document
 * model. Template and narrative errors come back as located problems, never as exceptions.
 */
import { headingOrderGaps } from '../doc/heading-order.js';
import { buildManifest, type BuildStamp } from '../doc/manifest.js';
import type { BuildManifest, DocumentMeta, DocumentModel } from '../doc/model.js';
import { parseHtmlSubset } from '../doc/parse-html.js';
import { sourcesAppendix } from '../doc/provenance/appendix.js';
import { checkCoverage, contentIndexRows, type CoverageDisclosure } from '../gri/coverage.js';
import type { GriCatalogue } from '../catalogue/gri-catalogue.js';
import { makeProblem, type Problem } from '../common/problem.js';
import { sectionOf, type ReportContext } from '../report/context.js';
import type { ProjectSettings } from '../report/settings.js';
import { importsOf, type ImportedInputs } from './import-inputs.js';
import { KINDS } from '../kinds/registry.js';
import { NARRATIVE_SECTIONS } from '../report/sections.js';
import { parseNarrative, renderNarrative } from '../render/narrative.js';
import { createChapterRenderer } from '../render/templates.js';

export interface ChapterResult {
  context: ReportContext;
  coverage: CoverageDisclosure[];
  problems: Problem[];
  /** The templates' HTML subset, or null when a template failed. */
  html: string | null;
  doc: DocumentModel | null;
}

export type ChapterRenderer = ReturnType<typeof createChapterRenderer>;

/** What the chapter takes beyond the context: content-index settings and the build manifest. */
export interface ChapterOptions {
  settings?: Pick<ProjectSettings, 'omissions' | 'statementOfUse'>;
  /** Carried into the document (DOCX custom properties, HTML `<meta>`, appendix file hashes). */
  manifest?: BuildManifest;
}

/**
 * The chapter options of a build: the project's content-index settings and, when the caller
 * stamped the build, its manifest (input hashes from the import, template version, app version, time).
 */
export function chapterOptions(
  settings: ProjectSettings,
  inputs: ImportedInputs,
  templates: Readonly<Record<string, string>>,
  stamp: BuildStamp | undefined,
): ChapterOptions {
  const options: ChapterOptions = { settings };
  if (stamp === undefined) return options;
  const files = importsOf(inputs).flatMap((r) => (r.sha256 !== null ? [{ kind: r.kind, name: r.file, sha256: r.sha256 }] : []));
  return { ...options, manifest: buildManifest(files, templates, stamp) };
}

/** Narrative sources by section id, for the report language; file names for error locations. */
export interface Narratives {
  sources: Record<string, string>;
  fileName: (sectionId: string) => string;
}

function documentMeta(ctx: ReportContext): DocumentMeta {
  const codes = ctx.gri.codes.map((c) => `GRI ${c}`);
  return {
    lang: ctx.lang,
    title: `${ctx.title} – ${ctx.reportTitle}`,
    subject: ctx.lang === 'pl' ? `Rozdział raportu ${ctx.org.name} za ${ctx.year} r.` : `${ctx.org.name} report chapter, ${ctx.year}`,
    author: ctx.org.name,
    keywords: [...codes, ctx.lang === 'pl' ? 'prywatność klientów' : 'customer privacy', ctx.lang === 'pl' ? 'dostępność' : 'accessibility'],
    header: ctx.reportTitle,
  };
}

export function buildChapter(
  base: ReportContext,
  narratives: Narratives,
  render: ChapterRenderer,
  catalogue: GriCatalogue,
  options: ChapterOptions = {},
): ChapterResult {
  const problems: Problem[] = [];
  const declared = new Set<string>();
  const rendered: Record<string, string> = {};
  for (const id of NARRATIVE_SECTIONS) {
    const source = narratives.sources[id];
    if (source === undefined) continue;
    const file = narratives.fileName(id);
    const parsed = parseNarrative(source);
    const out = renderNarrative(parsed.body, base, file, parsed.bodyStartLine);
    if (!out.ok) {
      const e = out.error;
      problems.push(makeProblem('narrative.error', 'error', { file, line: e.line || null }, { detail: e.message }));
      continue;
    }
    parsed.gri.forEach((g) => declared.add(g));
    if (out.html.trim() !== '') rendered[id] = out.html;
  }

  const coverage = checkCoverage(catalogue, base.edition, {
    declared,
    data: Object.fromEntries(KINDS.map((k) => [k.id, sectionOf(base, k.contextKey).available])),
  });
  const context: ReportContext = {
    ...base,
    narratives: rendered,
    gri: {
      edition: base.edition,
      codes: catalogue.editions[base.edition].codes,
      index: contentIndexRows(coverage, base.lang, base.sections, options.settings?.omissions),
      statementOfUse: options.settings?.statementOfUse ?? 'with-reference',
    },
  };

  const result = render(context);
  if (!result.ok) {
    const e = result.error;
    problems.push(makeProblem('template.error', 'error', { file: e.file, line: e.line || null }, { variant: 'engine', detail: e.message }));
    return { context, coverage, problems, html: null, doc: null };
  }
  const parsed = parseHtmlSubset(result.html, documentMeta(context));
  if (!parsed.ok) {
    const e = parsed.error;
    problems.push(makeProblem('template.error', 'error', { file: `${context.lang}/chapter.hbs (HTML)`, line: e.line }, { variant: 'html', detail: e.message }));
    return { context, coverage, problems, html: result.html, doc: null };
  }
  const doc = withSources(parsed.doc, context, options.manifest);
  for (const gap of headingOrderGaps(doc.blocks)) {
    problems.push(makeProblem('template.error', 'warning', { file: `${context.lang}/chapter.hbs (HTML)` }, { variant: 'headingGap', ...gap }));
  }
  return { context, coverage, problems, html: result.html, doc };
}

/** The document with the figures' sources and the manifest, and the "Data sources" appendix when there are sources. */
function withSources(parsed: DocumentModel, context: ReportContext, manifest: BuildManifest | undefined): DocumentModel {
  const doc: DocumentModel = { ...parsed };
  if (context.provenance) doc.provenance = context.provenance;
  if (manifest) doc.manifest = manifest;
  const appendix = sourcesAppendix(doc);
  return appendix.length > 0 ? { ...doc, blocks: [...doc.blocks, ...appendix] } : doc;
}
