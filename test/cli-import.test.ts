/**
 * The CLI on a large register: it streams the file, reports progress on stderr, and lists the
 * first 1,000 problems of a file with many bad rows while counting all of them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, tempDir } from './helpers/cli.js';

beforeAll(buildCli);

/** ~6 MB: above the size from which progress is reported. Every 20th row has a bad date. */
function bigRegister(rows: number): string {
  const lines = ['id;date;type;source;substantiated;records_affected;event_date;cause;description'];
  for (let i = 0; i < rows; i++) {
    const date = i % 20 === 7 ? '31.02.2020' : `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.${2019 + (i % 2)}`;
    lines.push(`R${i};${date};${i % 3 ? 'skarga' : 'wyciek'};${i % 5 ? 'klient' : 'UODO'};${i % 4 ? 'tak' : 'nie'};;;przyczyna ${i % 7};"opis; długi ""tekst"" zgłoszenia numer ${i}"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('csr-report on a large register', () => {
  it('streams it, reports progress on stderr, and counts every problem while listing the first 1,000', () => {
    const dir = tempDir();
    const file = join(dir, 'rejestr.csv');
    const rows = 60_000;
    writeFileSync(file, bigRegister(rows));
    const r = runCli(['check', '--privacy', file, '--year', '2020', '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const [imported] = json.imports;
    expect(imported).toMatchObject({ rowsRead: rows, rowsRejected: rows / 20, rowsUsed: rows - rows / 20, problemsTruncated: rows / 20 - 1000 });
    expect(imported.problemCounts).toEqual({ 'value.date': rows / 20 });
    expect(imported.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.problemsTruncated).toBe(rows / 20 - 1000);
    expect(json.problems.filter((p: { code: string }) => p.code === 'value.date')).toHaveLength(1000);
    // Not a terminal: plain lines, the last one with every row (Polish digit groups: no-break spaces).
    expect(r.stderr).toMatch(/Wczytywanie rejestr\.csv: [\d,]+ z [\d,]+ MB \(100%\), 60\u00a0000 wierszy, [\d\u00a0]+ wierszy\/s\n$/);
  });

  it('says in its human report how many more problems there are, by kind', () => {
    const dir = tempDir();
    const file = join(dir, 'rejestr.csv');
    writeFileSync(file, bigRegister(30_000));
    const r = runCli(['check', '--privacy', file, '--year', '2020', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rejestr.csv: and 500 more problems (totals by kind: value.date: 1500)');
    expect(r.stdout).toContain('1500 errors. No file was written.');
  });
});
