import { describe, expect, it } from 'vitest';
import type { Problem } from '../core/common/problem.js';
import { problemExpected, problemMessage } from '../core/common/messages/index.js';
import { utf16leBom, utf8, utf8Bom, win1250 } from './helpers/encode.js';
import { importPrivacyRegister, privacy418 } from './helpers/kind-imports.js';

const HEADER = 'Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna;Liczba osób;Data zdarzenia;Przyczyna;Opis';
const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');
const at = (p: Problem | undefined) => p && { code: p.code, line: p.line, column: p.column };

describe('privacy register import', () => {
  it('reads a Windows-1250, semicolon file with quoted line breaks and keeps physical line numbers', () => {
    const csv = [
      HEADER,
      'P1;05.02.2020;skarga;klient;tak;1;;ujawnienie danych;"opis w dwóch\r\nliniach; ze średnikiem"',
      'P2;2020-03-01;utrata;strona trzecia;tak;3;15.12.2019;zagubienie przez kuriera;zwykły opis',
      'P3;1.4.2020;Kradzież;wewnętrzne;TAK;2;;;',
      'P4;10.04.2020;skarga;UODO;Nie;;;;"a ""cytat"""',
      'P5;11.04.2020;skarga;Organ nadzorczy;t;;;;',
    ].join('\r\n');
    const r = importPrivacyRegister('rejestr.csv', win1250(csv));
    expect(r.encoding).toBe('windows-1250');
    expect(r.delimiter).toBe(';');
    expect(errors(r.problems)).toEqual([]);
    expect(r.stats).toEqual({ rowsRead: 5, rowsUsed: 5, rowsRejected: 0, blankLines: 0 });
    expect(r.records.map((x) => x.line)).toEqual([2, 4, 5, 6, 7]);
    expect(r.records[0]).toMatchObject({ id: 'P1', date: '2020-02-05', type: 'complaint', source: 'customer', substantiated: true });
    expect(r.records[1]).toMatchObject({ type: 'loss', source: 'third_party', recordsAffected: 3, eventYear: 2019 });
    expect(r.records[2]).toMatchObject({ date: '2020-04-01', type: 'theft', source: 'internal' });
    expect(r.records[3]).toMatchObject({ source: 'regulator', substantiated: false });
    // The description is never carried into a record: it may hold personal data.
    expect(JSON.stringify(r.records)).not.toContain('opis');
  });

  it('matches headers and values ignoring case, diacritics, spaces, _ and - (UTF-8 with BOM)', () => {
    const csv = '\ufeffID_Sprawy,DATA-ZGLOSZENIA,rodzaj,ZRODLO,Uzasadniona\nA,2020-01-02,WYCIEK,podmiot trzeci,yes\nB,2020-01-03,complaint,third party,1\n';
    const r = importPrivacyRegister('r.csv', utf8Bom(csv.replace(/^\ufeff/, '')));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.delimiter).toBe(',');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.type, x.source, x.substantiated])).toEqual([
      ['leak', 'third_party', true],
      ['complaint', 'third_party', true],
    ]);
  });

  it('reads TAB-delimited UTF-16 "Unicode text" from Excel', () => {
    const r = importPrivacyRegister('u.txt', utf16leBom('id\tdate\ttype\tsource\tsubstantiated\r\nX\t2020-05-05\tloss\tinternal\tfalse\r\n'));
    expect(r.delimiter).toBe('\t');
    expect(r.records).toHaveLength(1);
  });

  it('accepts every boolean spelling', () => {
    const rows = ['yes', 'no', 'tak', 'nie', 't', 'n', 'true', 'false', '1', '0'].map((b, i) => `R${i};2020-01-01;skarga;klient;${b}`);
    const r = importPrivacyRegister('b.csv', utf8(['id;date;type;source;substantiated', ...rows].join('\n')));
    expect(r.records.map((x) => x.substantiated)).toEqual([true, false, true, false, true, false, true, false, true, false]);
  });

  it('warns about unknown columns but uses the rows', () => {
    const r = importPrivacyRegister('w.csv', utf8('id;date;type;source;substantiated;Dział\nA;2020-01-01;skarga;klient;tak;IT\n'));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'header.unknown', severity: 'warning', line: 1, column: 'Dział', columnNumber: 6 });
    expect(r.stats.rowsUsed).toBe(1);
  });

  it('reports a missing required column at the header and rejects every row', () => {
    const r = importPrivacyRegister('m.csv', utf8('id;date;type;substantiated\nA;2020-01-01;skarga;tak\nB;2020-01-02;skarga;nie\n'));
    expect(at(errors(r.problems)[0])).toEqual({ code: 'header.missing', line: 1, column: 'source' });
    expect(problemMessage(r.problems[0]!, 'pl')).toContain('źródło');
    expect(r.stats).toMatchObject({ rowsRead: 2, rowsUsed: 0, rowsRejected: 2 });
  });

  it('names the line and column of each bad value, with what was expected and found', () => {
    const csv = [
      'Nr;Data;Rodzaj;Źródło;Zasadna;Liczba osób',
      'A;2020-01-01;skagra;klient;tak;',
      'B;31.02.2020;skarga;klient;tak;',
      'C;2020/01/01;skarga;klient;tak;',
      'D;2020-01-01;skarga;klient;może;',
      'E;2020-01-01;utrata;klient;tak;-2',
      'A;2020-01-01;skarga;klient;tak;',
      'F;2020-01-01;skarga;klient;tak',
      'G;2020-01-01;skarga;;tak;',
      'H;2020-01-01;skarga;klient;tak;1',
    ].join('\n');
    const r = importPrivacyRegister('e.csv', utf8(csv));
    const errs = errors(r.problems);
    expect(errs.map(at)).toEqual([
      { code: 'value.enum', line: 2, column: 'Rodzaj' },
      { code: 'value.date', line: 3, column: 'Data' },
      { code: 'value.date', line: 4, column: 'Data' },
      { code: 'value.boolean', line: 5, column: 'Zasadna' },
      { code: 'value.integer', line: 6, column: 'Liczba osób' },
      { code: 'value.duplicateId', line: 7, column: 'Nr' },
      { code: 'row.ragged', line: 8, column: 'Liczba osób' },
      { code: 'value.required', line: 9, column: 'Źródło' },
    ]);
    expect(problemMessage(errs[0]!, 'pl')).toContain('Czy chodziło o „skarga”?');
    expect(problemMessage(errs[0]!, 'en')).toContain('Did you mean "skarga"?');
    expect(errs[0]!.found).toBe('skagra');
    expect(problemExpected(errs[0]!, 'en')).toContain('complaint/skarga');
    expect(problemMessage(errs[1]!, 'en')).toContain('does not exist');
    expect(problemMessage(errs[5]!, 'en')).toContain('first on line 2');
    expect(errs[6]).toMatchObject({ columnNumber: 6, found: '5' });
    expect(r.stats).toEqual({ rowsRead: 9, rowsUsed: 1, rowsRejected: 8, blankLines: 0 });
  });

  it('counts line breaks inside quoted fields when locating a later error', () => {
    const csv = 'id;date;type;source;substantiated;opis\nA;2020-01-01;skarga;klient;tak;"1\n2\n3"\nB;2020-13-01;skarga;klient;tak;x\n';
    const r = importPrivacyRegister('q.csv', utf8(csv));
    expect(at(errors(r.problems)[0])).toEqual({ code: 'value.date', line: 5, column: 'date' });
  });

  it('reports an unclosed quote and rejects the row', () => {
    const r = importPrivacyRegister('q.csv', utf8('id;date;type;source;substantiated\nA;2020-01-01;skarga;klient;tak\nB;"2020-01-02;skarga;klient;tak\nC;2020-01-03;skarga;klient;tak\n'));
    expect(at(errors(r.problems)[0])).toEqual({ code: 'csv.quotes', line: 3, column: null });
    expect(r.stats.rowsRead).toBe(r.stats.rowsUsed + r.stats.rowsRejected);
  });

  it('rejects an empty file and a workbook renamed to .csv', () => {
    expect(at(importPrivacyRegister('empty.csv', new Uint8Array()).problems[0])).toEqual({ code: 'file.empty', line: 1, column: null });
    expect(at(importPrivacyRegister('blank.csv', utf8('\n\n')).problems[0])).toEqual({ code: 'file.empty', line: 1, column: null });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const p = importPrivacyRegister('dane.csv', xlsx).problems[0]!;
    expect(p).toMatchObject({ code: 'file.notText', severity: 'error', file: 'dane.csv', line: 1 });
    expect(problemMessage(p, 'pl')).toContain('XLSX');
    const nul = importPrivacyRegister('bin.csv', utf8('id;date\nA;\u0000')).problems[0]!;
    expect(nul).toMatchObject({ code: 'file.notText', line: 2 });
  });

  it('skips blank lines and bare-delimiter lines without counting them as rows', () => {
    const r = importPrivacyRegister('b.csv', utf8('id;date;type;source;substantiated\n\nA;2020-01-01;skarga;klient;tak\n;;;;\n'));
    expect(r.stats).toEqual({ rowsRead: 1, rowsUsed: 1, rowsRejected: 0, blankLines: 2 });
  });
});

