/**
 * Every figure from data names the file, its SHA-256, the rows counted into it and the rule. Here
 * one figure of the bundled sample is traced back to its CSV lines, which are then re-read from the
 * file independently of the importer (their own decoding and splitting) and checked against the rule.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultMetricCatalogue } from '../core/catalogue/metric-catalogue.js';
import { importInputs } from '../core/pipeline/import-inputs.js';
import { buildReportContext } from '../core/report/build-context.js';
import type { ProjectSettings } from '../core/report/settings.js';

const SAMPLE = 'data/sample';
const read = (f: string) => new Uint8Array(readFileSync(`${SAMPLE}/${f}`));
const settings: ProjectSettings = { organisation: 'X', year: 2020, lang: 'pl', edition: '2016', files: {} };

const inputs = importInputs(
  {
    privacy: { name: 'privacy-register.csv', bytes: read('privacy-register.csv') },
    service: { name: 'service-metrics.csv', bytes: read('service-metrics.csv') },
    accessibility: { name: 'accessibility-register.csv', bytes: read('accessibility-register.csv') },
  },
);
const context = buildReportContext(settings, inputs, defaultMetricCatalogue);
const provenance = context.provenance!;

/** The sample register's physical lines as an editor shows them (rows end in CRLF, breaks inside cells are LF). */
const physicalLines = iconv.decode(Buffer.from(read('privacy-register.csv')), 'windows-1250').split(/\r?\n/);
/** Fields of the row starting on a physical line (the fields used here never span lines). */
const rowAt = (line: number) => physicalLines[line - 1]!.split(';');
const isRowStart = (fields: string[]) => /^PRV\/\d{4}\/\d{3}$/.test(fields[0] ?? '');

describe('figure provenance', () => {
  it('traces 418-1 a.ii of the sample (2) to the exact lines of privacy-register.csv', () => {
    const source = provenance['privacy.a_ii']!;
    expect(context.privacy.available && context.privacy.a_ii).toBe(2);
    expect(source.file).toBe('privacy-register.csv');
    expect(source.sha256).toBe(createHash('sha256').update(read('privacy-register.csv')).digest('hex'));
    expect(source.rule).toContain('source = regulator');
    expect(source.lines).toEqual([95, 130]);
    // Each line is a substantiated complaint from the regulator received in 2020 …
    for (const line of source.lines) {
      const [id, date, type, from, substantiated] = rowAt(line);
      expect([id, date!.slice(-4), type, from, substantiated]).toEqual([expect.stringMatching(/^PRV\/2020\//), '2020', 'skarga', 'organ nadzorczy', 'tak']);
    }
    // … and no other row of the file is one.
    const all = physicalLines
      .map((_, i) => i + 1)
      .filter((line) => {
        const f = rowAt(line);
        return isRowStart(f) && f[1]!.endsWith('2020') && f[2] === 'skarga' && f[3] === 'organ nadzorczy' && f[4] === 'tak';
      });
    expect(all).toEqual(source.lines);
  });

  it('gives a = a.i ∪ a.ii and the previous year under privacy.prev', () => {
    const a = provenance['privacy.a']!.lines;
    expect(a).toEqual([...provenance['privacy.a_i']!.lines, ...provenance['privacy.a_ii']!.lines].sort((p, q) => p - q));
    expect(a).toHaveLength(16);
    expect(provenance['privacy.prev.b']!.rule).toContain('2019');
    expect(provenance['privacy.prev.b']!.lines.every((l) => rowAt(l)[1]!.endsWith('2019'))).toBe(true);
  });

  it('covers every figure the templates mark from data', () => {
    const templates = ['pl', 'en'].flatMap((lang) =>
      ['privacy', 'accessibility', 'covid', 'intro'].map((s) => readFileSync(`templates/${lang}/sections/${s}.hbs`, 'utf8')),
    );
    // Literal figure names: {{figure x "privacy.a"}} and figure="access.stores_total".
    // ("service.m.contacts" followed by `key "value"` is only the start of a name built per category.)
    const names = [...new Set(templates.flatMap((t) => [...t.matchAll(/(?:figure [\w.@]+ |figure=)"((?:privacy|access|service)\.[\w.]+)"/g)].map((m) => m[1]!)))]
      .filter((n) => !n.startsWith('service.') || n.split('.').length === 4);
    expect(names.length).toBeGreaterThan(20);
    // Every named figure has a source, except a service figure with no value (a year without data).
    const hasValue = (name: string): boolean => {
      const [, , metric, pick] = name.split('.');
      const m = context.service.available ? context.service.m[metric!] : undefined;
      return m !== undefined && m[pick as 'value' | 'prev'] !== null;
    };
    expect(names.filter((n) => provenance[n] === undefined && (!n.startsWith('service.') || hasValue(n)))).toEqual([]);
  });

  it('traces accessibility and service figures to their rows, with the rule in words', () => {
    const either = provenance['access.stores_sign_language_or_loop']!;
    expect(either.lines).toHaveLength(120);
    expect(either.rule).toBe('sign_language = yes OR induction_loop = yes');
    expect(provenance['access.share_sign_language_or_loop']!.lines).toEqual(either.lines);
    expect(provenance['access.stores_total']!.lines).toHaveLength(690);
    const app = provenance['service.m.contacts.app.value']!;
    expect(app.rule).toBe('metric = contacts, category = app, quarters of 2020 (sum)');
    expect(app.lines).toHaveLength(4);
    const total = provenance['service.m.contacts.value']!;
    expect(total.rule).toMatch(/^metric = contacts, sum over categories app, web, hotline, store/);
    expect(total.lines.length).toBeGreaterThan(app.lines.length);
    expect(provenance['service.m.voice_demand_change.value']!.lines).toHaveLength(1);
  });

  it('names service figures in the report language, so the sources appendix never shows a context path', () => {
    expect(provenance['service.m.voice_demand_change.value']!.label).toBe('Zmiana zapotrzebowania na połączenia głosowe w pierwszych dniach stanu epidemii – 2020');
    expect(provenance['service.m.contacts.app.prev']!.label).toMatch(/: .+ – 2019$/);
    const english = buildReportContext({ ...settings, lang: 'en' }, inputs, defaultMetricCatalogue).provenance!;
    expect(english['service.m.voice_demand_change.value']!.label).toBe('Change in demand for voice calls in the first days of the epidemic state – 2020');
  });
});
