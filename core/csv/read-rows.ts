/**
 * Text → rows, each with the physical line it starts on (header = line 1, line breaks inside
 * quoted fields counted), so every problem can point at the line a user sees in an editor.
 * `CsvRowReader` does the work for text that arrives in pieces; this is the whole-text form.
 */
import type { Delimiter } from './delimiter.js';
import { CsvRowReader, type CsvRow } from './row-reader.js';

export { detectDelimiter, type Delimiter } from './delimiter.js';
export type { CsvRow } from './row-reader.js';

export interface ReadCsvResult {
  delimiter: Delimiter;
  /** Lines that hold no value at all (blank or only delimiters): not rows, but counted. */
  blankLines: number;
}

/**
 * Calls `onRow` for every non-blank row (the header first). Blank rows are skipped and counted,
 * so "rows read" means rows with content.
 */
export function readCsvRows(text: string, onRow: (row: CsvRow) => void, delimiter?: Delimiter): ReadCsvResult {
  const reader = new CsvRowReader(onRow, delimiter);
  reader.push(text);
  reader.end();
  return { delimiter: reader.delimiter!, blankLines: reader.blankLines };
}
