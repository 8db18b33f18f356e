/**
 * The CLI's split import with its real worker thread (dist/cli/part-worker.mjs): a register read in
 * two halves at once gives the one-pass result, and `csr-report` on a register above the split size
 * reports the same figures as a plain count.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTableStream } from '../core/import/import-stream.js';
import { importTableSplit, SPLIT_FROM } from '../core/import/split-import.js';
import { PRIVACY_SPEC } from '../core/kinds/privacy/schema.js';
import { fileSource } from '../cli/file-source.js';
import { workerPartRunner } from '../cli/part-runner.js';
import { buildCli, ROOT, runCli, tempDir } from './helpers/cli.js';

beforeAll(buildCli);

const WORKER = pathToFileURL(join(ROOT, 'dist/cli/part-worker.mjs'));

/** Rows with quoted separators and line breaks, a few bad dates (unless `clean`); ids unique. */
function register(rows: number, clean = false): string {
  const lines = ['Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna;Liczba osób;Data zdarzenia;Przyczyna;Opis'];
  for (let i = 0; i < rows; i++) {
    const date = !clean && i % 997 === 5 ? '31.02.2020' : `${String((i % 28) + 1).padStart(2, '0')}.${String((i % 12) + 1).padStart(2, '0')}.${yearOf(i)}`;
    const description = i % 50 === 0 ? `"opis; z ""cudzysłowem""\nw dwóch liniach ${i}"` : `opis sprawy numer ${i} zażółć gęślą jaźń`;
    lines.push(`P/${i};${date};${['skarga', 'wyciek', 'kradzież', 'utrata'][i % 4]};${['klient', 'UODO', 'strona trzecia', 'wewnętrzne'][i % 4 === 0 ? (i >> 2) % 4 : 0]};${i % 3 ? 'tak' : 'nie'};${i % 4 ? i % 40 : ''};;przyczyna ${i % 7};${description}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const yearOf = (i: number): number => 2019 + ((i >> 4) % 2);

/** 418-1 figures counted the slow, obvious way from the rows as written. */
function reference(rows: number, year: number, clean = false) {
  let a_i = 0;
  let a_ii = 0;
  let b = 0;
  for (let i = 0; i < rows; i++) {
    if ((!clean && i % 997 === 5) || yearOf(i) !== year) continue;
    const type = i % 4;
    const source = type === 0 ? (i >> 2) % 4 : 0;
    if (type !== 0) b++;
    else if (i % 3 !== 0 && (source === 0 || source === 2)) a_i++;
    else if (i % 3 !== 0 && source === 1) a_ii++;
  }
  return { a_i, a_ii, a: a_i + a_ii, b };
}

describe('the split import in a worker thread', () => {
  it('joins the halves to exactly the one-pass result', async () => {
    const file = join(tempDir(), 'rejestr.csv');
    writeFileSync(file, register(20_000));
    const source = fileSource(file, statSync(file).size);
    const hash = () => createHash('sha256');
    const how: string[] = [];
    const split = await importTableSplit(() => PRIVACY_SPEC, 'rejestr.csv', source, {
      hash,
      splitFrom: 1,
      runPart: workerPartRunner({ privacy: file }, WORKER),
      onSplit: (h) => how.push(h),
    });
    const one = await importTableStream(() => PRIVACY_SPEC, 'rejestr.csv', source, { hash });
    expect(how).toEqual(['joined']);
    if (split.status !== 'done' || one.status !== 'done') throw new Error('cancelled');
    const { tally: t1, ...r1 } = split.result;
    const { tally: t2, ...r2 } = one.result;
    expect(r1).toEqual(r2);
    expect(r1.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    for (const y of [2019, 2020]) {
      expect(t1.year(y)).toEqual(t2.year(y));
      expect(t1.lines(y, 'a')).toEqual(t2.lines(y, 'a'));
    }
    expect(t1.year(2020)).toMatchObject(reference(20_000, 2020));
    expect(t1.year(2020).a_ii).toBeGreaterThan(0);
  });

  it(`csr-report reads a register above ${SPLIT_FROM >> 20} MiB in two halves and reports the plain count's figures`, () => {
    const dir = tempDir();
    const file = join(dir, 'rejestr.csv');
    const rows = 400_000;
    writeFileSync(file, register(rows, true));
    expect(statSync(file).size).toBeGreaterThan(SPLIT_FROM);
    const r = runCli(['check', '--privacy', file, '--year', '2020', '--json']);
    const json = JSON.parse(r.stdout);
    const privacy = json.imports.find((i: { kind: string }) => i.kind === 'privacy');
    expect(privacy.rowsRead).toBe(rows);
    expect(privacy.rowsRead).toBe(privacy.rowsUsed + privacy.rowsRejected);
    expect(privacy.rowsRejected).toBe(0);
    expect(r.stderr).not.toMatch(/worker|Error/);
    const expected = reference(rows, 2020, true);
    expect(expected.a_i * expected.a_ii * expected.b).toBeGreaterThan(0);
    expect(json.indicators['418-1']).toEqual(expected);
  }, 120_000);
});
