/**
 * Problems as codes with parameters, worded by one catalogue per language (core/common/messages):
 * every catalogue covers every code, the words are those the CLI and the app have always shown,
 * Polish counts take their plural forms, a language without a catalogue gets English, and a
 * problem survives JSON (a worker, IPC, `--json`) with the same words.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_LANGS } from '../core/common/lang.js';
import {
  describeProblem,
  MESSAGE_CATALOGUES,
  messageCatalogue,
  problemExpected,
  problemMessage,
  settingsErrorMessage,
  settingsErrorsText,
} from '../core/common/messages/index.js';
import { makeProblem, type Problem, type ProblemCode } from '../core/common/problem.js';
import { jsonProblem } from '../core/pipeline/summary.js';
import { readSettings } from '../core/report/settings.js';

const at = { file: 'rejestr.csv', line: 12, column: 'Data', columnNumber: 2, key: 'date' };

/** One problem of every code, with typical parameters. */
const EVERY_CODE: { [C in ProblemCode]: Problem } = {
  'file.notText': makeProblem('file.notText', 'error', at, { what: 'zip' }),
  'file.empty': makeProblem('file.empty', 'error', at, {}),
  'file.noRows': makeProblem('file.noRows', 'warning', at, {}),
  'file.tooLarge': makeProblem('file.tooLarge', 'error', at, {}),
  'csv.quotes': makeProblem('csv.quotes', 'error', at, {}),
  'header.missing': makeProblem('header.missing', 'error', at, { column: 'source', accepted: ['source', 'źródło'] }),
  'header.unknown': makeProblem('header.unknown', 'warning', at, { column: 'Dział' }),
  'header.duplicate': makeProblem('header.duplicate', 'error', at, { column: 'date', first: 'Data' }, { found: 'Data zdarzenia' }),
  'header.empty': makeProblem('header.empty', 'warning', at, { position: 4 }),
  'row.ragged': makeProblem('row.ragged', 'error', at, { expected: 6, found: 5 }, { found: '5' }),
  'value.required': makeProblem('value.required', 'error', at, {}, { found: '' }),
  'value.enum': makeProblem('value.enum', 'error', at, { found: 'skagra', suggestion: 'skarga', accepted: ['complaint/skarga', 'leak/wyciek'] }, { found: 'skagra' }),
  'value.date': makeProblem('value.date', 'error', at, { found: '31.02.2020', reason: 'calendar' }, { found: '31.02.2020' }),
  'value.number': makeProblem('value.number', 'error', at, { found: 'abc' }, { found: 'abc' }),
  'value.integer': makeProblem('value.integer', 'error', at, { found: '-2' }, { found: '-2' }),
  'value.boolean': makeProblem('value.boolean', 'error', at, { found: 'może' }, { found: 'może' }),
  'value.period': makeProblem('value.period', 'error', at, { found: '2020-Q5' }, { found: '2020-Q5' }),
  'value.range': makeProblem('value.range', 'error', at, { failed: 7, total: 5 }, { found: '7' }),
  'value.duplicateId': makeProblem('value.duplicateId', 'error', at, { id: 'A-1', firstLine: 2 }, { found: 'A-1' }),
  'metric.unknown': makeProblem('metric.unknown', 'warning', at, { metric: 'nps_app' }, { found: 'nps_app' }),
  'category.unknown': makeProblem('category.unknown', 'warning', at, { metric: 'contacts', category: 'fax' }, { found: 'fax' }),
  'metric.unitMismatch': makeProblem('metric.unitMismatch', 'warning', at, { metric: 'wait_time', unit: 'h', expected: 'min' }, { found: 'h' }),
  'privacy.otherYears': makeProblem('privacy.otherYears', 'info', { file: 'rejestr.csv' }, { rows: 3, years: [2018, 2019], year: 2020 }),
  'digital.auditOld': makeProblem('digital.auditOld', 'warning', at, { date: '2021-03-01', year: 2023 }, { found: '2021-03-01' }),
  'digital.auditLater': makeProblem('digital.auditLater', 'warning', at, { date: '2024-03-01', year: 2023 }, { found: '2024-03-01' }),
  'personal.data': makeProblem('personal.data', 'warning', at, { kinds: ['pesel', 'email'] }, { found: '*********** j***@***' }),
  'template.error': makeProblem('template.error', 'error', { file: 'pl/chapter.hbs', line: 3 }, { variant: 'engine', detail: 'Parse error on line 3' }),
  'narrative.error': makeProblem('narrative.error', 'error', { file: 'narratives/pl/intro.md', line: 4 }, { detail: 'Missing helper: "nums"' }),
  'project.invalid': makeProblem('project.invalid', 'error', { file: '' }, { detail: 'No project.json in x' }),
};

