/**
 * GRI 418-1 for one reporting year, counted from the privacy register by the rules in
 * docs/input-formats.md. Only rows whose received `date` falls in the year count.
 */
import type { PrivacyYear } from '../report/context.js';
import type { PrivacyRecord } from '../inputs/privacy-register.js';

/** The rule each 418-1 figure applies, in words; shown next to the figure for traceability. */
export const RULES_418 = {
  a_i: 'type = complaint, source ∈ {customer, third_party}, substantiated',
  a_ii: 'type = complaint, source = regulator, substantiated',
  a: 'a_i + a_ii',
  b: 'type ∈ {leak, theft, loss}',
} as const;

const isIncident = (r: PrivacyRecord): boolean => r.type !== 'complaint';
const isA_i = (r: PrivacyRecord): boolean =>
  r.type === 'complaint' && r.substantiated && (r.source === 'customer' || r.source === 'third_party');
const isA_ii = (r: PrivacyRecord): boolean => r.type === 'complaint' && r.substantiated && r.source === 'regulator';

/** Which 418-1 figure a row counts towards in its year (a_i, a_ii, b) or null. */
export function classify418(r: PrivacyRecord): 'a_i' | 'a_ii' | 'b' | null {
  return isA_i(r) ? 'a_i' : isA_ii(r) ? 'a_ii' : isIncident(r) ? 'b' : null;
}

export function privacy418(records: readonly PrivacyRecord[], year: number): PrivacyYear {
  const y: PrivacyYear = {
    year,
    a_i: 0,
    a_ii: 0,
    a: 0,
    b: 0,
    leaks: 0,
    thefts: 0,
    losses: 0,
    complaints_received: 0,
    complaints_unsubstantiated: 0,
    complaints_internal: 0,
    records_affected: 0,
    from_previous_periods: 0,
    by_cause: [],
  };
  const causes = new Map<string, number>();
  for (const r of records) {
    if (r.year !== year) continue;
    if (r.type === 'complaint') {
      y.complaints_received++;
      if (!r.substantiated) y.complaints_unsubstantiated++;
      if (r.source === 'internal') y.complaints_internal++;
    } else {
      if (r.type === 'leak') y.leaks++;
      else if (r.type === 'theft') y.thefts++;
      else y.losses++;
      y.records_affected += r.recordsAffected ?? 0;
    }
    const counted = classify418(r);
    if (counted === null) continue;
    y[counted]++;
    if (r.eventYear !== null && r.eventYear < year) y.from_previous_periods++;
    causes.set(r.cause, (causes.get(r.cause) ?? 0) + 1);
  }
  y.a = y.a_i + y.a_ii;
  y.by_cause = [...causes]
    .map(([cause, count]) => ({ cause, count }))
    .sort((p, q) => q.count - p.count || p.cause.localeCompare(q.cause));
  return y;
}

/** Years present in the register other than the reporting year, ascending. */
export function otherYears(records: readonly PrivacyRecord[], year: number): { years: number[]; rows: number } {
  const years = new Set<number>();
  let rows = 0;
  for (const r of records) {
    if (r.year === year) continue;
    years.add(r.year);
    rows++;
  }
  return { years: [...years].sort((p, q) => p - q), rows };
}
