/**
 * A register read in two parts (the second as a worker would: its job and answer cloned across the
 * boundary) gives exactly what one pass gives: rows, lines, problems, records, 418-1 figures and
 * the lines behind them, encoding, SHA-256. Files where the parts cannot be joined exactly are read
 * again in one pass, with the same result.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesSource, importTableStream, type ByteSource } from '../core/import/import-stream.js';
import { importPart } from '../core/import/part-import.js';
import { importTableSplit, type PartRunner } from '../core/import/split-import.js';
import { PRIVACY_SPEC, type PrivacyImport } from '../core/kinds/privacy/schema.js';
import { utf16leBom, utf8, utf8Bom, win1250 } from './helpers/encode.js';
import { randomRegister, REGISTER_HEADER } from './helpers/random-register.js';

const hash = () => createHash('sha256');

/** The second part run here, its job and answer passed through structuredClone as through postMessage. */
function runnerOver(bytes: Uint8Array): PartRunner {
  return async (job, onProgress) => {
    const cloned = structuredClone(job);
    const out = await importPart(PRIVACY_SPEC, cloned, bytesSource(bytes.subarray(cloned.start, cloned.end), 4096), { onProgress, progressEvery: 1 });
    return structuredClone(out);
  };
}

/** Everything a user or a figure can see of an import. */
function visible(r: PrivacyImport) {
  const years = [2018, 2019, 2020, 2021, 2022];
  const figures = ['a_i', 'a_ii', 'a', 'b', 'leaks', 'records_affected', 'from_previous_periods', 'complaints_received'] as const;
  const { tally, ...rest } = r;
  return {
    ...rest,
    figures: years.map((y) => tally.year(y)),
    lines: years.map((y) => figures.map((f) => tally.lines(y, f))),
    outside: tally.outside(2020),
  };
}

async function both(bytes: Uint8Array, options: { problemLimit?: number; keepRecords?: number } = {}) {
  const source: ByteSource = bytesSource(bytes, 4096);
  const one = await importTableStream(() => PRIVACY_SPEC, 'register.csv', source, { hash, ...options });
  const how: string[] = [];
  const progress: number[] = [];
  const split = await importTableSplit(() => PRIVACY_SPEC, 'register.csv', source, {
    hash,
    ...options,
    runPart: runnerOver(bytes),
    splitFrom: 1,
    onSplit: (h) => how.push(h),
    onProgress: (p) => progress.push(p.bytesRead),
  });
  if (one.status !== 'done' || split.status !== 'done') throw new Error('cancelled');
  return { one: visible(one.result), split: visible(split.result), how, progress, raw: split.result };
}

