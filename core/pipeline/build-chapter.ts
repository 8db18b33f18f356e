/**
 * The chapter stage: report context + narratives + templates → chapter HTML (subset) → document
 * model. Template and narrative errors come back as located problems, never as exceptions.
 */
import type { DocumentMeta, DocumentModel } from '../doc/model.js';
import { parseHtmlSubset } from '../doc/parse-html.js';
import { checkCoverage, contentIndexRows, type CoverageDisclosure } from '../gri/coverage.js';
import type { GriCatalogue } from '../catalogue/gri-catalogue.js';
import { makeProblem, type Problem } from '../problems/problem.js';
import type { ReportContext } from '../report/context.js';
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
      problems.push(makeProblem('narrative.error', 'error', { file, line: e.line || null }, { pl: e.message, en: e.message }));
      continue;
    }
    parsed.gri.forEach((g) => declared.add(g));
    if (out.html.trim() !== '') rendered[id] = out.html;
  }

  const coverage = checkCoverage(catalogue, base.edition, {
    declared,
    data: { privacy: base.privacy.available, service: base.service.available, access: base.access.available },
  });
  const context: ReportContext = {
    ...base,
    narratives: rendered,
    gri: {
      edition: base.edition,
      codes: catalogue.editions[base.edition].codes,
      index: contentIndexRows(coverage, base.lang, base.sections),
    },
  };

  const result = render(context);
  if (!result.ok) {
    const e = result.error;
    problems.push(makeProblem('template.error', 'error', { file: e.file, line: e.line || null }, { pl: e.message, en: e.message }));
    return { context, coverage, problems, html: null, doc: null };
  }
  const parsed = parseHtmlSubset(result.html, documentMeta(context));
  if (!parsed.ok) {
    const e = parsed.error;
    const message = { pl: `Szablon wygenerował niedozwolony HTML: ${e.message}`, en: `The templates produced unsupported HTML: ${e.message}` };
    problems.push(makeProblem('template.error', 'error', { file: `${context.lang}/chapter.hbs (HTML)`, line: e.line }, message));
    return { context, coverage, problems, html: result.html, doc: null };
  }
  return { context, coverage, problems, html: result.html, doc: parsed.doc };
}
