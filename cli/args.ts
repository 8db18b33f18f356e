/**
 * Command-line arguments of `csr-report build|check`. The flag names are a contract other
 * tools rely on: extend, never rename.
 */
import { parseArgs } from 'node:util';
import { isLang, KINDS, REPORT_LANGS, type GriEdition, type InputKind, type Lang, type Paper } from '../core/index.js';

export type Command = 'build' | 'check';
/** `large-print`: a second DOCX at 16 pt and up; `gri-index`: the GRI content index alone, as HTML and DOCX. */
export type Format = 'docx' | 'html' | 'txt' | 'large-print' | 'gri-index';

export interface CliOptions {
  command: Command;
  project: string | null;
  /** Input files given as `--<kind id> FILE`, by kind (they override the project's). */
  inputs: Partial<Record<InputKind, string>>;
  year: number | null;
  lang: Lang | null;
  edition: GriEdition | null;
  organisation: string | null;
  out: string;
  formats: Format[];
  templates: string | null;
  json: boolean;
  /** Reviewer comments with each figure's source in the DOCX. */
  comments: boolean;
  /** Estimate page numbers for the DOCX table of contents. */
  tocPageNumbers: boolean;
  /** Page size of the large-print DOCX. */
  largePrintPaper: Paper;
}

export class UsageError extends Error {}

const pad = (s: string, width: number): string => (s.length >= width ? `${s} ` : s.padEnd(width));
/** "pl or en": the report languages a flag takes. */
const orList = (items: readonly string[]): string => new Intl.ListFormat('en', { type: 'disjunction' }).format(items);

/** The help text; the inputs are the registry's kinds, each with its flag. */
export const USAGE = `Usage:
  csr-report build [--project DIR | ${KINDS.map((k) => `--${k.id} FILE`).join(' ')}] [options]
  csr-report check [same inputs]            validate data and GRI coverage, write nothing

Inputs:
  --project DIR          project folder with project.json, CSV files and narratives/
${KINDS.map((k) => `  ${pad(`--${k.id} FILE`, 23)}${k.label.en} CSV (${k.topic.en})`).join('\n')}
Options:
  --year YYYY            reporting year (required without --project)
  ${pad(`--lang ${REPORT_LANGS.join('|')}`, 23)}report language (default: the project's, else pl)
  --edition 2016|2021    GRI edition (default: 2016 up to reporting year 2021, then 2021)
  --org NAME             organisation name (without --project)
  --out DIR              output folder (default: out/report)
  --format LIST          which files to write, comma-separated (default: docx,html):
                         docx, html, txt (plain text), large-print (DOCX, 16 pt and up),
                         gri-index (the GRI content index alone, HTML and DOCX)
  --comments             add a reviewer comment with its data source to every figure in the DOCX
  --toc-page-numbers     estimate page numbers for the DOCX table of contents (slower; without
                         it the table lists linked headings and Word adds numbers on update)
  --large-print-paper A4|A3  page size of the large-print DOCX (default: A4)
  --templates DIR        use these Handlebars templates instead of the bundled ones
  --json                 print one JSON object to stdout
Exit codes: 0 success, 1 data errors (nothing written), 2 usage error.`;

const FORMATS: readonly Format[] = ['docx', 'html', 'txt', 'large-print', 'gri-index'];

export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: 'string' },
        ...Object.fromEntries(KINDS.map((k) => [k.id, { type: 'string' as const }])),
        year: { type: 'string' },
        lang: { type: 'string' },
        edition: { type: 'string' },
        org: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        templates: { type: 'string' },
        json: { type: 'boolean' },
        comments: { type: 'boolean' },
        'toc-page-numbers': { type: 'boolean' },
        'large-print-paper': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) throw new UsageError('');
  const command = positionals[0];
  if (command !== 'build' && command !== 'check') {
    throw new UsageError(command === undefined ? 'Missing command: build or check.' : `Unknown command "${command}": use build or check.`);
  }
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}".`);

  const year = v.year === undefined ? null : Number(v.year);
  if (year !== null && (!/^\d{4}$/.test(v.year ?? '') || year < 2000 || year > 2100)) {
    throw new UsageError(`--year must be a year like 2020, not "${v.year}".`);
  }
  if (v.lang !== undefined && !isLang(v.lang)) throw new UsageError(`--lang must be ${orList(REPORT_LANGS)}, not "${v.lang}".`);
  if (v.edition !== undefined && v.edition !== '2016' && v.edition !== '2021') {
    throw new UsageError(`--edition must be 2016 or 2021, not "${v.edition}".`);
  }
  const formats = (v.format ?? 'docx,html').split(',').map((f) => f.trim().toLowerCase());
  const badFormat = formats.find((f) => !FORMATS.includes(f as Format));
  if (badFormat !== undefined) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not "${badFormat}".`);

  const paper = (v['large-print-paper'] ?? 'A4').toUpperCase();
  if (paper !== 'A4' && paper !== 'A3') throw new UsageError(`--large-print-paper must be A4 or A3, not "${v['large-print-paper']}".`);

  const given = v as Record<string, string | boolean | undefined>;
  const inputs: Partial<Record<InputKind, string>> = {};
  for (const k of KINDS) if (typeof given[k.id] === 'string') inputs[k.id] = given[k.id] as string;
  if (v.project === undefined && Object.keys(inputs).length === 0) {
    throw new UsageError(`Give --project DIR or at least one of ${KINDS.map((k) => `--${k.id}`).join(', ')}.`);
  }
  if (v.project === undefined && year === null) throw new UsageError('--year is required when no --project is given.');

  return {
    command,
    project: v.project ?? null,
    inputs,
    year,
    lang: (v.lang as Lang | undefined) ?? null,
    edition: (v.edition as GriEdition | undefined) ?? null,
    organisation: v.org ?? null,
    out: v.out ?? 'out/report',
    formats: [...new Set(formats)] as Format[],
    templates: v.templates ?? null,
    json: v.json ?? false,
    comments: v.comments ?? false,
    tocPageNumbers: v['toc-page-numbers'] ?? false,
    largePrintPaper: paper,
  };
}
