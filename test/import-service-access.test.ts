import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultMetricCatalogue } from '../core/catalogue/metric-catalogue.js';
import { utf8, utf8Bom, win1250 } from './helpers/encode.js';
import { accessibilityMetrics, importAccessibilityRegister, importServiceMetrics, serviceMetrics } from './helpers/kind-imports.js';

const importService = (csv: string, enc = utf8) => importServiceMetrics('m.csv', enc(csv), defaultMetricCatalogue);

describe('service metrics import', () => {
  it('reads decimal commas, space / no-break grouping, quoted line breaks and % in a Windows-1250 file', () => {
    const csv = [
      'Okres;Wskaźnik;Kanał;Wartość;Jednostka',
      '2020;contacts;Aplikacja mobilna;1 482 310;',
      '2020;contacts;hotline;1\u00a0234\u00a0567;',
      '2020;contacts;czat;"2 500";',
      '2020-Q1;self_service_share;;78,4%;%',
      '2020-Q2;"self_service_\r\nshare";;"80,6";%',
      '2020-Q3;self_service_share;;x;%',
    ].join('\r\n');
    const r = importService(csv, win1250);
    expect(r.encoding).toBe('windows-1250');
    // The quoted line break inside row 6 pushes the last row to physical line 8.
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['value.number', 8, 'Wartość']]);
    expect(r.records.map((x) => [x.category, x.value])).toEqual([
      ['app', 1482310],
      ['hotline', 1234567],
      ['chat', 2500],
      [null, 78.4],
      [null, 80.6],
    ]);
    const m = serviceMetrics(r.records, defaultMetricCatalogue, 2020, 'pl').m;
    expect(m.contacts!.value).toBe(1482310 + 1234567 + 2500);
    expect(m.self_service_share!.value).toBeCloseTo(79.5);
  });

  it('reads narrow no-break space grouping (UTF-8)', () => {
    const r = importService('period;metric;category;value\n2020;contacts;chat;2\u202f500\n2020;contacts;app;1\u2009000,5\n');
    expect(r.records.map((x) => x.value)).toEqual([2500, 1000.5]);
  });

  it('keeps unknown metrics as own indicators with one warning per metric', () => {
    const csv = 'period;metric;value\n2020-01;Czas oczekiwania;35\n2020-02;Czas oczekiwania;25\n2019;czas oczekiwania;40\n';
    const r = importService(csv);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([['metric.unknown', 'warning', 2, 'metric']]);
    expect(r.stats.rowsUsed).toBe(3);
    const s = serviceMetrics(r.records, defaultMetricCatalogue, 2020, 'en');
    expect(s.own.map((o) => [o.label, o.value, o.prev])).toEqual([['Czas oczekiwania', 60, 40]]);
    expect(s.own[0]!.change).toBeCloseTo(0.5);
  });

  it('prefers a yearly figure over quarters of the same year, and sums quarters when there is none', () => {
    const csv = 'period;metric;category;value\n2020;contacts;store;100\n2020-Q1;contacts;store;30\n2020-Q2;contacts;store;30\n2019-Q1;contacts;store;40\n2019-Q3;contacts;store;45\n';
    const m = serviceMetrics(importService(csv).records, defaultMetricCatalogue, 2020, 'pl').m.contacts!;
    expect(m.categories.map((c) => [c.key, c.value, c.prev])).toEqual([['store', 100, 85]]);
  });

  it('takes the latest period for "last" metrics', () => {
    const csv = 'period;metric;value\n2020-03;voice_demand_change;50\n2020-01;voice_demand_change;5\n';
    expect(serviceMetrics(importService(csv).records, defaultMetricCatalogue, 2020, 'pl').m.voice_demand_change!.value).toBe(50);
  });

  it('locates bad periods and numbers', () => {
    const csv = 'okres;wskaźnik;wartość\n2020-13;nps;30\n2020;nps;trzydzieści\n2020-Q5;nps;1\n';
    const r = importService(csv);
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.found])).toEqual([
      ['value.period', 2, 'okres', '2020-13'],
      ['value.number', 3, 'wartość', 'trzydzieści'],
      ['value.period', 4, 'okres', '2020-Q5'],
    ]);
    expect(r.stats).toMatchObject({ rowsRead: 3, rowsUsed: 0, rowsRejected: 3 });
  });
});

describe('accessibility register', () => {
  it('aggregates stores with each feature and their shares', () => {
    const csv = 'Salon;Miejscowość;Tłumacz migowy;Pętla indukcyjna;Dostęp bez barier;Stanowisko dostosowane\nS1;Łódź;tak;nie;tak;tak\nS2;Łódź;nie;tak;nie;\nS3;Kraków;tak;tak;nie;nie\nS4;Gdańsk;nie;nie;nie;nie\n';
    const r = importAccessibilityRegister('a.csv', utf8Bom(csv));
    expect(r.problems).toEqual([]);
    const a = accessibilityMetrics(r.records);
    expect(a).toMatchObject({
      stores_total: 4,
      stores_sign_language: 2,
      stores_induction_loop: 2,
      stores_sign_language_or_loop: 3,
      stores_step_free: 1,
      stores_adapted_desk: 1,
      share_sign_language_or_loop: 0.75,
      cities: 3,
    });
  });

  it('reports the desk count as unknown when the optional column is absent', () => {
    const r = importAccessibilityRegister('a.csv', utf8('store_id,city,pjm,induction_loop,step_free\nS1,Opole,1,0,0\n'));
    expect(accessibilityMetrics(r.records).stores_adapted_desk).toBeNull();
  });
});

describe('the bundled sample data', () => {
  const read = (f: string) => new Uint8Array(readFileSync(`data/sample/${f}`));

  it('has 120 stores with a sign-language interpreter or an induction loop', () => {
    const r = importAccessibilityRegister('accessibility-register.csv', read('accessibility-register.csv'));
    expect(r.problems).toEqual([]);
    expect(accessibilityMetrics(r.records).stores_sign_language_or_loop).toBe(120);
  });

  it('imports the service metrics without problems and shows +50% voice and +20% data', () => {
    const r = importServiceMetrics('service-metrics.csv', read('service-metrics.csv'), defaultMetricCatalogue);
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.problems).toEqual([]);
    const m = serviceMetrics(r.records, defaultMetricCatalogue, 2020, 'pl').m;
    expect([m.voice_demand_change!.value, m.data_demand_change!.value, m.network_sites_upgraded!.value]).toEqual([50, 20, 2500]);
  });
});
