import { describe, expect, it } from 'vitest';
import { ProgressReporter } from '../cli/progress.js';

function reporter(isTTY: boolean, lang: 'pl' | 'en' = 'en') {
  const written: string[] = [];
  let now = 0;
  const r = new ProgressReporter({ isTTY, write: (t: string) => written.push(t) }, lang, () => now);
  return { r, written, at: (ms: number) => (now = ms) };
}

const p = (bytesRead: number, rows: number, done = false) => ({ bytesRead, totalBytes: 10 * 1048576, rows, done });

describe('import progress on stderr', () => {
  it('rewrites one line on a terminal, at most ten times a second, and ends it when done', () => {
    const { r, written, at } = reporter(true);
    r.report('big.csv', p(0, 0));
    at(50);
    r.report('big.csv', p(1048576, 10_000)); // too soon: skipped
    at(1000);
    r.report('big.csv', p(5 * 1048576, 50_000));
    at(2000);
    r.report('big.csv', p(10 * 1048576, 100_000, true));
    expect(written).toHaveLength(3);
    expect(written[1]).toBe('\r\x1b[KReading big.csv: 5.0 of 10.0 MB (50%), 50,000 rows, 50,000 rows/s');
    expect(written[2]).toBe('\r\x1b[KReading big.csv: 10.0 of 10.0 MB (100%), 100,000 rows, 50,000 rows/s\n');
  });

  it('writes whole lines every few seconds to a log', () => {
    const { r, written, at } = reporter(false, 'pl');
    r.report('big.csv', p(0, 0));
    at(1000);
    r.report('big.csv', p(1048576, 10_000));
    at(2500);
    r.report('big.csv', p(5 * 1048576, 50_000));
    at(3000);
    r.report('big.csv', p(10 * 1048576, 60_000, true));
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(written).toHaveLength(3);
    expect(written[2]).toBe('Wczytywanie big.csv: 10,0 z 10,0 MB (100%), 60\u00a0000 wierszy, 20\u00a0000 wierszy/s\n');
  });
});