describe('GRI 418-1 counting', () => {
  const csv = [
    'id;date;type;source;substantiated;records_affected;event_date',
    'c1;2020-01-10;complaint;customer;yes;;',
    'c2;2020-02-10;complaint;third_party;yes;;2019-12-30',
    'c3;2020-03-10;complaint;regulator;yes;;',
    'c4;2020-03-11;complaint;customer;no;;',
    'c5;2020-03-12;complaint;internal;yes;;',
    'c6;2020-03-13;complaint;regulator;no;;',
    'i1;2020-04-01;leak;internal;yes;5;',
    'i2;2020-05-01;theft;third_party;no;2;',
    'i3;2020-06-01;loss;third_party;yes;;',
    'o1;2019-06-01;complaint;customer;yes;;',
    'o2;2019-07-01;loss;third_party;yes;1;',
  ].join('\n');
  const { records } = importPrivacyRegister('g.csv', utf8(csv));

  it('splits substantiated complaints by who complained and counts every leak, theft and loss', () => {
    const y = privacy418(records, 2020);
    expect([y.a_i, y.a_ii, y.a, y.b]).toEqual([2, 1, 3, 3]);
    expect([y.leaks, y.thefts, y.losses, y.records_affected]).toEqual([1, 1, 1, 7]);
    expect([y.complaints_received, y.complaints_unsubstantiated, y.complaints_internal]).toEqual([6, 2, 1]);
    expect(y.from_previous_periods).toBe(1);
  });

  it('counts only rows received in the reporting year', () => {
    const y = privacy418(records, 2019);
    expect([y.a_i, y.a_ii, y.a, y.b]).toEqual([1, 0, 1, 1]);
  });
});

describe('value mappings', () => {
  it('accepts a value the user mapped once, in any spelling, and still rejects unmapped ones', async () => {
    const { withMapping } = await import('../core/kinds/value-mappings.js');
    const csv = 'id;date;type;source;substantiated\nA;2020-01-01;Zgłoszenie klienta;klient;tak\nB;2020-01-02;ZGLOSZENIE KLIENTA;klient;tak\nC;2020-01-03;reklamacja;klient;tak\n';
    const before = importPrivacyRegister('m.csv', utf8(csv));
    expect(before.problems.map((p) => [p.code, p.line, p.key])).toEqual([
      ['value.enum', 2, 'type'],
      ['value.enum', 3, 'type'],
      ['value.enum', 4, 'type'],
    ]);
    const mappings = withMapping({}, 'privacy', 'type', 'Zgłoszenie klienta', 'complaint');
    const after = importPrivacyRegister('m.csv', utf8(csv), mappings.privacy);
    expect(after.records.map((r) => r.type)).toEqual(['complaint', 'complaint']);
    expect(after.problems.map((p) => p.line)).toEqual([4]);
  });
});
