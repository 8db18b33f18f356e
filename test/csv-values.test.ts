import { describe, expect, it } from 'vitest';
import { normalizeKey, KeyMatcher } from '../core/csv/normalize.js';
import { detectDelimiter } from '../core/csv/read-rows.js';
import { parseDate, parseNumber, parsePeriod } from '../core/csv/values.js';
import { createDateReader, dateKey } from '../core/csv/date-reader.js';

describe('cell values', () => {
  it('reads dates as YYYY-MM-DD, DD.MM.YYYY and D.M.YYYY and rejects days that do not exist', () => {
    expect(parseDate('2020-02-01')).toEqual({ ok: true, iso: '2020-02-01', year: 2020 });
    expect(parseDate('01.02.2020')).toEqual({ ok: true, iso: '2020-02-01', year: 2020 });
    expect(parseDate('1.2.2020')).toEqual({ ok: true, iso: '2020-02-01', year: 2020 });
    expect(parseDate('29.02.2020')).toMatchObject({ ok: true });
    expect(parseDate('31.02.2020')).toEqual({ ok: false, reason: 'calendar' });
    expect(parseDate('29.02.2019')).toEqual({ ok: false, reason: 'calendar' });
    expect(parseDate('02/01/2020')).toEqual({ ok: false, reason: 'format' });
    expect(parseDate('2020-1-5 00:00:00')).toEqual({ ok: true, iso: '2020-01-05', year: 2020 });
  });

  it('reads numbers with a decimal comma or dot and space-like grouping, and strips %', () => {
    expect(parseNumber('78,4')).toBe(78.4);
    expect(parseNumber('78.4')).toBe(78.4);
    expect(parseNumber('87,3 %')).toBe(87.3);
    expect(parseNumber('1 482 310')).toBe(1482310);
    expect(parseNumber('1\u00a0482\u00a0310,5')).toBe(1482310.5);
    expect(parseNumber('1\u202f482')).toBe(1482);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('-3,5')).toBe(-3.5);
    expect(parseNumber('\u22123,5')).toBe(-3.5);
    expect(parseNumber('1,2,3')).toBeNull();
    expect(parseNumber('=SUM(A1:A3)')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
  });

  it('reads periods YYYY, YYYY-MM and YYYY-Qn', () => {
    expect(parsePeriod('2020')).toMatchObject({ key: '2020', kind: 'year' });
    expect(parsePeriod('2020-3')).toMatchObject({ key: '2020-03', kind: 'month', index: 3 });
    expect(parsePeriod('2020-q2')).toMatchObject({ key: '2020-Q2', kind: 'quarter', index: 2 });
    expect(parsePeriod('2020-13')).toBeNull();
    expect(parsePeriod('Q2')).toBeNull();
  });
});

describe('matching names', () => {
  it('ignores case, diacritics (ł too), spaces, _ and -', () => {
    expect(normalizeKey('Źródło')).toBe('zrodlo');
    expect(normalizeKey('  PĘTLA_indukcyjna ')).toBe('petlaindukcyjna');
    expect(normalizeKey('Tłumacz-PJM')).toBe('tlumaczpjm');
    expect(normalizeKey('\ufeffid')).toBe('id');
  });

  it('suggests the closest spelling for a typo, and nothing for unrelated text', () => {
    const m = new KeyMatcher([
      { value: 'complaint', spellings: ['skarga'] },
      { value: 'loss', spellings: ['utrata'] },
    ]);
    expect(m.match('SKARGA')).toBe('complaint');
    expect(m.suggest('skagra')).toBe('skarga');
    expect(m.suggest('utarta')).toBe('utrata');
    expect(m.suggest('zgłoszenie klienta')).toBeNull();
  });
});

describe('delimiter detection', () => {
  it('finds ; , and TAB, and is not fooled by decimal commas', () => {
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
    expect(detectDelimiter('a,b\n"x;y",2\n')).toBe(',');
  });
});

describe('the fast date reader', () => {
  it('answers exactly as parseDate for both usual forms, odd forms and impossible dates', () => {
    const read = createDateReader();
    const texts = ['08.01.2019', '2019-01-08', '31.02.2020', '2020-02-30', '29.02.2020', '29.02.2019', '00.01.2020', '2020-13-01', '8.1.2019', '2019-1-8', '08.01.2019 10:15', '0a.01.2019', '2019/01/08', '', '08-01-2019'];
    for (const t of [...texts, ...texts]) expect(read(t)).toEqual(parseDate(t));
    expect(dateKey('08.01.2019')).toBe(20190108);
    expect(dateKey('2019-01-08')).toBe(20190108);
    expect(dateKey('8.1.2019')).toBe(-1);
  });
});
