/**
 * A corpus of malformed inputs, made here: each gives a clear located error or a documented
 * acceptance — never an exception, a hang or a silently dropped row (read = used + rejected).
 */
import { describe, expect, it } from 'vitest';
import { defaultMetricCatalogue } from '../core/catalogue/metric-catalogue.js';
import type { Problem } from '../core/common/problem.js';
import { utf8, win1250 } from './helpers/encode.js';
import { importPrivacyRegister, importServiceMetrics } from './helpers/kind-imports.js';

const HEADER = 'id;date;type;source;substantiated;description';
const ROW = (i: number) => `R${i};2020-01-${String((i % 28) + 1).padStart(2, '0')};skarga;klient;tak;opis ${i}`;
const lines = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => ROW(i + 1))].join('\n');
const codes = (ps: readonly Problem[]) => ps.map((p) => [p.code, p.line]);

function balanced(bytes: Uint8Array) {
  const r = importPrivacyRegister('m.csv', bytes);
  expect(r.stats.rowsRead).toBe(r.stats.rowsUsed + r.stats.rowsRejected);
  return r;
}

describe('malformed inputs', () => {
  it('a file cut off inside a quoted field: the last row is reported, the others used', () => {
    const r = balanced(utf8(`${lines(3)}\nR9;2020-02-02;skarga;klient;tak;"opis urwany`));
    expect(r.stats).toMatchObject({ rowsUsed: 3, rowsRejected: 1 });
    expect(codes(r.problems)).toEqual([['csv.quotes', 5]]);
  });

  it('a file cut off in the middle of a row: ragged row with its line', () => {
    const r = balanced(utf8(`${lines(2)}\nR9;2020-02-02;sk`));
    expect(codes(r.problems.filter((p) => p.severity === 'error'))).toEqual([['row.ragged', 4]]);
  });

  it('mixed encodings (UTF-8 text with Windows-1250 bytes): read as Windows-1250, rows kept', () => {
    const bytes = new Uint8Array([...utf8(`${lines(1)}\n`), ...win1250('R2;2020-01-02;kradzież;klient;tak;zażółć\n')]);
    const r = balanced(bytes);
    expect(r.encoding).toBe('windows-1250');
    expect(r.stats.rowsRead).toBe(2);
  });

  it('a BOM in the middle (two exports pasted together): the second header is a rejected row with its line', () => {
    const r = balanced(utf8(`${lines(1)}\n\ufeff${lines(1)}`));
    expect(r.stats).toMatchObject({ rowsRead: 3, rowsUsed: 1, rowsRejected: 2 });
    expect(r.problems.find((p) => p.severity === 'error')?.line).toBe(3);
  });

  it('unbalanced quotes in the middle of a file', () => {
    const r = balanced(utf8(`${HEADER}\nA;2020-01-01;skarga;klient;tak;"x\nB;2020-01-02;skarga;klient;tak;y\n`));
    expect(r.problems.some((p) => p.code === 'csv.quotes' && p.line === 2)).toBe(true);
  });

  it('10,000-column rows: ragged, reported, fast', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => `v${i}`).join(';');
    const started = Date.now();
    const r = balanced(utf8(`${HEADER}\n${wide}\n${wide}\n`));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(codes(r.problems)).toEqual([
      ['row.ragged', 2],
      ['row.ragged', 3],
    ]);
  });

  it('a 50 MB single field: accepted (descriptions are never read into the report)', () => {
    const r = balanced(utf8(`${HEADER}\nA;2020-01-01;skarga;klient;tak;"${'x'.repeat(50 * 1024 * 1024)}"\n`));
    expect(r.stats.rowsRead).toBe(1);
  });

  it('NUL bytes and workbooks renamed to .csv: not text, with the line', () => {
    expect(codes(balanced(utf8(`${lines(2)}\nR3;\u0000`)).problems)).toEqual([['file.notText', 4]]);
    expect(codes(balanced(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])).problems)).toEqual([['file.notText', 1]]);
    expect(codes(balanced(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).problems)).toEqual([['file.notText', 1]]);
  });

  it('spreadsheet formulas where a number belongs: a located number error', () => {
    const r = importServiceMetrics('m.csv', utf8('period;metric;value\n2020;nps;=SUM(A1:A3)\n2020;nps;36,5\n'), defaultMetricCatalogue);
    expect(codes(r.problems)).toEqual([['value.number', 2]]);
    expect(r.problems[0]!.found).toBe('=SUM(A1:A3)');
  });

  it('duplicate headers and empty header names', () => {
    const dup = balanced(utf8('id;date;type;source;substantiated;data\nA;2020-01-01;skarga;klient;tak;2020-01-02\n'));
    expect(codes(dup.problems)).toEqual([['header.duplicate', 1]]);
    expect(dup.stats.rowsRejected).toBe(1);
    const empty = balanced(utf8('id;date;;type;source;substantiated\nA;2020-01-01;x;skarga;klient;tak\n'));
    expect(codes(empty.problems)).toEqual([['header.empty', 1]]);
    expect(empty.stats.rowsUsed).toBe(1);
  });

  it('numbers 1.234,5 and 1,234.5 both mean 1234.5; 31.02.2020 is no date', () => {
    const r = importServiceMetrics('m.csv', utf8('period;metric;value\n2020;nps;"1.234,5"\n2020-Q1;nps;"1,234.5"\n'), defaultMetricCatalogue);
    expect(r.records.map((x) => x.value)).toEqual([1234.5, 1234.5]);
    const d = balanced(utf8(`${HEADER}\nA;31.02.2020;skarga;klient;tak;x\n`));
    expect(codes(d.problems)).toEqual([['value.date', 2]]);
  });
});
