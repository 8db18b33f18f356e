import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempDir } from './helpers/cli.js';

beforeAll(buildCli);

const SAMPLE = 'data/sample';

describe('csr-report build on the bundled sample', () => {
  it('writes the DOCX and HTML and reports the 418-1 figures and store counts as JSON', () => {
    const out = tempDir();
    const r = runCli(['build', '--project', SAMPLE, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(true);
    expect(json.outputs.map((o: string) => o.replace(out, ''))).toEqual(['/customer-services-2020-pl.docx', '/customer-services-2020-pl.html']);
    expect(json.indicators['418-1']).toEqual({ a_i: 14, a_ii: 2, a: 16, b: 23 });
    expect(json.metrics).toMatchObject({
      stores_total: 690,
      stores_sign_language: 85,
      stores_induction_loop: 70,
      stores_sign_language_or_loop: 120,
      stores_step_free: 138,
    });
    expect(json.service.voice_demand_change.value).toBe(50);
    expect(json.service.data_demand_change.value).toBe(20);
    for (const i of json.imports) expect(i.rowsRead).toBe(i.rowsUsed + i.rowsRejected);
    expect(json.imports.map((i: { encoding: string }) => i.encoding)).toEqual(['windows-1250', 'utf-8-bom', 'utf-8', 'utf-8-bom']);
    expect(json.coverage.every((c: { status: string }) => c.status === 'complete')).toBe(true);
    expect(json.problems.filter((p: { severity: string }) => p.severity === 'error')).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['customer-services-2020-pl.docx', 'customer-services-2020-pl.html']);
  });

  it('writes the English chapter with --lang en and GRI 3-3 with --edition 2021', () => {
    const out = tempDir();
    const r = runCli(['build', '--project', SAMPLE, '--out', out, '--lang', 'en', '--edition', '2021', '--json']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(out, 'customer-services-2020-en.html'), 'utf8');
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('GRI 3-3');
    expect(html).not.toContain('GRI 103-1');
  });

  it('prints a readable summary without --json', () => {
    const r = runCli(['check', '--project', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('privacy-register.csv: wczytano 121 wierszy, użyto 121, odrzucono 0, windows-1250');
    // Polish plural forms: „8 wierszy”, and for the other sample files the count decides too.
    expect(r.stdout).toContain('digital-accessibility.csv: wczytano 8 wierszy, użyto 8');
    expect(r.stdout).toContain('GRI 418-1 2020: a.i = 14, a.ii = 2, a = 16, b = 23');
  });
});

describe('csr-report with separate input files', () => {
  it('builds from any subset of inputs and lists what is missing in the coverage check', () => {
    const out = tempDir();
    const r = runCli(['build', '--accessibility', `${SAMPLE}/accessibility-register.csv`, '--year', '2020', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.indicators['418-1']).toBeNull();
    expect(json.metrics.stores_sign_language_or_loop).toBe(120);
    const gri418 = json.coverage.find((c: { code: string }) => c.code === '418-1');
    expect(gri418.missing.map((m: { reason: string }) => m.reason)).toEqual(['missing-data', 'missing-data', 'missing-data']);
    const html = readFileSync(join(out, 'customer-services-2020-pl.html'), 'utf8');
    expect(html).toContain('690');
    expect(html.toLowerCase()).toContain('rejestr');
  });

  it('exits 1, writes nothing and lists every error with file, line and column', () => {
    const dir = tempDir();
    const bad = join(dir, 'rejestr.csv');
    writeFileSync(bad, 'Nr;Data;Rodzaj;Źródło;Zasadna\nA;2020-01-01;skarga;klient;tak\nB;31.02.2020;skarga;klient;tak\nC;2020-01-02;zgłoszenie;klient;tak\n');
    const out = join(dir, 'out');
    const r = runCli(['build', '--privacy', bad, '--year', '2020', '--out', out, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.outputs).toEqual([]);
    const errors = json.problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors.map((p: { file: string; line: number; column: string }) => [p.file, p.line, p.column])).toEqual([
      ['rejestr.csv', 3, 'Data'],
      ['rejestr.csv', 4, 'Rodzaj'],
    ]);
    expect(errors[0].message).toContain('31.02.2020');
    expect(existsSync(out)).toBe(false);
    const human = runCli(['build', '--privacy', bad, '--year', '2020', '--out', out]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('rejestr.csv, wiersz 3, kolumna „Data”');
    expect(human.stdout).toContain('Nie zapisano żadnego pliku');
  });

  it('exits 2 on a usage error, with a JSON object when --json is given', () => {
    expect(runCli(['build']).code).toBe(2);
    expect(runCli(['publish', '--project', SAMPLE]).code).toBe(2);
    const r = runCli(['build', '--privacy', 'x.csv', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, outputs: [], problems: [{ severity: 'error' }] });
    expect(JSON.parse(runCli(['build', '--project', SAMPLE, '--lang', 'de', '--json']).stdout).error).toContain('--lang');
    expect(runCli(['build', '--privacy', 'nie-ma-takiego.csv', '--year', '2020']).stderr).toContain('nie-ma-takiego.csv');
  });
});

describe("the CLI's Polish report counts rows with their plural forms", () => {
  it('says 1 wiersz, 3 wiersze, 5 wierszy, 22 wiersze, 121 wierszy', async () => {
    const { CLI_WORDS } = await import('../cli/messages.js');
    const read = (n: number) => CLI_WORDS.pl.imported('a.csv', n, n, 0, '');
    expect([1, 3, 5, 22, 121].map(read)).toEqual([
      'a.csv: wczytano 1 wiersz, użyto 1, odrzucono 0',
      'a.csv: wczytano 3 wiersze, użyto 3, odrzucono 0',
      'a.csv: wczytano 5 wierszy, użyto 5, odrzucono 0',
      'a.csv: wczytano 22 wiersze, użyto 22, odrzucono 0',
      'a.csv: wczytano 121 wierszy, użyto 121, odrzucono 0',
    ]);
  });
});
