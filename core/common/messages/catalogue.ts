/**
 * What a message catalogue holds: for every problem code and settings error, a function of its
 * parameters that returns the sentence, and what was expected where a code says so. One
 * catalogue per language (pl.ts, en.ts); index.ts is their registry and renders problems.
 */
import type { ProblemCode, ProblemParamsByCode } from '../problem.js';
import type { SettingsErrorCode, SettingsErrorParamsByCode } from '../settings-error.js';

export interface MessageCatalogue {
  /** BCP 47 locale for numbers, plurals and lists (Intl). */
  locale: string;
  /** The message of each problem code. */
  problems: { [C in ProblemCode]: (params: ProblemParamsByCode[C]) => string };
  /** What a value should have been, for the codes that say ("a date YYYY-MM-DD…"). */
  expected: { [C in ProblemCode]?: (params: ProblemParamsByCode[C]) => string };
  /** The location words of the one-line form ("line 12", "column "Data""). */
  where: { line: (line: number) => string; column: (name: string) => string };
  /** The message of each settings error. */
  settings: { [C in SettingsErrorCode]: (params: SettingsErrorParamsByCode[C]) => string };
}

/** Helpers the catalogues share: a locale's counts, plural categories and "a, b or c" lists. */
export function localeTools(locale: string) {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const or = new Intl.ListFormat(locale, { type: 'disjunction' });
  return {
    /** A count as the locale groups it ("12 345" in Polish, "12,345" in English). */
    count: (n: number): string => numbers.format(n),
    /** The plural category of a count (`one`, `few`, `many`, `other`). */
    plural: (n: number): Intl.LDMLPluralRule => plurals.select(n),
    /** "a or b", "a, b or c" in the locale's words. */
    or: (items: readonly string[]): string => or.format(items),
  };
}

/** A plain comma list, as the messages have always joined names and values. */
export const list = (values: readonly (string | number)[]): string => values.join(', ');
