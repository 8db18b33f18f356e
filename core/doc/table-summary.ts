/**
 * A table's title and description for screen readers (DOCX `w:tblCaption`/`w:tblDescription`):
 * the caption, then which columns it has and what its rows are, so a listener knows the shape of
 * the table before stepping through its cells.
 */
import { inlineText, type TableBlock } from './model.js';
import { type Lang } from '../common/lang.js';

const WORDS: Readonly<Record<Lang, { table: string; columns: string; rows: string }>> = {
  pl: { table: 'Tabela', columns: 'Kolumny', rows: 'Wiersze' },
  en: { table: 'Table', columns: 'Columns', rows: 'Rows' },
};

/** Row labels listed in full up to this many; longer tables get the first ones and a count. */
const MAX_ROWS = 12;

export function tableTitle(table: TableBlock, lang: Lang): string {
  if (table.caption) return table.caption;
  const head = table.head[table.head.length - 1]?.map((c) => inlineText(c.runs)) ?? [];
  return head.length > 0 ? `${WORDS[lang].table}: ${head.join(', ')}` : WORDS[lang].table;
}

export function tableDescription(table: TableBlock, lang: Lang): string {
  const w = WORDS[lang];
  const head = table.head[table.head.length - 1]?.map((c) => inlineText(c.runs).trim()) ?? [];
  const labels = table.body.map((row) => (row[0] ? inlineText(row[0].runs).replace(/\s+/g, ' ').trim() : ''));
  const shown = labels.slice(0, MAX_ROWS).join('; ');
  const more = labels.length > MAX_ROWS ? `; … (${labels.length})` : '';
  const parts = [];
  if (head.length > 0) parts.push(`${w.columns} (${head.length}): ${head.join('; ')}.`);
  if (labels.length > 0) parts.push(`${w.rows} (${labels.length}): ${shown}${more}.`);
  return parts.join(' ');
}
