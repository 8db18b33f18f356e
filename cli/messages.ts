/**
 * The CLI's own words in each report language: the human-readable report and the progress line.
 * (Problems and settings errors are worded by core's message catalogues; usage errors and the
 * help text are English, as a command line's are.) A new report language is one more entry here:
 * the compiler asks for it.
 */
import type { CoverageDisclosure, CoverageItem, Lang, Severity } from '../core/index.js';

export interface CliWords {
  /** Locale of counts and megabytes. */
  locale: string;
  severity: Record<Severity, string>;
  /** Coverage states of disclosures and requirements. */
  status: Record<CoverageDisclosure['status'] | Exclude<CoverageItem['status'], 'stated'>, string>;
  /** `encoding`: ", utf-8, ";"" or "" when the file was not read as text. */
  imported: (file: string, read: number, used: number, rejected: number, encoding: string) => string;
  moreProblems: (file: string, more: number, byKind: string) => string;
  coverage: (edition: string) => string;
  errors: (n: number) => string;
  written: (path: string) => string;
  /** "10,0 z 20,0 MB"; `done` and `total` are formatted megabytes. */
  progressOf: (done: string, total: string) => string;
  progress: (file: string, size: string, rows: string, rate: string) => string;
}

const PL_PLURAL = new Intl.PluralRules('pl-PL');
/** „1 wiersz”, „2 wiersze”, „5 wierszy” (Intl's "other" is for fractions). */
const ROWS_PL: Record<string, string> = { one: 'wiersz', few: 'wiersze', many: 'wierszy', other: 'wiersza' };

export const CLI_WORDS: Record<Lang, CliWords> = {
  pl: {
    locale: 'pl-PL',
    severity: { error: 'BŁĄD', warning: 'uwaga', info: 'info' },
    status: { complete: 'kompletne', partial: 'częściowe', missing: 'brak', 'missing-data': 'brak danych', 'missing-narrative': 'brak opisu' },
    imported: (file, read, used, rejected, encoding) => `${file}: wczytano ${read} ${ROWS_PL[PL_PLURAL.select(read)]}, użyto ${used}, odrzucono ${rejected}${encoding}`,
    moreProblems: (file, more, byKind) => `${file}: oraz ${more} dalszych problemów (łącznie według rodzaju: ${byKind})`,
    coverage: (edition) => `Pokrycie GRI (${edition}):`,
    errors: (n) => `Błędy: ${n}. Nie zapisano żadnego pliku.`,
    written: (path) => `Zapisano: ${path}`,
    progressOf: (done, total) => `${done} z ${total} MB`,
    progress: (file, size, rows, rate) => `Wczytywanie ${file}: ${size}, ${rows} wierszy, ${rate} wierszy/s`,
  },
  en: {
    locale: 'en-GB',
    severity: { error: 'ERROR', warning: 'warning', info: 'info' },
    status: { complete: 'complete', partial: 'partial', missing: 'missing', 'missing-data': 'missing data', 'missing-narrative': 'missing narrative' },
    imported: (file, read, used, rejected, encoding) => `${file}: ${read} rows read, ${used} used, ${rejected} rejected${encoding}`,
    moreProblems: (file, more, byKind) => `${file}: and ${more} more problems (totals by kind: ${byKind})`,
    coverage: (edition) => `GRI coverage (${edition}):`,
    errors: (n) => `${n} errors. No file was written.`,
    written: (path) => `Written: ${path}`,
    progressOf: (done, total) => `${done} of ${total} MB`,
    progress: (file, size, rows, rate) => `Reading ${file}: ${size}, ${rows} rows, ${rate} rows/s`,
  },
};