describe('message catalogues', () => {
  it('every report language has a catalogue; every catalogue words every code and says what is expected where English does', () => {
    for (const lang of REPORT_LANGS) expect(Object.hasOwn(MESSAGE_CATALOGUES, lang), lang).toBe(true);
    const expectedCodes = Object.keys(MESSAGE_CATALOGUES.en.expected).sort();
    for (const [lang, catalogue] of Object.entries(MESSAGE_CATALOGUES)) {
      expect(Object.keys(catalogue!.problems).sort(), lang).toEqual(Object.keys(EVERY_CODE).sort());
      expect(Object.keys(catalogue!.expected).sort(), lang).toEqual(expectedCodes);
      expect(Object.keys(catalogue!.settings).sort(), lang).toEqual(Object.keys(MESSAGE_CATALOGUES.en.settings).sort());
      for (const p of Object.values(EVERY_CODE)) expect(problemMessage(p, lang).trim(), `${lang} ${p.code}`).not.toBe('');
    }
  });

  it('words problems as the app and the CLI always have', () => {
    const words = (p: Problem) => ({ pl: problemMessage(p, 'pl'), en: problemMessage(p, 'en'), expected: { pl: problemExpected(p, 'pl'), en: problemExpected(p, 'en') } });
    expect(words(EVERY_CODE['value.enum'])).toEqual({
      pl: 'Nieznana wartość „skagra”. Czy chodziło o „skarga”?',
      en: 'Unknown value "skagra". Did you mean "skarga"?',
      expected: { pl: 'jedna z wartości: complaint/skarga, leak/wyciek', en: 'one of: complaint/skarga, leak/wyciek' },
    });
    expect(words(EVERY_CODE['value.date'])).toEqual({
      pl: 'Data „31.02.2020” nie istnieje w kalendarzu.',
      en: 'The date "31.02.2020" does not exist.',
      expected: { pl: 'data RRRR-MM-DD lub DD.MM.RRRR', en: 'a date YYYY-MM-DD or DD.MM.YYYY' },
    });
    const format = makeProblem('value.date', 'error', at, { found: '2020/01/01', reason: 'format' });
    expect([problemMessage(format, 'pl'), problemMessage(format, 'en')]).toEqual(['„2020/01/01” nie jest datą.', '"2020/01/01" is not a date.']);
    expect(words(EVERY_CODE['header.missing'])).toEqual({
      pl: 'Brak wymaganej kolumny „source” (akceptowane nazwy: source, źródło).',
      en: 'The required column "source" is missing (accepted names: source, źródło).',
      expected: { pl: 'kolumna source', en: 'column source' },
    });
    expect(words(EVERY_CODE['row.ragged'])).toEqual({
      pl: 'Wiersz ma 5 pól, a nagłówek 6. Sprawdź separator i cudzysłowy.',
      en: 'The row has 5 fields but the header has 6. Check the delimiter and quotes.',
      expected: { pl: '6 pól', en: '6 fields' },
    });
    expect(words(EVERY_CODE['file.notText'])).toEqual({
      pl: 'To nie jest plik tekstowy CSV (to plik ZIP, np. skoroszyt XLSX lub ODS). Zapisz dane w Excelu jako „CSV UTF-8” lub „CSV (rozdzielany średnikami)”.',
      en: 'This is not a CSV text file (it is a ZIP file, such as an XLSX or ODS workbook). Save the data from Excel as "CSV UTF-8" or "CSV (semicolon delimited)".',
      expected: { pl: 'plik tekstowy CSV', en: 'a CSV text file' },
    });
    expect(words(EVERY_CODE['value.duplicateId'])).toEqual({
      pl: 'Identyfikator „A-1” powtarza się (pierwszy raz w wierszu 2).',
      en: 'The id "A-1" is used again (first on line 2).',
      expected: { pl: null, en: null },
    });
    // Engine and narrative errors carry the engine's own message, in every language.
    expect(problemMessage(EVERY_CODE['narrative.error'], 'pl')).toBe('Missing helper: "nums"');
    const html = makeProblem('template.error', 'error', { file: 'pl/chapter.hbs (HTML)', line: 2 }, { variant: 'html', detail: '<script> is not allowed' });
    expect([problemMessage(html, 'pl'), problemMessage(html, 'en')]).toEqual([
      'Szablon wygenerował niedozwolony HTML: <script> is not allowed',
      'The templates produced unsupported HTML: <script> is not allowed',
    ]);
  });

  it('gives Polish counts their plural forms and groups large counts', () => {
    const other = (rows: number, years: number[]) => makeProblem('privacy.otherYears', 'info', { file: 'r.csv' }, { rows, years, year: 2020 });
    expect(problemMessage(other(1, [2019]), 'pl')).toBe('1 wiersz z 2019 r. nie wchodzi do wskaźnika 418-1 za 2020 r.; służy do porównania.');
    expect(problemMessage(other(2, [2019]), 'pl')).toBe('2 wiersze z 2019 r. nie wchodzi do wskaźnika 418-1 za 2020 r.; służą do porównania.');
    expect(problemMessage(other(5, [2018, 2019]), 'pl')).toBe('5 wierszy z lat 2018, 2019 nie wchodzi do wskaźnika 418-1 za 2020 r.; służą do porównania.');
    expect(problemMessage(other(12, [2019]), 'pl')).toMatch(/^12 wierszy /);
    expect(problemMessage(other(22, [2019]), 'pl')).toMatch(/^22 wiersze /);
    expect(problemMessage(other(12345, [2019]), 'pl')).toMatch(/^12\u00a0345 wierszy /);
    expect(problemMessage(other(1, [2019]), 'en')).toBe('1 row from 2019 is not part of 418-1 for 2020; used for comparison.');
    expect(problemMessage(other(3, [2018, 2019]), 'en')).toBe('3 rows from 2018, 2019 are not part of 418-1 for 2020; used for comparison.');
    expect(problemMessage(other(12345, [2019]), 'en')).toMatch(/^12,345 rows /);
  });

  it('falls back to English for a language without a catalogue, prototype keys included', () => {
    const p = EVERY_CODE['value.number'];
    for (const lang of ['de', 'uk', 'constructor', '__proto__', '']) {
      expect(messageCatalogue(lang)).toBe(MESSAGE_CATALOGUES.en);
      expect(problemMessage(p, lang)).toBe('"abc" is not a number.');
      expect(problemExpected(p, lang)).toBe('a number, e.g. 1234.5 or 1 234,5');
    }
  });

  it('a problem is plain JSON, with no words: it crosses a worker or IPC and reads the same', () => {
    for (const p of Object.values(EVERY_CODE)) {
      const copy = JSON.parse(JSON.stringify(p)) as Problem;
      expect(copy).toEqual(p);
      expect(Object.keys(p).sort()).toEqual(['code', 'column', 'columnNumber', 'file', 'found', 'key', 'line', 'params', 'severity']);
      for (const lang of ['pl', 'en']) expect(problemMessage(copy, lang)).toBe(problemMessage(p, lang));
    }
  });

  it('keeps the --json problem shape: message and expected as strings in the report language', () => {
    expect(jsonProblem(EVERY_CODE['value.enum'], 'pl')).toEqual({
      file: 'rejestr.csv',
      line: 12,
      column: 'Data',
      severity: 'error',
      message: 'Nieznana wartość „skagra”. Czy chodziło o „skarga”?',
      code: 'value.enum',
      columnNumber: 2,
      expected: 'jedna z wartości: complaint/skarga, leak/wyciek',
      found: 'skagra',
    });
    expect(jsonProblem(EVERY_CODE['header.unknown'], 'en')).toMatchObject({ message: 'Unknown column "Dział" is ignored.', expected: null });
  });

  it('describes a problem on one line with its location words', () => {
    expect(describeProblem(EVERY_CODE['value.number'], 'pl')).toBe('rejestr.csv, wiersz 12, kolumna „Data”: „abc” nie jest liczbą.');
    expect(describeProblem(EVERY_CODE['value.number'], 'en')).toBe('rejestr.csv, line 12, column "Data": "abc" is not a number.');
    expect(describeProblem(EVERY_CODE['privacy.otherYears'], 'en')).toMatch(/^rejestr\.csv: 3 rows /);
  });

  it('words settings errors from their codes, naming the report languages and editions', () => {
    const read = readSettings({ organisation: '', year: 1999, lang: 'de', edition: '2020' });
    if (read.ok) throw new Error('expected errors');
    expect(read.errors.map((e) => e.code)).toEqual(['settings.organisation', 'settings.year', 'settings.lang', 'settings.edition']);
    expect(read.errors.map((e) => settingsErrorMessage(e, 'pl'))).toEqual([
      'Brak nazwy organizacji („organisation”).',
      '„year” musi być rokiem sprawozdawczym, np. 2020.',
      '„lang” musi mieć wartość "pl" lub "en".',
      '„edition” musi mieć wartość "2016" lub "2021".',
    ]);
    expect(settingsErrorsText(read.errors, 'en')).toBe(
      'The organisation name ("organisation") is missing. "year" must be the reporting year, e.g. 2020. "lang" must be "pl" or "en". "edition" must be "2016" or "2021".',
    );
    expect(JSON.parse(JSON.stringify(read.errors))).toEqual(read.errors);
  });
});
