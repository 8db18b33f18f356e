import { describe, expect, it } from 'vitest';
import { problemMessage } from '../core/common/messages/index.js';
import { findPersonalData, isIban, isIdCard, isPesel } from '../core/personal-data/detectors.js';

const kinds = (text: string) => findPersonalData(text).map((h) => h.kind);

describe('personal data detectors', () => {
  it('recognises valid PESEL numbers by their check digit and date', () => {
    expect(isPesel('44051401359')).toBe(true);
    expect(isPesel('02070803628')).toBe(true);
    expect(isPesel('44051401358')).toBe(false);
    expect(isPesel('12345678901')).toBe(false);
  });

  it('recognises Polish ID cards and IBANs by their checksums', () => {
    expect(isIdCard('ABA300000')).toBe(true);
    expect(isIdCard('ABA300001')).toBe(false);
    expect(isIban('PL61 1090 1014 0000 0712 1981 2874')).toBe(true);
    expect(isIban('PL61 1090 1014 0000 0712 1981 2875')).toBe(false);
  });

  it('finds each kind in free text and masks what it shows', () => {
    const text =
      'Klient (PESEL 44051401359, dowód ABA300000) pisał z jan.kowalski@example.pl, tel. +48 601 234 567, konto 61 1090 1014 0000 0712 1981 2874.';
    expect(kinds(text)).toEqual(['pesel', 'id-card', 'email', 'phone', 'iban']);
    const shown = findPersonalData(text).map((h) => h.masked).join(' ');
    expect(shown).not.toContain('44051401359');
    expect(shown).not.toContain('kowalski');
  });

  it('does not flag case numbers, dates, amounts or invalid check digits', () => {
    expect(kinds('Sprawa PRV/2020/001 z 05.02.2020, kwota 1 234,50 zł, numer 12345678901, 3 dokumenty')).toEqual([]);
  });
});

describe('the personal-data guard on import', () => {
  const PESEL = '44051401359';
  const csv = [
    'Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna;Przyczyna;Opis',
    `P1;05.02.2020;skarga;klient;tak;ujawnienie danych;Klient PESEL ${PESEL} zgłosił sprawę`,
    'P2;06.02.2020;skarga;klient;tak;ujawnienie danych;dokumenty wydane innej osobie',
    'P3;07.02.2020;utrata;strona trzecia;tak;pisał z jan.kowalski@example.pl;kurier zgubił przesyłkę',
  ].join('\n');

  it('warns with the line and column, shows only a masked value, and still uses the rows', async () => {
    const { importPrivacyRegister } = await import('./helpers/kind-imports.js');
    const r = importPrivacyRegister('rejestr.csv', new TextEncoder().encode(csv));
    const warnings = r.problems.filter((p) => p.code === 'personal.data');
    expect(warnings.map((p) => [p.severity, p.line, p.column])).toEqual([
      ['warning', 2, 'Opis'],
      ['warning', 4, 'Przyczyna'],
    ]);
    expect(problemMessage(warnings[0]!, 'en')).toContain('pesel');
    expect(JSON.stringify(r.problems)).not.toContain(PESEL);
    expect(JSON.stringify(r.problems)).not.toContain('kowalski');
    expect(r.stats.rowsUsed).toBe(3);
  });

  it('never lets a PESEL from a description reach any output or the printed report', async () => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { buildCli, runCli } = await import('./helpers/cli.js');
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'raport-pii-'));
    writeFileSync(join(dir, 'rejestr.csv'), csv);
    const out = join(dir, 'out');
    const json = runCli(['build', '--privacy', join(dir, 'rejestr.csv'), '--year', '2020', '--out', out, '--format', 'docx,html,txt,large-print', '--json']);
    const human = runCli(['check', '--privacy', join(dir, 'rejestr.csv'), '--year', '2020']);
    expect(json.code).toBe(0);
    for (const text of [json.stdout, json.stderr, human.stdout, human.stderr]) expect(text).not.toContain(PESEL);
    const files = readdirSync(out);
    expect(files.length).toBe(4);
    const { unzipSync, strFromU8 } = await import('fflate');
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(join(out, f)));
      const texts = f.endsWith('.docx') ? Object.values(unzipSync(bytes)).map((b) => strFromU8(b)) : [strFromU8(bytes)];
      for (const t of texts) expect(t, f).not.toContain(PESEL);
    }
  });
});
