/**
 * The rows of a CSV as a grid shows them, read with the importer's own decoder and reader so line
 * numbers match the problems. Cached per byte array: a file is read once until it changes.
 */
import { decodeBytes, readCsvRows, type CsvRow } from '../../../core/index';

export interface CsvPreview {
  header: string[];
  rows: CsvRow[];
}

const cache = new WeakMap<Uint8Array, CsvPreview | null>();

export function csvPreview(bytes: Uint8Array): CsvPreview | null {
  if (cache.has(bytes)) return cache.get(bytes) ?? null;
  const decoded = decodeBytes(bytes);
  let preview: CsvPreview | null = null;
  if (decoded.ok) {
    const rows: CsvRow[] = [];
    readCsvRows(decoded.text, (row) => rows.push(row));
    const [head, ...body] = rows;
    preview = head === undefined ? null : { header: head.fields, rows: body };
  }
  cache.set(bytes, preview);
  return preview;
}
