/**
 * The problems table's rows: sorting by any column, and all rows as TSV for the clipboard.
 * `lang` is the UI language: core's message catalogues word each problem in it (English when
 * core has no catalogue for it).
 */
import { problemExpected, problemMessage, type Problem, type Severity } from '../../../core/index';

export type ProblemColumn = 'severity' | 'line' | 'column' | 'expected' | 'found' | 'message';
export const PROBLEM_COLUMNS: readonly ProblemColumn[] = ['severity', 'line', 'column', 'expected', 'found', 'message'];

export interface SortOrder {
  column: ProblemColumn;
  direction: 'asc' | 'desc';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function cell(p: Problem, column: ProblemColumn, lang: string): string {
  switch (column) {
    case 'severity':
      return p.severity;
    case 'line':
      return p.line === null ? '' : String(p.line);
    case 'column':
      return p.column ?? '';
    case 'expected':
      return problemExpected(p, lang) ?? '';
    case 'found':
      return p.found ?? '';
    case 'message':
      return problemMessage(p, lang);
  }
}

export function sortProblems(problems: readonly Problem[], order: SortOrder, lang: string): Problem[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const { column } = order;
  // Each row's text of the sorted column is worded once, not once per comparison.
  const rows = problems.map((p, i) => ({ p, i, text: column === 'severity' || column === 'line' ? '' : cell(p, column, lang) }));
  type Row = (typeof rows)[number];
  const compare = (a: Row, b: Row): number => {
    switch (column) {
      case 'severity':
        return SEVERITY_RANK[a.p.severity] - SEVERITY_RANK[b.p.severity];
      case 'line':
        return (a.p.line ?? 0) - (b.p.line ?? 0);
      default:
        return collator.compare(a.text, b.text);
    }
  };
  const sign = order.direction === 'asc' ? 1 : -1;
  // Ties keep file order (line order), so a sort by severity still reads top to bottom.
  return rows.sort((x, y) => sign * compare(x, y) || x.i - y.i).map((x) => x.p);
}

/** Tab-separated with a header row; tabs and line breaks inside values become spaces. */
export function problemsTsv(problems: readonly Problem[], lang: string, headers: Record<ProblemColumn, string>, severityNames: Record<Severity, string>): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const rows = problems.map((p) =>
    PROBLEM_COLUMNS.map((c) => clean(c === 'severity' ? severityNames[p.severity] : cell(p, c, lang))).join('\t'),
  );
  return [PROBLEM_COLUMNS.map((c) => headers[c]).join('\t'), ...rows].join('\n') + '\n';
}
