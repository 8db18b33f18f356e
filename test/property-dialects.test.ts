/**
 * Property test: any register, written in any dialect a CSR team's tools produce (encoding ×
 * delimiter × line ending × quoting × date style × Polish/English values), imports back to exactly
 * the same records and the same GRI 418-1 figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8, utf8Bom, win1250 } from './helpers/encode.js';
import { importPrivacyRegister, privacy418 } from './helpers/kind-imports.js';

const TYPES = { complaint: ['complaint', 'skarga', 'Skarga'], leak: ['leak', 'wyciek'], theft: ['theft', 'kradzież', 'KRADZIEŻ'], loss: ['loss', 'utrata'] };
const SOURCES = {
  customer: ['customer', 'klient'],
  third_party: ['third_party', 'strona trzecia', 'podmiot trzeci'],
  regulator: ['regulator', 'organ nadzorczy', 'UODO'],
  internal: ['internal', 'wewnętrzne'],
};
const YES = ['tak', 'yes', 't', '1', 'TRUE'];
const NO = ['nie', 'no', 'n', '0', 'false'];

const row = fc.record({
  y: fc.integer({ min: 2019, max: 2021 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  type: fc.constantFrom(...(Object.keys(TYPES) as (keyof typeof TYPES)[])),
  source: fc.constantFrom(...(Object.keys(SOURCES) as (keyof typeof SOURCES)[])),
  substantiated: fc.boolean(),
  affected: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
  cause: fc.array(fc.constantFrom('a', 'ż', 'Ł', ' ', ';', ',', '\t', '"', '\n', '\r\n', 'x', '1'), { maxLength: 12 }).map((parts) => parts.join('')),
  spelling: fc.nat(10),
});

const dialect = fc.record({
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1250'),
  delimiter: fc.constantFrom(';', ',', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  quoteAll: fc.boolean(),
  dotted: fc.boolean(),
  header: fc.constantFrom('en', 'pl'),
});

const HEADERS = {
  en: ['id', 'date', 'type', 'source', 'substantiated', 'records_affected', 'cause'],
  pl: ['Nr sprawy', 'Data wpływu', 'Rodzaj', 'Źródło', 'Zasadna', 'Liczba osób', 'Przyczyna'],
};

describe('every dialect imports the same register', () => {
  it('gives back exactly the records and the 418-1 figures (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), dialect, (rows, dl) => {
        const pick = <T,>(list: readonly T[], n: number): T => list[n % list.length]!;
        const field = (v: string): string =>
          dl.quoteAll || v.includes(dl.delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
        const lines = [HEADERS[dl.header].map(field).join(dl.delimiter)];
        rows.forEach((r, i) => {
          const mm = String(r.m).padStart(2, '0');
          const dd = String(r.d).padStart(2, '0');
          const date = dl.dotted ? `${dd}.${mm}.${r.y}` : `${r.y}-${mm}-${dd}`;
          const cells = [
            `ID-${i}`,
            date,
            pick(TYPES[r.type], r.spelling),
            pick(SOURCES[r.source], r.spelling),
            pick(r.substantiated ? YES : NO, r.spelling),
            r.affected === null ? '' : String(r.affected),
            r.cause,
          ];
          lines.push(cells.map(field).join(dl.delimiter));
        });
        const text = lines.join(dl.eol) + dl.eol;
        const bytes = dl.encoding === 'utf-8' ? utf8(text) : dl.encoding === 'utf-8-bom' ? utf8Bom(text) : win1250(text);
        const result = importPrivacyRegister('p.csv', bytes);
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.stats.rowsUsed).toBe(rows.length);
        expect(
          result.records.map((r) => [r.id, r.date, r.type, r.source, r.substantiated, r.recordsAffected, r.cause]),
        ).toEqual(
          rows.map((r, i) => [
            `ID-${i}`,
            `${r.y}-${String(r.m).padStart(2, '0')}-${String(r.d).padStart(2, '0')}`,
            r.type,
            r.source,
            r.substantiated,
            r.affected,
            r.cause.trim(),
          ]),
        );
        // The reference count, written plainly.
        const inYear = rows.filter((r) => r.y === 2020);
        const complaint = (r: (typeof rows)[number]) => r.type === 'complaint' && r.substantiated;
        const y = privacy418(result.records, 2020);
        expect([y.a_i, y.a_ii, y.b]).toEqual([
          inYear.filter((r) => complaint(r) && (r.source === 'customer' || r.source === 'third_party')).length,
          inYear.filter((r) => complaint(r) && r.source === 'regulator').length,
          inYear.filter((r) => r.type !== 'complaint').length,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
