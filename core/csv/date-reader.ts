/**
 * Reads a date cell the fast way. Nearly every date in a register is written `DD.MM.YYYY` or
 * `YYYY-MM-DD`: those ten characters are read as digits into an integer key (yyyymmdd), and the
 * parsed result is cached by that key, so a fresh string from the parser is never hashed. Any other
 * form goes to `parseDate` through a string-keyed cache. Answers are exactly `parseDate`'s.
 */
import { memoize } from './memo.js';
import { parseDate, type DateResult } from './values.js';

const ZERO = 48;

/** The digit at `i`, or -1. */
function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/** The number written by `n` digits from `at`, or -1. */
function digits(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const d = digit(text, i);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** yyyymmdd of a ten-character `DD.MM.YYYY` or `YYYY-MM-DD`, or -1 for any other text. */
export function dateKey(text: string): number {
  if (text.length !== 10) return -1;
  let y: number, m: number, d: number;
  if (text.charCodeAt(2) === 46 && text.charCodeAt(5) === 46) {
    d = digits(text, 0, 2);
    m = digits(text, 3, 2);
    y = digits(text, 6, 4);
  } else if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    y = digits(text, 0, 4);
    m = digits(text, 5, 2);
    d = digits(text, 8, 2);
  } else return -1;
  return y < 0 || m < 0 || d < 0 ? -1 : y * 10000 + m * 100 + d;
}

/** A reader for one import: `parseDate` with both caches. */
export function createDateReader(): (text: string) => DateResult {
  const byKey = new Map<number, DateResult>();
  const other = memoize(parseDate);
  return (text) => {
    const key = dateKey(text);
    if (key < 0) return other(text);
    let result = byKey.get(key);
    if (result === undefined) byKey.set(key, (result = parseDate(text)));
    return result;
  };
}
