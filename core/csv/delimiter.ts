/** Which character separates the fields: detected from the first rows, never asked. */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

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
