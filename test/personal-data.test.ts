import { describe, expect, it } from 'vitest';
import { findPersonalData, isIban, isIdCard, isPesel } from '../core/personal-data/detectors.js';

const kinds = (text: string) => findPersonalData(text).map((h) => h.kind);

describe('personal data detectors', () => {
  it('recognises valid PESEL numbers by their check digit and date', () => {
    expect(isPesel('44051401359')).toBe(true);
    expect(isPesel('02070803628')).toBe(true);
    expect(isPesel('44051401358')).toBe(false);
    expect(isPesel('12345678901')).toBe(false);
  });

  it('recognises Polish ID cards and IBANs by their checksums', () => {
    expect(isIdCard('ABA300000')).toBe(true);
    expect(isIdCard('ABA300001')).toBe(false);
    expect(isIban('PL61 1090 1014 0000 0712 1981 2874')).toBe(true);
    expect(isIban('PL61 1090 1014 0000 0712 1981 2875')).toBe(false);
  });

  it('finds each kind in free text and masks what it shows', () => {
    const text =
      'Klient (PESEL 44051401359, dowód ABA300000) pisał z jan.kowalski@example.pl, tel. +48 601 234 567, konto 61 1090 1014 0000 0712 1981 2874.';
    expect(kinds(text)).toEqual(['pesel', 'id-card', 'email', 'phone', 'iban']);
    const shown = findPersonalData(text).map((h) => h.masked).join(' ');
    expect(shown).not.toContain('44051401359');
    expect(shown).not.toContain('kowalski');
  });

  it('does not flag case numbers, dates, amounts or invalid check digits', () => {
    expect(kinds('Sprawa PRV/2020/001 z 05.02.2020, kwota 1 234,50 zł, numer 12345678901, 3 dokumenty')).toEqual([]);
  });
});
