import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatPeriod, formatShare, formatSignedNumber, formatSignedPercent, plural, pluralEn, pluralPl } from '../core/render/format.js';

const NBSP = '\u00A0';
const MINUS = '\u2212';

describe('formatNumber', () => {
  it('leaves 4-digit Polish numbers ungrouped and groups larger ones with U+00A0', () => {
    expect(formatNumber(1000, 'pl')).toBe('1000');
    expect(formatNumber(5348.26, 'pl')).toBe('5348,26');
    expect(formatNumber(10000, 'pl')).toBe(`10${NBSP}000`);
    expect(formatNumber(1234567.5, 'pl')).toBe(`1${NBSP}234${NBSP}567,5`);
  });

  it('uses British English separators', () => {
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('fixes decimals when asked and rounds otherwise to at most two', () => {
    expect(formatNumber(2.5, 'pl', 2)).toBe('2,50');
    expect(formatNumber(3, 'en', 1)).toBe('3.0');
    expect(formatNumber(1.23456, 'pl')).toBe('1,23');
  });

  it('prints negatives with a real minus and never "−0"', () => {
    expect(formatNumber(-1500, 'pl')).toBe(`${MINUS}1500`);
    expect(formatNumber(-0.001, 'pl')).toBe('0');
    expect(formatSignedNumber(50, 'pl')).toBe('+50');
    expect(formatSignedNumber(-3, 'en')).toBe(`${MINUS}3`);
  });

  it('shows a dash for values that are not finite', () => {
    expect(formatNumber(Number.NaN, 'pl')).toBe('—');
  });
});

describe('percentages', () => {
  it('formats values in percent units', () => {
    expect(formatPercent(50, 'pl')).toBe('50%');
    expect(formatPercent(78.4, 'pl')).toBe('78,4%');
    expect(formatPercent(78.4, 'en')).toBe('78.4%');
    expect(formatSignedPercent(50, 'pl')).toBe('+50%');
    expect(formatSignedPercent(-2.5, 'pl')).toBe(`${MINUS}2,5%`);
  });

  it('formats fractions as shares', () => {
    expect(formatShare(0.174, 'pl')).toBe('17,4%');
    expect(formatShare(0.174, 'en')).toBe('17.4%');
    expect(formatShare(120 / 612, 'pl', 0)).toBe('20%');
  });
});

describe('formatChange', () => {
  it('gives a signed relative change with one decimal', () => {
    expect(formatChange(112.5, 100, 'pl')).toBe('+12,5%');
    expect(formatChange(97, 100, 'pl')).toBe(`${MINUS}3,0%`);
    expect(formatChange(97, 100, 'en')).toBe(`${MINUS}3.0%`);
    expect(formatChange(100, 100, 'pl')).toBe('0,0%');
  });

  it('gives a dash when the change cannot be computed', () => {
    expect(formatChange(5, 0, 'pl')).toBe('—');
    expect(formatChange(null, 4, 'pl')).toBe('—');
    expect(formatChange(4, undefined, 'en')).toBe('—');
  });
});

describe('plurals', () => {
  const skarga = (n: number) => pluralPl(n, 'skarga', 'skargi', 'skarg', 'skargi');

  it('picks the Polish form by CLDR category', () => {
    expect(skarga(1)).toBe(`1${NBSP}skarga`);
    expect(skarga(2)).toBe(`2${NBSP}skargi`);
    expect(skarga(5)).toBe(`5${NBSP}skarg`);
    expect(skarga(12)).toBe(`12${NBSP}skarg`);
    expect(skarga(22)).toBe(`22${NBSP}skargi`);
    expect(skarga(25)).toBe(`25${NBSP}skarg`);
    expect(skarga(0)).toBe(`0${NBSP}skarg`);
    expect(pluralPl(1.5, 'salon', 'salony', 'salonów', 'salonu')).toBe(`1,5${NBSP}salonu`);
  });

  it('chooses the form for the number as printed', () => {
    // 1.004 prints as "1", so it must read "1 skarga", not the fraction form.
    expect(skarga(1.004)).toBe(`1${NBSP}skarga`);
  });

  it('handles English one/other', () => {
    expect(pluralEn(1, 'complaint', 'complaints')).toBe(`1${NBSP}complaint`);
    expect(pluralEn(2, 'complaint', 'complaints')).toBe(`2${NBSP}complaints`);
    expect(pluralEn(1.5, 'complaint', 'complaints')).toBe(`1.5${NBSP}complaints`);
    expect(pluralEn(10000, 'store', 'stores')).toBe(`10,000${NBSP}stores`);
  });

  it('insists on the right number of forms per language', () => {
    expect(plural(3, 'pl', ['salon', 'salony', 'salonów', 'salonu'])).toBe(`3${NBSP}salony`);
    expect(() => plural(3, 'pl', ['salon', 'salony'])).toThrow(/4 noun forms/);
    expect(() => plural(3, 'en', ['store', 'stores', 'x'])).toThrow(/2 noun forms/);
  });
});

describe('formatDate', () => {
  it('uses the genitive month in Polish dates', () => {
    expect(formatDate('2020-02-01', 'pl')).toBe('1 lutego 2020');
    expect(formatDate('2021-07-21', 'pl')).toBe('21 lipca 2021');
    expect(formatDate('2020-02-01', 'en')).toBe('1 February 2020');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => formatDate('01.02.2020', 'pl')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2020-02-30', 'pl')).toThrow(/not a valid calendar date/);
  });
});

describe('formatPeriod', () => {
  it('names quarters, months and years', () => {
    expect(formatPeriod('2020-Q2', 'pl')).toBe('II kwartał 2020');
    expect(formatPeriod('2020-Q4', 'pl')).toBe('IV kwartał 2020');
    expect(formatPeriod('2020-Q2', 'en')).toBe('Q2 2020');
    expect(formatPeriod('2020-03', 'pl')).toBe('marzec 2020');
    expect(formatPeriod('2020-03', 'en')).toBe('March 2020');
    expect(formatPeriod('2020', 'pl')).toBe('2020');
  });

  it('rejects anything else', () => {
    expect(() => formatPeriod('2020-Q5', 'pl')).toThrow(/not a period/);
    expect(() => formatPeriod('2020-13', 'en')).toThrow(/not a valid calendar date/);
  });
});
