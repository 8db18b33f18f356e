/**
 * The digital-accessibility register (issue 12's fourth kind): the same input rules as every other
 * kind — encodings, delimiters, Polish or English headers and values, located errors, rows read =
 * used + rejected — and its figures, its warning for old audits and its part of the chapter.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindOf } from '../core/kinds/registry.js';
import { importProblems, importInputs } from '../core/pipeline/import-inputs.js';
import { importDigitalRegister } from './helpers/kind-imports.js';
import { buildCli, runCli, tempDir } from './helpers/cli.js';
import { utf8, win1250 } from './helpers/encode.js';


/** Polish Excel: Windows-1250, ';', CRLF, Polish headers and values, a line break inside a quoted name. */
const POLISH = [
  'ID kanału;Kanał;Typ kanału;Standard;Data audytu;Liczba kryteriów;Niespełnione kryteria;Zgodność;Krytyczne otwarte;Deklaracja dostępności',
  'K1;Serwis główny;strona www;WCAG 2.1 AA;15.03.2021;50;5;częściowa;1;tak',
  'K2;"Aplikacja\nna Androida";aplikacja mobilna;EN 301 549 v3.2.1;02.06.2021;56;0;pełna;;tak',
  'K3;Sklep;sklep internetowy;WCAG 2.1 AA;2021-09-30;40;12;częściowa;2;nie',
  'K4;Infolinia;infolinia;EN 301 549 v3.2.1;10.10.2019;20;20;brak;0;',
].join('\r\n');

