/**
 * Text → rows, each with the physical line it starts on (header = line 1, line breaks inside
 * quoted fields counted), so every problem can point at the line a user sees in an editor.
 * Parsing is papaparse's; we add delimiter detection and line numbers.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** Physical line the row starts on. */
  line: number;
  fields: string[];
  /** A papaparse quoting error on this row (an unclosed or stray quote). */
  quoteError: boolean;
}

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/**
 * Picks the delimiter whose first rows agree with the header's field count, preferring the one
 * that splits the header into the most fields. `;` wins ties: Polish Excel writes it, and decimal
 * commas would otherwise fool a comma count.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { d: Delimiter; score: number } = { d: ';', score: -1 };
  for (const d of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter: d, preview: 30 }).data.filter((r) => !isBlank(r));
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    // The last sampled row may be cut mid-way by the 64 KiB slice: judge on the others.
    const body = rows.slice(1, rows.length > 2 ? -1 : undefined);
    const agreeing = body.filter((r) => r.length === width).length;
    const consistent = body.length === 0 || agreeing / body.length >= 0.8;
    const score = (consistent ? 1000 : 0) + width;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

export interface ReadCsvResult {
  delimiter: Delimiter;
  /** Lines that hold no value at all (blank or only delimiters): not rows, but counted. */
  blankLines: number;
}

/**
 * Calls `onRow` for every non-blank row (the header first). Blank rows are skipped and counted,
 * so "rows read" means rows with content.
 */
export function readCsvRows(text: string, onRow: (row: CsvRow) => void, delimiter = detectDelimiter(text)): ReadCsvResult {
  const lineBreak = text.includes('\n') ? '\n' : '\r';
  let cursor = 0;
  let line = 1;
  let blankLines = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      const end = result.meta.cursor;
      const startLine = line;
      line += countChar(text, lineBreak, cursor, end);
      cursor = end;
      const fields = result.data;
      if (isBlank(fields) && result.errors.length === 0) {
        // The empty "row" after the file's final line break is not a line anyone wrote.
        if (!(end >= text.length && fields.length === 1 && fields[0] === '')) blankLines++;
        return;
      }
      onRow({ line: startLine, fields, quoteError: result.errors.some((e) => e.type === 'Quotes') });
    },
  });
  return { delimiter, blankLines };
}
