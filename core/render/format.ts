/**
 * Locale formatting for the report text (Polish and British English).
 *
 * Everything goes through Intl so the output follows CLDR: Polish uses a decimal comma, U+00A0
 * as the grouping separator and leaves 4-digit numbers ungrouped ("1000" but "10 000").
 * Negative values use the real minus sign U+2212, which is what typesetting expects.
 */
import type { Lang } from '../common/lang.js';

export const NBSP = '\u00A0';
export const MINUS = '\u2212';
/** Shown in place of a figure that is missing or cannot be computed. */
export const NOT_AVAILABLE = '—';

const LOCALE: Record<Lang, string> = { pl: 'pl-PL', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** Default precision when the caller does not fix the number of decimals. */
const DEFAULT_NUMBER_DECIMALS = 2;
const DEFAULT_PERCENT_DECIMALS = 1;

function digits(decimals: number | undefined, fallbackMax: number): Intl.NumberFormatOptions {
  if (decimals === undefined) return { minimumFractionDigits: 0, maximumFractionDigits: fallbackMax };
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer 0–20, got ${decimals}`);
  }
  return { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options);
    numberFormats.set(key, format);
  }
  return format;
}

function format(n: number, lang: Lang, options: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(n)) return NOT_AVAILABLE;
  return numberFormat(lang, options).format(n).replace(/-/g, MINUS);
}

/** 10000 → "10 000" (pl, NBSP) / "10,000" (en). Up to 2 decimals unless `decimals` fixes them. */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  // 'negative' keeps a value that rounds to zero from printing as "−0".
  return format(n, lang, { ...digits(decimals, DEFAULT_NUMBER_DECIMALS), signDisplay: 'negative' });
}

/** A signed number: 50 → "+50", −3 → "−3", 0 → "0" (for changes stated in a metric's own unit). */
export function formatSignedNumber(n: number, lang: Lang, decimals?: number): string {
  return format(n, lang, { ...digits(decimals, DEFAULT_NUMBER_DECIMALS), signDisplay: 'exceptZero' });
}

/** A value already in percent units: 78.4 → "78,4%" (pl) / "78.4%" (en). */
export function formatPercent(value: number, lang: Lang, decimals?: number): string {
  return formatShare(value / 100, lang, decimals);
}

/** A fraction of one: 0.174 → "17,4%". */
export function formatShare(fraction: number, lang: Lang, decimals?: number): string {
  return format(fraction, lang, {
    style: 'percent',
    ...digits(decimals, DEFAULT_PERCENT_DECIMALS),
    signDisplay: 'negative',
  });
}

/** A signed fraction: 0.125 → "+12,5%", −0.03 → "−3,0%" (one decimal unless told otherwise). */
export function formatSignedShare(fraction: number, lang: Lang, decimals = 1): string {
  return format(fraction, lang, { style: 'percent', ...digits(decimals, 1), signDisplay: 'exceptZero' });
}

/** A signed value in percent units: 50 → "+50%" (used for demand changes stated as percentages). */
export function formatSignedPercent(value: number, lang: Lang, decimals?: number): string {
  return format(value / 100, lang, {
    style: 'percent',
    ...digits(decimals, DEFAULT_PERCENT_DECIMALS),
    signDisplay: 'exceptZero',
  });
}

/** Relative change from `previous` to `current`, "+12,5%" / "−3,0%", or "—" when not computable. */
export function formatChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  lang: Lang,
): string {
  if (current == null || previous == null || previous === 0) return NOT_AVAILABLE;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return NOT_AVAILABLE;
  return formatSignedShare((current - previous) / previous, lang);
}

function pluralCategory(n: number, lang: Lang, decimals: number | undefined): Intl.LDMLPluralRule {
  // The rules must see the number as it is printed: 1.004 prints as "1", so it takes the "one" form.
  const options = digits(decimals, DEFAULT_NUMBER_DECIMALS);
  const key = `${lang}|${JSON.stringify(options)}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang], options);
    pluralRules.set(key, rules);
  }
  return rules.select(n);
}

/**
 * Polish count phrase: the number, U+00A0, then the noun in the form CLDR asks for.
 * `one` 1, `few` 2–4/22–24…, `many` 0/5–21/25…, `other` fractions: 1,5 skargi.
 */
export function pluralPl(
  n: number,
  one: string,
  few: string,
  many: string,
  other: string,
  decimals?: number,
): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = { one, few, many, other };
  const noun = forms[pluralCategory(n, 'pl', decimals)] ?? other;
  return `${formatNumber(n, 'pl', decimals)}${NBSP}${noun}`;
}

/** English count phrase: "1 complaint", "2 complaints", "1.5 complaints". */
export function pluralEn(n: number, one: string, other: string, decimals?: number): string {
  const noun = pluralCategory(n, 'en', decimals) === 'one' ? one : other;
  return `${formatNumber(n, 'en', decimals)}${NBSP}${noun}`;
}

/** Number of noun forms `plural` expects per language: pl one/few/many/other, en one/other. */
export const PLURAL_FORMS: Record<Lang, number> = { pl: 4, en: 2 };

/** Count phrase in either language; `forms` as in `pluralPl` / `pluralEn`. */
export function plural(n: number, lang: Lang, forms: readonly string[], decimals?: number): string {
  if (forms.length !== PLURAL_FORMS[lang]) {
    throw new RangeError(
      `plural in "${lang}" needs ${PLURAL_FORMS[lang]} noun forms (${lang === 'pl' ? 'one, few, many, other' : 'one, other'}), got ${forms.length}`,
    );
  }
  const [a = '', b = '', c = '', d = ''] = forms;
  return lang === 'pl' ? pluralPl(n, a, b, c, d, decimals) : pluralEn(n, a, b, decimals);
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // UTC on both ends so the calendar date never shifts with the machine's time zone.
  return new Intl.DateTimeFormat(LOCALE[lang], { ...options, timeZone: 'UTC' });
}

function utcDate(year: number, month: number, day: number, source: string): Date {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`"${source}" is not a valid calendar date`);
  }
  return date;
}

/** "2020-02-01" → "1 lutego 2020" (pl: CLDR's format-context month is the genitive) / "1 February 2020". */
export function formatDate(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  if (!m) throw new RangeError(`"${isoDate}" is not a date in the form YYYY-MM-DD`);
  const date = utcDate(Number(m[1]), Number(m[2]), Number(m[3]), isoDate);
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * A reporting period label: "2020-Q2" → "II kwartał 2020" / "Q2 2020";
 * "2020-03" → "marzec 2020" / "March 2020" (month without a day is the nominative in pl); "2020" → "2020".
 */
export function formatPeriod(period: string, lang: Lang): string {
  const p = period.trim();
  if (/^\d{4}$/.test(p)) return p;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(p);
  if (quarter) {
    const q = Number(quarter[2]);
    return lang === 'pl' ? `${ROMAN_QUARTERS[q - 1]} kwartał ${quarter[1]}` : `Q${q} ${quarter[1]}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(p);
  if (month) {
    const date = utcDate(Number(month[1]), Number(month[2]), 1, period);
    return dateFormat(lang, { month: 'long', year: 'numeric' }).format(date);
  }
  throw new RangeError(`"${period}" is not a period (expected YYYY, YYYY-Qn or YYYY-MM)`);
}