describe('digital accessibility register', () => {
  it('reads Windows-1250 with ";", Polish headers and values and a quoted line break, counting every row', () => {
    const r = importDigitalRegister('kanaly.csv', win1250(POLISH));
    expect(r.encoding).toBe('windows-1250');
    expect(r.delimiter).toBe(';');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.stats).toMatchObject({ rowsRead: 4, rowsUsed: 4, rowsRejected: 0 });
    // Physical lines: the quoted line break makes K2 two lines long, so K3 is on line 5.
    expect(r.records.map((c) => [c.channelId, c.line, c.type, c.conformance])).toEqual([
      ['K1', 2, 'website', 'partial'],
      ['K2', 3, 'mobile_app', 'full'],
      ['K3', 5, 'e_shop', 'partial'],
      ['K4', 6, 'phone', 'none'],
    ]);
    expect(r.records[1]?.channel).toBe('Aplikacja\nna Androida');
    // An empty "Krytyczne otwarte" is 0; an empty statement is unknown.
    expect(r.records.map((c) => [c.openIssuesCritical, c.statement])).toEqual([[1, true], [0, true], [2, false], [0, null]]);

    const d = kindOf('digital').section(r, 2021, 'pl', { metrics: { units: {}, metrics: [] } });
    expect(d).toMatchObject({
      channels_total: 4,
      channels_full: 1,
      channels_partial: 2,
      channels_none: 1,
      criteria_total: 166,
      criteria_failed: 37,
      criteria_met: 129,
      open_issues_critical: 3,
      channels_with_statement: 2,
      audits_before_year: 1,
      oldest_audit_year: 2019,
    });
    expect(d.share_criteria_met).toBeCloseTo(129 / 166, 10);
    expect(d.by_type.map((t) => [t.label, t.channels, t.criteria_total, t.criteria_failed])).toEqual([
      ['Serwis internetowy', 1, 50, 5],
      ['Aplikacja mobilna', 1, 56, 0],
      ['Sklep internetowy', 1, 40, 12],
      ['Infolinia', 1, 20, 20],
    ]);
  });

  it('reads UTF-8 with English headers and values the same way', () => {
    const csv = [
      'channel_id,channel,channel_type,standard,audit_date,criteria_total,criteria_failed,conformance,open_issues_critical,statement',
      'W1,Main website,website,WCAG 2.1 AA,2021-03-15,50,5,partial,1,yes',
      'A1,Android app,mobile_app,EN 301 549 v3.2.1,2021-06-02,56,0,full,0,yes',
      'C1,Chat,chat,WCAG 2.1 AA,2021-01-20,50,0,full,0,no',
    ].join('\n');
    const r = importDigitalRegister('channels.csv', utf8(csv));
    expect(r.encoding).toBe('utf-8');
    expect(r.stats).toMatchObject({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0 });
    const d = kindOf('digital').section(r, 2021, 'en', { metrics: { units: {}, metrics: [] } });
    expect(d).toMatchObject({ channels_total: 3, channels_full: 2, criteria_total: 156, criteria_failed: 5, channels_with_statement: 2, audits_before_year: 0 });
    expect(d.by_type.map((t) => t.label)).toEqual(['Website', 'Mobile app', 'Chat']);
  });

  it('rejects a row with more failed criteria than audited and one with an unknown type, each with its line and column', () => {
    const csv = [
      'ID kanału;Kanał;Typ kanału;Standard;Data audytu;Liczba kryteriów;Niespełnione kryteria;Zgodność',
      'K1;Serwis;serwis internetowy;WCAG 2.1 AA;2021-03-15;50;51;częściowa',
      'K2;Kiosk;kiosk w salonie;WCAG 2.1 AA;2021-03-15;50;2;częściowa',
      'K3;Czat;czat;WCAG 2.1 AA;2021-03-15;50;2;częściowa',
    ].join('\n');
    const r = importDigitalRegister('kanaly.csv', utf8(csv));
    const errors = r.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.line, p.column, p.columnNumber, p.found])).toEqual([
      ['value.range', 2, 'Niespełnione kryteria', 7, '51'],
      ['value.enum', 3, 'Typ kanału', 3, 'kiosk w salonie'],
    ]);
    expect(r.stats).toMatchObject({ rowsRead: 3, rowsUsed: 1, rowsRejected: 2 });
    expect(r.records.map((c) => c.channelId)).toEqual(['K3']);
  });

  it('rejects a repeated channel id and a negative count', () => {
    const csv = [
      'channel_id;channel;channel_type;standard;audit_date;criteria_total;criteria_failed;conformance',
      'K1;Serwis;website;WCAG 2.1 AA;2021-03-15;50;1;partial',
      'K1;Serwis 2;website;WCAG 2.1 AA;2021-03-15;50;1;partial',
      'K2;Czat;chat;WCAG 2.1 AA;2021-03-15;-3;0;partial',
    ].join('\n');
    const r = importDigitalRegister('k.csv', utf8(csv));
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.column])).toEqual([
      ['value.duplicateId', 3, 'channel_id'],
      ['value.integer', 4, 'criteria_total'],
    ]);
    expect(r.stats.rowsRead).toBe(r.stats.rowsUsed + r.stats.rowsRejected);
  });

  it('warns, at its line and column, about an audit dated before the reporting year, and still counts the channel', () => {
    const inputs = importInputs({ digital: { name: 'kanaly.csv', bytes: win1250(POLISH) } });
    const warnings = importProblems(inputs, 2021).filter((p) => p.code === 'digital.auditOld');
    expect(warnings.map((p) => [p.severity, p.file, p.line, p.column, p.columnNumber, p.found])).toEqual([
      ['warning', 'kanaly.csv', 6, 'Data audytu', 5, '2019-10-10'],
    ]);
    // For 2019 nothing is older than the year.
    expect(importProblems(inputs, 2019).filter((p) => p.code === 'digital.auditOld')).toEqual([]);
    expect(inputs.digital?.stats.rowsUsed).toBe(4);
  });

  it('warns about an audit dated after the reporting year too: its result describes a later state', () => {
    const inputs = importInputs({ digital: { name: 'kanaly.csv', bytes: win1250(POLISH) } });
    // For 2020 the three audits of 2021 are later; the 2019 one is older.
    const notes = importProblems(inputs, 2020).filter((p) => p.code.startsWith('digital.'));
    expect(notes.map((p) => [p.code, p.line, p.column])).toEqual([
      ['digital.auditLater', 2, 'Data audytu'],
      ['digital.auditLater', 3, 'Data audytu'],
      ['digital.auditLater', 5, 'Data audytu'],
      ['digital.auditOld', 6, 'Data audytu'],
    ]);
    const d = kindOf('digital').section(inputs.digital!, 2020, 'pl', { metrics: { units: {}, metrics: [] } });
    expect([d.audits_before_year, d.audits_after_year]).toEqual([1, 3]);
  });
});

