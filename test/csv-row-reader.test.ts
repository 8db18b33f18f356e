/** The row reader under every import: physical line numbers, and stopping after the row wanted. */
import { describe, expect, it } from 'vitest';
import { CsvRowReader, type CsvRow } from '../core/csv/row-reader.js';

const text = 'Nr;Opis\r\nA-1;"dwie\r\nlinie"\r\n\r\nA-2;x\r\nA-3;y\r\n';

describe('CsvRowReader', () => {
  it('numbers rows by the physical line they start on, across a quoted line break and a blank line', () => {
    const rows: CsvRow[] = [];
    const reader = new CsvRowReader((row) => rows.push(row));
    reader.push(text);
    reader.end();
    expect(rows.map((r) => [r.line, r.fields])).toEqual([
      [1, ['Nr', 'Opis']],
      [2, ['A-1', 'dwie\r\nlinie']],
      [5, ['A-2', 'x']],
      [6, ['A-3', 'y']],
    ]);
    expect([reader.delimiter, reader.newline, reader.blankLines]).toEqual([';', '\r\n', 1]);
  });

  it('parses no further once stopped from a row (reading a header only)', () => {
    const rows: CsvRow[] = [];
    const reader = new CsvRowReader((row) => {
      rows.push(row);
      reader.stop();
    });
    reader.push(text + 'A-4;z\r\n'.repeat(10_000));
    reader.end();
    expect(rows.map((r) => r.fields)).toEqual([['Nr', 'Opis']]);
    expect(reader.delimiter).toBe(';');
  });
});
