/** The chapter stage: sources and manifest carried into the document, heading order checked, source footnotes. */
import { describe, expect, it } from 'vitest';
import { defaultGriCatalogue } from '../core/catalogue/gri-catalogue.js';
import { problemMessage } from '../core/common/messages/index.js';
import { buildChapter } from '../core/pipeline/build-chapter.js';
import { createChapterRenderer, renderChapter } from '../core/render/templates.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { reportContext, withPatch } from './fixtures/report-context.js';
import { chapterResult, TEMPLATES } from './helpers/chapter.js';

describe('buildChapter', () => {
  it('carries the figures’ sources and the build manifest into the document', () => {
    const { doc, problems } = chapterResult({ provenance: PROVENANCE, manifest: MANIFEST });
    expect(problems).toEqual([]);
    expect(doc?.provenance).toBe(PROVENANCE);
    expect(doc?.manifest).toBe(MANIFEST);
  });

  it('warns when the templates skip a heading level (h1 → h3)', () => {
    const files = { ...TEMPLATES, 'pl/sections/data-centres.hbs': '<section>\n<h3 id="data-centres">Centra</h3>\n</section>' };
    const ctx = reportContext('pl');
    const result = buildChapter(ctx, { sources: {}, fileName: (id) => id }, createChapterRenderer(files), defaultGriCatalogue);
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(warnings.map((p) => problemMessage(p, 'en'))).toEqual([]);
    const gap = { ...TEMPLATES, 'pl/chapter.hbs': '<article>\n<h1 id="customer-services">{{title}}</h1>\n<h3>Luka</h3>\n</article>' };
    const gapped = buildChapter(ctx, { sources: {}, fileName: (id) => id }, createChapterRenderer(gap), defaultGriCatalogue);
    expect(gapped.problems).toMatchObject([{ code: 'template.error', severity: 'warning', params: { variant: 'headingGap', heading: 'Luka', level: 3, previous: 1 } }]);
    expect(problemMessage(gapped.problems[0]!, 'en')).toBe('The heading order has a gap: heading "Luka" is level 3 after level 1.');
    expect(problemMessage(gapped.problems[0]!, 'pl')).toBe('Kolejność nagłówków ma lukę: heading "Luka" is level 3 after level 1.');
    expect(gapped.doc).not.toBeNull();
  });
});

describe('the sourceFiles helper (source footnotes)', () => {
  const one = (ctx: ReturnType<typeof reportContext>): string => {
    const result = renderChapter({ 'pl/chapter.hbs': '<p>{{sourceFiles "privacy"}}|{{sourceFiles "access"}}|{{sourceFiles "service.m.nps"}}</p>' }, ctx);
    if (!result.ok) throw new Error(result.error.message);
    return result.html;
  };

  it('names the files behind a group of figures with their short hashes', () => {
    expect(one(withPatch(reportContext('pl'), { provenance: PROVENANCE }))).toBe(
      '<p>rejestr-prywatnosci.csv (SHA-256 a1b2c3d4e5…)|salony.csv (SHA-256 0f1e2d3c4b…)|</p>',
    );
  });

  it('is empty without provenance, so the footnote names only the register', () => {
    expect(one(reportContext('pl'))).toBe('<p>||</p>');
  });
});