describe('digital accessibility in the CLI and the chapter', () => {
  beforeAll(buildCli);

  it('--digital FILE gives the digital_* metrics in --json and a table by channel type in words', () => {
    const dir = tempDir('raport-digital-');
    const file = join(dir, 'kanaly.csv');
    writeFileSync(file, win1250(POLISH));
    const out = join(dir, 'out');
    const r = runCli(['build', '--digital', file, '--year', '2021', '--org', 'Telko S.A.', '--out', out, '--format', 'html,txt', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.imports.map((i: { kind: string }) => i.kind)).toEqual(['digital']);
    expect(json.metrics).toMatchObject({
      digital_channels_total: 4,
      digital_channels_full: 1,
      digital_channels_partial: 2,
      digital_channels_none: 1,
      digital_criteria_total: 166,
      digital_criteria_failed: 37,
      digital_open_issues_critical: 3,
      digital_channels_with_statement: 2,
    });
    expect(json.problems.filter((p: { code: string }) => p.code === 'digital.auditOld').map((p: { line: number }) => p.line)).toEqual([6]);
    // No-break spaces keep numbers with their words; compare the words.
    const text = readFileSync(join(out, 'customer-services-2021-pl.txt'), 'utf8').replace(/\u00a0/g, ' ');
    expect(text).toContain('Audyty objęły 4 kanały obsługi');
    expect(text).toMatch(/Serwis internetowy — Kryteria spełnione: 90,0%; Kanały: 1; W pełni zgodne: 0; Kryteria sprawdzone: 50/);
    expect(text).toMatch(/Infolinia — Kryteria spełnione: 0,0%; Kanały: 1; W pełni zgodne: 0; Kryteria sprawdzone: 20/);
    // The chapter names channel types in words; ids appear only in the counting rules of the sources appendix.
    expect(text.slice(0, text.indexOf('Źródła danych'))).not.toMatch(/mobile_app|e_shop|self_service|website/);
    expect(text).toContain('pochodzą z audytów sprzed 2021 r. (najstarszy z 2019 r.)');
    expect(text).not.toContain('przeprowadzonych po');
    // Its line in the GRI content index, as the company's own topic.
    expect(text).toMatch(/Temat własny: dostępność cyfrowa — Wskaźnik: DA-1/);
    const html = readFileSync(join(out, 'customer-services-2021-pl.html'), 'utf8');
    expect(html).toMatch(/<th scope="row"[^>]*>Aplikacja mobilna<\/th>/);
  });

  it('without the register the chapter says so, and the content index has no digital line', () => {
    const dir = tempDir('raport-digital-');
    const out = join(dir, 'out');
    const privacy = join(import.meta.dirname, '..', 'data', 'sample', 'privacy-register.csv');
    const r = runCli(['build', '--privacy', privacy, '--year', '2020', '--org', 'Telko S.A.', '--out', out, '--format', 'txt', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).metrics.digital_channels_total).toBeNull();
    const text = readFileSync(join(out, 'customer-services-2020-pl.txt'), 'utf8').replace(/\u00a0/g, ' ');
    expect(text).toContain('Nie przekazano rejestru dostępności cyfrowej');
    expect(text).not.toContain('DA-1');
  });
});
