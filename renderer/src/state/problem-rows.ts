/** The problems table's rows: sorting by any column, and all rows as TSV for the clipboard. */
import type { Lang } from '../../../core/common/lang';
import type { Problem, Severity } from '../../../core/common/problem';

export type ProblemColumn = 'severity' | 'line' | 'column' | 'expected' | 'found' | 'message';
export const PROBLEM_COLUMNS: readonly ProblemColumn[] = ['severity', 'line', 'column', 'expected', 'found', 'message'];

export interface SortOrder {
  column: ProblemColumn;
  direction: 'asc' | 'desc';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function cell(p: Problem, column: ProblemColumn, lang: Lang): string {
  switch (column) {
    case 'severity':
      return p.severity;
    case 'line':
      return p.line === null ? '' : String(p.line);
    case 'column':
      return p.column ?? '';
    case 'expected':
      return p.expected?.[lang] ?? '';
    case 'found':
      return p.found ?? '';
    case 'message':
      return p.message[lang];
  }
}

export function sortProblems(problems: readonly Problem[], order: SortOrder, lang: Lang): Problem[] {
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const compare = (a: Problem, b: Problem): number => {
    switch (order.column) {
      case 'severity':
        return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
      case 'line':
        return (a.line ?? 0) - (b.line ?? 0);
      default:
        return collator.compare(cell(a, order.column, lang), cell(b, order.column, lang));
    }
  };
  const sign = order.direction === 'asc' ? 1 : -1;
  // Ties keep file order (line order), so a sort by severity still reads top to bottom.
  return problems
    .map((p, i) => ({ p, i }))
    .sort((x, y) => sign * compare(x.p, y.p) || x.i - y.i)
    .map((x) => x.p);
}

/** Tab-separated with a header row; tabs and line breaks inside values become spaces. */
export function problemsTsv(problems: readonly Problem[], lang: Lang, headers: Record<ProblemColumn, string>, severityNames: Record<Severity, string>): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const rows = problems.map((p) =>
    PROBLEM_COLUMNS.map((c) => clean(c === 'severity' ? severityNames[p.severity] : cell(p, c, lang))).join('\t'),
  );
  return [PROBLEM_COLUMNS.map((c) => headers[c]).join('\t'), ...rows].join('\n') + '\n';
}
