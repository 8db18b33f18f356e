/**
 * Cell text → typed value. Each parser returns the value or null when the text is not of its
 * type; the caller turns null into a located problem. Empty text is handled by the caller.
 */

const TRUE = new Set(['tak', 't', 'yes', 'y', 'true', 'prawda', '1']);
const FALSE = new Set(['nie', 'n', 'no', 'false', 'falsz', 'fałsz', '0']);

export function parseBoolean(text: string): boolean | null {
  const k = text.trim().toLowerCase();
  if (TRUE.has(k)) return true;
  if (FALSE.has(k)) return false;
  return null;
}

export type DateResult = { ok: true; iso: string; year: number } | { ok: false; reason: 'format' | 'calendar' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY`, optionally followed by a time Excel adds. */
export function parseDate(text: string): DateResult {
  const t = text.trim();
  const iso = ISO.exec(t);
  const dotted = iso ? null : DOTTED.exec(t);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  if (!parts) return { ok: false, reason: 'format' };
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    return { ok: false, reason: 'calendar' };
  }
  const iso8601 = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, iso: iso8601, year: y };
}

// Space, no-break space, narrow no-break space, thin space: all used as thousands separators.
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009]/g;
const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const GROUPED_COMMA_DECIMAL = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 1.234.567,5
const GROUPED_DOT_DECIMAL = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/; // 1,234,567.5

/**
 * Decimal comma or dot; space-like grouping; `%` stripped. A lone separator is the decimal mark
 * (Polish exports write "78,4"); with both marks, the last one is the decimal mark.
 */
export function parseNumber(text: string): number | null {
  if (text === '') return null;
  if (isPlainDigits(text)) return Number(text);
  let t = text.trim().replace(/%$/, '').replace(GROUPING_SPACES, '').replace(/^\u2212/, '-');
  if (t === '') return null;
  if (GROUPED_COMMA_DECIMAL.test(t) && t.includes(',')) t = t.replace(/\./g, '').replace(',', '.');
  else if (GROUPED_DOT_DECIMAL.test(t) && t.includes('.')) t = t.replace(/,/g, '');
  else if (PLAIN.test(t)) t = t.replace(',', '.');
  else return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Up to 15 ASCII digits: the common case, and exactly representable, so Number() alone is right. */
function isPlainDigits(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A whole number ≥ 0 (counts of people, records). */
export function parseCount(text: string): number | null {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : null;
}

export interface Period {
  /** Canonical text: `2020`, `2020-03` or `2020-Q2`. */
  key: string;
  year: number;
  kind: 'year' | 'month' | 'quarter';
  /** Month 1–12 or quarter 1–4; 0 for a year. */
  index: number;
}

export function parsePeriod(text: string): Period | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, '');
  let m = /^(\d{4})$/.exec(t);
  if (m) return { key: m[1]!, year: Number(m[1]), kind: 'year', index: 0 };
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { key: `${m[1]}-${String(month).padStart(2, '0')}`, year: Number(m[1]), kind: 'month', index: month };
  }
  m = /^(\d{4})-?Q([1-4])$/.exec(t);
  if (m) return { key: `${m[1]}-Q${m[2]}`, year: Number(m[1]), kind: 'quarter', index: Number(m[2]) };
  return null;
}
