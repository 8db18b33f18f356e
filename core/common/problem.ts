/**
 * Problems are values, never thrown: every one carries where it is (file, physical line,
 * column name), what was found, and a code with parameters — no words. The words come from the
 * message catalogues (core/common/messages/), one per language, so the CLI, the app and the
 * tests render the same problem the same way in whichever language they speak.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Why a file is not text, as the decoder tells it (core/text/decode.ts `BinaryKind`). */
export type NotTextKind = 'zip' | 'xls' | 'pdf' | 'nul';

/** No parameters. */
type None = Record<string, never>;

/**
 * The parameters of each code's message: plain JSON values (strings, numbers, lists of them,
 * null), so a problem crosses a worker or IPC boundary and goes into `--json` as it is.
 * The codes are a contract (`--json` `problems[].code`, `imports[].problemCounts`); a code with
 * more than one wording says which in its parameters (`value.date` `reason`, `template.error` `variant`).
 */
export interface ProblemParamsByCode {
  'file.notText': { what: NotTextKind };
  'file.empty': None;
  'file.noRows': None;
  'file.tooLarge': None;
  'csv.quotes': None;
  /** `column`: the canonical name; `accepted`: every name the column may have. */
  'header.missing': { column: string; accepted: readonly string[] };
  'header.unknown': { column: string };
  /** `column`: the canonical name; `first`: the header text of its first occurrence. */
  'header.duplicate': { column: string; first: string };
  'header.empty': { position: number };
  /** Field counts: the header's and the row's. */
  'row.ragged': { expected: number; found: number };
  'value.required': None;
  'value.enum': { found: string; suggestion: string | null; accepted: readonly string[] };
  'value.date': { found: string; reason: 'format' | 'calendar' };
  'value.number': { found: string };
  'value.integer': { found: string };
  'value.boolean': { found: string };
  'value.period': { found: string };
  /** More audit criteria failed than were checked (`criteria_failed` > `criteria_total`). */
  'value.range': { failed: number; total: number };
  'value.duplicateId': { id: string; firstLine: number };
  'metric.unknown': { metric: string };
  'category.unknown': { metric: string; category: string };
  /** `expected`: the catalogue's unit, as its label reads. */
  'metric.unitMismatch': { metric: string; unit: string; expected: string };
  'privacy.otherYears': { rows: number; years: readonly number[]; year: number };
  /** `date`: the audit date as written. */
  'digital.auditOld': { date: string; year: number };
  'digital.auditLater': { date: string; year: number };
  /** `kinds`: the kinds of personal data found (`pesel`, `email`, …). */
  'personal.data': { kinds: readonly string[] };
  /**
   * `engine`: Handlebars' own message; `html`: the templates' output is outside the HTML subset;
   * `headingGap`: a heading skips a level (`previous` 0: it is the first heading).
   */
  'template.error':
    | { variant: 'engine'; detail: string }
    | { variant: 'html'; detail: string }
    | { variant: 'headingGap'; heading: string; level: number; previous: number };
  /** `detail`: the narrative renderer's (Handlebars') own message. */
  'narrative.error': { detail: string };
  'project.invalid': { detail: string };
}

export type ProblemCode = keyof ProblemParamsByCode;

export type ProblemParams<C extends ProblemCode = ProblemCode> = ProblemParamsByCode[C];

interface ProblemFields {
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
  /** The text found, as written (never rewritten into a message's language). */
  found: string | null;
}

/** One problem: its code with that code's parameters, where it is, what was found. */
export type Problem = { [C in ProblemCode]: ProblemFields & { code: C; params: ProblemParamsByCode[C] } }[ProblemCode];

/** A problem of one code. */
export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

export interface Location {
  file: string;
  line?: number | null;
  column?: string | null;
  columnNumber?: number | null;
  key?: string | null;
}

export function makeProblem<C extends ProblemCode>(
  code: C,
  severity: Severity,
  at: Location,
  params: ProblemParamsByCode[C],
  details: { found?: string } = {},
): ProblemOf<C> {
  return {
    code,
    severity,
    file: at.file,
    line: at.line ?? null,
    column: at.column ?? null,
    columnNumber: at.columnNumber ?? null,
    key: at.key ?? null,
    found: details.found ?? null,
    params,
  } as ProblemOf<C>;
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');
