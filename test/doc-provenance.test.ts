/** Figure sources: line ranges, the appendix blocks, the build manifest. */
import { describe, expect, it } from 'vitest';
import { buildManifest, templateVersion } from '../core/doc/manifest.js';
import { inlineText, type Block, type TableBlock } from '../core/doc/model.js';
import { sourcesAppendix } from '../core/doc/provenance/appendix.js';
import { formatLineRanges, sourceSummary } from '../core/doc/provenance/describe.js';
import { MANIFEST, PROVENANCE } from './fixtures/provenance.js';
import { chapterDoc } from './helpers/chapter.js';

describe('formatLineRanges', () => {
  it('writes consecutive lines as en-dash ranges, sorted, without repeats', () => {
    expect(formatLineRanges([12, 13, 14, 20])).toBe('12–14, 20');
    expect(formatLineRanges([20, 12, 14, 13, 13, 21])).toBe('12–14, 20–21');
    expect(formatLineRanges([5])).toBe('5');
    expect(formatLineRanges([])).toBe('');
  });

  it('summarises a source on four lines, in either language', () => {
    expect(sourceSummary(PROVENANCE['privacy.a_ii']!, 'en')).toEqual([
      'File: rejestr-prywatnosci.csv',
      'SHA-256: a1b2c3d4e5…',
      'Lines: 15, 33, 50',
      'Rule: type = complaint, source = regulator, substantiated',
    ]);
  });
});

describe('the data sources appendix', () => {
  const doc = chapterDoc({ provenance: PROVENANCE, manifest: MANIFEST });
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'data-sources');
  const appendix = doc.blocks.slice(start);
  const [files, figures] = appendix.filter((b): b is TableBlock => b.kind === 'table');
  const rows = figures!.body.map((row) => row.map((c) => inlineText(c.runs)));

  it('closes the chapter on a new page, after the GRI index', () => {
    expect(start).toBeGreaterThan(doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === 'gri-index'));
    expect(appendix[0]).toMatchObject({ kind: 'heading', level: 2, pageBreak: true, runs: [{ text: 'Źródła danych' }] });
  });

  it('lists the input files with their full SHA-256 from the manifest', () => {
    expect(files!.body.map((row) => row.map((c) => inlineText(c.runs)))).toEqual(MANIFEST.inputs.map((i) => [i.name, i.sha256]));
  });

  it('has one row per figure with a source: its table row and column, value as printed, file, lines and rule', () => {
    expect(figures!.head[0]!.map((c) => inlineText(c.runs))).toEqual(['Liczba', 'Wartość', 'Plik i SHA-256', 'Wiersze', 'Reguła']);
    expect(rows).toContainEqual([
      'a.i – skargi od klientów i innych podmiotów zewnętrznych, uznane przez nas za zasadne – 2020',
      '9',
      'rejestr-prywatnosci.csv\na1b2c3d4e5…',
      '12–14, 20, 31–32, 40–42',
      'type = complaint, source ∈ {customer, third_party}, substantiated',
    ]);
    expect(rows.map((r) => r[0])).toContain('Aplikacja mobilna – 2020');
    // Every figure the chapter shows with a source, once each.
    expect(rows).toHaveLength(Object.keys(PROVENANCE).length);
  });

  it('names a figure outside tables by its path, breakable after each dot', () => {
    const only: Block[] = [{ kind: 'paragraph', style: 'body', runs: [{ kind: 'text', text: '612', figure: 'access.stores_total' }] }];
    const blocks = sourcesAppendix({ meta: doc.meta, blocks: only, provenance: PROVENANCE });
    const table = blocks.filter((b): b is TableBlock => b.kind === 'table')[1]!;
    expect(inlineText(table.body[0]![0]!.runs)).toBe('access.\u200bstores_total');
    expect(inlineText(table.body[0]![3]!.runs)).toBe('2–613');
  });

  it('points a figure counted from the same rows as an earlier one at that row instead of repeating them', () => {
    const share = { ...PROVENANCE, 'access.share_sign_language_or_loop': { ...PROVENANCE['access.stores_sign_language_or_loop']!, rule: '(…) / every store row' } };
    const withShare = chapterDoc({ provenance: share });
    const table = withShare.blocks.filter((b): b is TableBlock => b.kind === 'table').at(-1)!;
    const row = table.body.map((r) => r.map((c) => inlineText(c.runs))).find((r) => r[0]!.endsWith('Udział w sieci'))!;
    expect(row[3]).toBe('jak dla: Tłumacz PJM lub pętla indukcyjna – Liczba salonów');
  });

  it('is left out when no figure has a source', () => {
    expect(chapterDoc().blocks.some((b) => b.kind === 'heading' && b.id === 'data-sources')).toBe(false);
  });
});

describe('the build manifest', () => {
  it('hashes the template set independently of file order, and changes with any template', () => {
    const a = { 'pl/chapter.hbs': 'x', 'pl/sections/a.hbs': 'y' };
    expect(templateVersion(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(templateVersion({ 'pl/sections/a.hbs': 'y', 'pl/chapter.hbs': 'x' })).toBe(templateVersion(a));
    expect(templateVersion({ ...a, 'pl/sections/a.hbs': 'y ' })).not.toBe(templateVersion(a));
    // Paths and sources cannot trade characters.
    expect(templateVersion({ ab: 'c' })).not.toBe(templateVersion({ a: 'bc' }));
  });

  it('records the inputs, the templates, the app version and the generation time', () => {
    const manifest = buildManifest(MANIFEST.inputs, { 'pl/chapter.hbs': 'x' }, { appVersion: '1.2.3', generatedAt: '2021-01-01T00:00:00Z' });
    expect(manifest).toEqual({ inputs: MANIFEST.inputs, templateVersion: templateVersion({ 'pl/chapter.hbs': 'x' }), appVersion: '1.2.3', generatedAt: '2021-01-01T00:00:00Z' });
  });
});