describe('a register read in two parts', () => {
  it('gets the second thread ready while the file is probed, and lets it go when the file is read in one pass', async () => {
    const calls: string[] = [];
    const runnerWithPrepare = (bytes: Uint8Array): PartRunner => {
      const run = runnerOver(bytes);
      const runner: PartRunner = (job, onProgress, signal) => (calls.push('job'), run(job, onProgress, signal));
      runner.prepare = (kind) => (calls.push(`prepare ${kind}`), { release: () => void calls.push('release') });
      return runner;
    };
    const text = randomRegister({ rows: 400, seed: 7, lineEnding: '\n', duplicates: false });
    const importWith = (bytes: Uint8Array) =>
      importTableSplit(() => PRIVACY_SPEC, 'register.csv', bytesSource(bytes, 4096), { hash, runPart: runnerWithPrepare(bytes), splitFrom: 1 });
    const split = await importWith(utf8(text));
    const rows = split.status === 'done' ? split.result.stats.rowsRead : -1;
    expect(rows).toBeGreaterThan(300);
    expect(calls.slice(0, 2)).toEqual(['prepare privacy', 'job']);
    calls.length = 0;
    // UTF-16 cannot be cut by its bytes: one pass, and the thread made ready is released before it.
    const one = await importWith(utf16leBom(text));
    expect(one.status === 'done' && one.result.stats.rowsRead).toBe(rows);
    expect(calls).toEqual(['prepare privacy', 'release', 'release']);
  });

  it('joins to exactly the one-pass result, in UTF-8 and Windows-1250, LF and CRLF, whatever lands at the cut', async () => {
    let joined = 0;
    for (const [seed, encode, lineEnding] of [
      [1, utf8, '\n'],
      [2, win1250, '\r\n'],
      [3, utf8Bom, '\r\n'],
      [4, utf8, '\r\n'],
      [5, win1250, '\n'],
      [6, utf8, '\n'],
      [7, utf8, '\r\n'],
      [8, win1250, '\r\n'],
    ] as const) {
      const bytes = encode(randomRegister({ rows: 3000, seed, lineEnding, duplicates: false }));
      const { one, split, how, raw } = await both(bytes);
      expect(split, `seed ${seed}`).toEqual(one);
      expect(raw.stats.rowsRead).toBe(raw.stats.rowsUsed + raw.stats.rowsRejected);
      if (how[0] === 'joined') joined++;
    }
    // Some cuts may land on a row the quote count misreads (a quote inside an unquoted field): most join.
    expect(joined).toBeGreaterThanOrEqual(6);
  });

  it('keeps the first problems in file order across the cut, and counts the rest', async () => {
    const bytes = utf8(randomRegister({ rows: 3000, seed: 11, lineEnding: '\n', duplicates: false }));
    const { one, split, how, raw } = await both(bytes, { problemLimit: 7, keepRecords: 50 });
    expect(how).toEqual(['joined']);
    expect(split).toEqual(one);
    expect(raw.problems).toHaveLength(7);
    expect(raw.records).toHaveLength(50);
    expect(raw.problemsTruncated).toBeGreaterThan(0);
  });

  it('reports progress of both parts up to the whole file', async () => {
    const bytes = utf8(randomRegister({ rows: 2000, seed: 12, lineEnding: '\n', duplicates: false }));
    const { progress } = await both(bytes);
    expect(progress.at(-1)).toBe(bytes.length);
  });

  const header = REGISTER_HEADER.join(';');
  const row = (i: number, description = 'opis sprawy'): string => `R-${i};2020-03-0${1 + (i % 9)};skarga;klient;tak;;;;${description}`;

  it('reads the file again in one pass when an id of the second part is already in the first', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i));
    rows[1800] = row(5); // the duplicate, well after the cut
    const { one, split, how, raw } = await both(utf8([header, ...rows].join('\n')));
    expect(how).toEqual(['one-pass']);
    expect(split).toEqual(one);
    expect(raw.problems.map((p) => [p.code, p.line])).toContainEqual(['value.duplicateId', 1802]);
    expect(raw.stats.rowsUsed).toBe(1999);
  });

  it('reads the file again in one pass when a stray quote misleads the cut', async () => {
    // A quote inside an unquoted field is text, not the start of a quoted field: the count is odd
    // from there, so the cut lands on a line break inside a quoted field after the middle.
    const quotedBreak = '"opis\nw dwóch liniach"';
    const rows = Array.from({ length: 2000 }, (_, i) => row(i, i === 10 ? 'monitor 24" zwrócony' : i > 1000 && i < 1100 ? quotedBreak : 'opis'));
    const { one, split, how } = await both(utf8([header, ...rows].join('\n')));
    expect(how).toEqual(['one-pass']);
    expect(split).toEqual(one);
  });

  it('counts a blank line at the cut as one pass does', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i));
    for (let i = 990; i < 1010; i += 2) rows[i] = '';
    const { one, split, how, raw } = await both(utf8([header, ...rows].join('\n')));
    expect(how).toEqual(['joined']);
    expect(split).toEqual(one);
    expect(raw.stats.blankLines).toBe(10);
  });

  it('settles the encoding as one pass: ASCII then Windows-1250 joins; UTF-8 then invalid bytes is reread', async () => {
    // Larger than the 1 MiB the dialect is detected on, so the detection ends before the odd bytes.
    const n = 30_000;
    const rows = Array.from({ length: n }, (_, i) => row(i, i === n - 100 ? 'zażółć' : 'opis'));
    const late1250 = await both(win1250([header.replace('ł', 'l').replace('Ź', 'Z'), ...rows].join('\n')));
    expect(late1250.how).toEqual(['joined']);
    expect(late1250.split).toEqual(late1250.one);
    expect(late1250.raw.encoding).toBe('windows-1250');
    expect(late1250.raw.reread).toBe(false);

    const mixed = new Uint8Array([...utf8([header, ...rows.slice(0, n - 1000)].join('\n') + '\n'), ...win1250(rows.slice(n - 1000).join('\n'))]);
    const reread = await both(mixed);
    expect(reread.how).toEqual(['one-pass']);
    expect(reread.split).toEqual(reread.one);
    expect(reread.raw.reread).toBe(true);
    expect(reread.raw.encoding).toBe('windows-1250');
  });
});
