/**
 * Detectors for personal data in free text (the register's description and cause columns):
 * PESEL, e-mail, phone, Polish ID-card and IBAN numbers. Numbers with a check digit are only
 * reported when the check digit is right, so ordinary case numbers and amounts are not flagged.
 */

export type PersonalDataKind = 'pesel' | 'email' | 'phone' | 'id-card' | 'iban';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** The matched text, masked for display (first and last characters only). */
  masked: string;
  /** Offset in the text. */
  index: number;
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** PESEL: 11 digits, last one a weighted check digit, and a real date of birth in the first six. */
export function isPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = PESEL_WEIGHTS.reduce((s, w, i) => s + w * d[i]!, 0);
  if ((10 - (sum % 10)) % 10 !== d[10]) return false;
  const month = (d[2]! * 10 + d[3]!) % 20;
  const day = d[4]! * 10 + d[5]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const ID_LETTER_VALUE = (c: string): number => c.charCodeAt(0) - 55; // A=10 … Z=35
const ID_WEIGHTS = [7, 3, 1, 9, 7, 3, 1, 7, 3];

/** Polish ID card (dowód osobisty): 3 letters + 6 digits, the first digit a check digit. */
export function isIdCard(text: string): boolean {
  const t = text.toUpperCase();
  if (!/^[A-Z]{3}\d{6}$/.test(t)) return false;
  const values = [...t].map((c, i) => (i < 3 ? ID_LETTER_VALUE(c) : Number(c)));
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * values[i]!, 0);
  return sum % 10 === 0;
}

/** IBAN (PL or any country): mod-97 check over the rearranged number. */
export function isIban(text: string): boolean {
  const t = text.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(t)) return false;
  const rearranged = t.slice(4) + t.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const v = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

const mask = (s: string): string => (s.length <= 4 ? '*'.repeat(s.length) : `${s.slice(0, 2)}${'*'.repeat(s.length - 4)}${s.slice(-2)}`);

const PATTERNS: readonly { kind: PersonalDataKind; re: RegExp; valid?: (m: string) => boolean }[] = [
  { kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: 'iban', re: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g, valid: isIban },
  // 26 digits, optionally grouped: a Polish account number without the PL prefix.
  { kind: 'iban', re: /\b\d{2}(?:[ ]?\d{4}){6}\b/g, valid: (m) => isIban(`PL${m}`) },
  { kind: 'pesel', re: /(?<!\d)\d{11}(?!\d)/g, valid: isPesel },
  { kind: 'id-card', re: /\b[A-Za-z]{3}[ ]?\d{6}\b/g, valid: (m) => isIdCard(m.replace(' ', '')) },
  // Polish phone numbers: +48 / 0048 prefix optional, 9 digits in groups of 3 or 2-3-2-2.
  { kind: 'phone', re: /(?<![\d+])(?:(?:\+|00)48[ -]?)?(?:\d{3}[ -]?\d{3}[ -]?\d{3}|\d{2}[ -]\d{3}[ -]\d{2}[ -]\d{2})(?![\d])/g },
];

/**
 * A cheap first look, run on every free-text cell of a million-row register: only text with an
 * `@`, a run of six digits (possibly spaced) or a phone-like group can hold any of the kinds above.
 */
const GATE = /@|\d[\d -]{5,}\d|[A-Za-z]{3} ?\d{6}/;
/** Every kind needs an `@` or a digit: searching for one character class is several times cheaper than the alternation. */
const ANY_DIGIT_OR_AT = /[@0-9]/;
export const mayHoldPersonalData = (text: string): boolean => ANY_DIGIT_OR_AT.test(text) && GATE.test(text);

/** Every personal-data hit in a text, in order of position; overlapping hits keep the first kind found. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken: [number, number][] = [];
  for (const { kind, re, valid } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (valid && !valid(m[0])) continue;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      hits.push({ kind, masked: mask(m[0]), index: start });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
