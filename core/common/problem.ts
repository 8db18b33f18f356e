/**
 * Problems are values, never thrown: every one carries where it is (file, physical line,
 * column name) and what was expected and found, with its message in Polish and English.
 */
import type { Bilingual, Lang } from './lang.js';

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'file.notText'
  | 'file.empty'
  | 'file.noRows'
  | 'file.tooLarge'
  | 'csv.quotes'
  | 'header.missing'
  | 'header.unknown'
  | 'header.duplicate'
  | 'header.empty'
  | 'row.ragged'
  | 'value.required'
  | 'value.enum'
  | 'value.date'
  | 'value.number'
  | 'value.integer'
  | 'value.boolean'
  | 'value.period'
  | 'value.duplicateId'
  | 'metric.unknown'
  | 'category.unknown'
  | 'metric.unitMismatch'
  | 'privacy.otherYears'
  | 'personal.data'
  | 'template.error'
  | 'narrative.error'
  | 'project.invalid';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** File name as the user knows it (no directories for CSV inputs). */
  file: string;
  /** Physical line in the file: the header is line 1, line breaks inside quoted fields count. */
  line: number | null;
  /** Column name as written in the file's header (or the canonical name when the column is missing). */
  column: string | null;
  /** 1-based position of the column in the row, when known. */
  columnNumber: number | null;
  /** Canonical column key (`type`, `source`, …) whatever the header says; lets the app offer a value mapping. */
  key: string | null;
  expected: Bilingual | null;
  found: string | null;
  message: Bilingual;
}

export interface Location {
  file: string;
  line?: number | null;
  column?: string | null;
  columnNumber?: number | null;
  key?: string | null;
}

export function makeProblem(
  code: ProblemCode,
  severity: Severity,
  at: Location,
  message: Bilingual,
  details: { expected?: Bilingual; found?: string } = {},
): Problem {
  return {
    code,
    severity,
    file: at.file,
    line: at.line ?? null,
    column: at.column ?? null,
    columnNumber: at.columnNumber ?? null,
    key: at.key ?? null,
    expected: details.expected ?? null,
    found: details.found ?? null,
    message,
  };
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/** "plik.csv, wiersz 12, kolumna „Data”: …" — the one-line form used by the CLI and logs. */
export function describeProblem(p: Problem, lang: Lang): string {
  const parts = [p.file];
  if (p.line !== null) parts.push(lang === 'pl' ? `wiersz ${p.line}` : `line ${p.line}`);
  if (p.column !== null) parts.push(lang === 'pl' ? `kolumna „${p.column}”` : `column "${p.column}"`);
  return `${parts.join(', ')}: ${p.message[lang]}`;
}
