/**
 * GRI 418-1 counted from the privacy register by the rules in docs/input-formats.md. Only rows
 * whose received `date` falls in a year count for that year. An import folds every row into a
 * `PrivacyTally` as it reads, so the figures of any year (the reporting year and the one before,
 * whatever the row order) are known at the end without keeping the rows.
 */
import type { PrivacyYear } from './section.js';
import type { PrivacyRecord } from './schema.js';
import { detach } from '../../text/detach.js';
import { LineList } from '../../common/line-list.js';
import type { PartTally } from '../../common/tally.js';

/** The rule each 418-1 figure applies, in words; shown next to the figure for traceability. */
export const RULES_418 = {
  a_i: 'type = complaint, source ∈ {customer, third_party}, substantiated',
  a_ii: 'type = complaint, source = regulator, substantiated',
  a: 'a_i + a_ii',
  b: 'type ∈ {leak, theft, loss}',
} as const;

/** Figures of a year whose rows can be listed (`a` is the union of a_i and a_ii). */
export type PrivacyFigure =
  | 'a_i'
  | 'a_ii'
  | 'b'
  | 'leaks'
  | 'thefts'
  | 'losses'
  | 'complaints_received'
  | 'complaints_unsubstantiated'
  | 'complaints_internal'
  | 'records_affected'
  | 'from_previous_periods';

/** Every figure's rule in words, for rows received in `year`. */
export function privacyRules(year: number): Record<PrivacyFigure | 'a', string> {
  const inYear = `date received in ${year}`;
  return {
    a_i: `${RULES_418.a_i}; ${inYear}`,
    a_ii: `${RULES_418.a_ii}; ${inYear}`,
    a: `${RULES_418.a_i} OR ${RULES_418.a_ii}; ${inYear}`,
    b: `${RULES_418.b}; ${inYear}`,
    leaks: `type = leak; ${inYear}`,
    thefts: `type = theft; ${inYear}`,
    losses: `type = loss; ${inYear}`,
    complaints_received: `type = complaint (any source, substantiated or not); ${inYear}`,
    complaints_unsubstantiated: `type = complaint, not substantiated; ${inYear}`,
    complaints_internal: `type = complaint, source = internal; ${inYear}`,
    records_affected: `sum of records_affected over type ∈ {leak, theft, loss}; ${inYear}`,
    from_previous_periods: `counted in a or b, event_date before ${year}; ${inYear}`,
  };
}

const isIncident = (r: PrivacyRecord): boolean => r.type !== 'complaint';
const isA_i = (r: PrivacyRecord): boolean =>
  r.type === 'complaint' && r.substantiated && (r.source === 'customer' || r.source === 'third_party');
const isA_ii = (r: PrivacyRecord): boolean => r.type === 'complaint' && r.substantiated && r.source === 'regulator';

/** Which 418-1 figure a row counts towards in its year (a_i, a_ii, b) or null. */
export function classify418(r: PrivacyRecord): 'a_i' | 'a_ii' | 'b' | null {
  return isA_i(r) ? 'a_i' : isA_ii(r) ? 'a_ii' : isIncident(r) ? 'b' : null;
}

/** Each figure's position in a year's counts: counting a row is array arithmetic, not lookups by name. */
const AT = {
  a_i: 0,
  a_ii: 1,
  b: 2,
  leaks: 3,
  thefts: 4,
  losses: 5,
  complaints_received: 6,
  complaints_unsubstantiated: 7,
  complaints_internal: 8,
  records_affected: 9,
  from_previous_periods: 10,
} as const satisfies Record<PrivacyFigure, number>;
const FIGURE_COUNT = Object.keys(AT).length;
const INCIDENT = { leak: AT.leaks, theft: AT.thefts, loss: AT.losses } as const;

/** One year's counts, and the lines of the rows behind each. */
class YearTally {
  rows = 0;
  readonly counts = new Float64Array(FIGURE_COUNT);
  readonly lines: LineList[] = Array.from({ length: FIGURE_COUNT }, () => new LineList());
  /** Counted rows by cause (a holder per cause: one lookup per row, not a get and a set). */
  readonly causes = new Map<string, { n: number }>();

  count(figure: number, line: number, amount = 1): void {
    this.counts[figure]! += amount;
    this.lines[figure]!.push(line);
  }
}

/** A PrivacyTally as plain data (see PartTally). */
export interface PrivacyTallySnapshot {
  years: { year: number; rows: number; counts: Float64Array; lines: Uint32Array[]; causes: [string, number][] }[];
}

export class PrivacyTally implements PartTally<PrivacyRecord, PrivacyTallySnapshot> {
  private readonly byYear = new Map<number, YearTally>();

  add(r: PrivacyRecord): void {
    let y = this.byYear.get(r.year);
    if (y === undefined) this.byYear.set(r.year, (y = new YearTally()));
    y.rows++;
    if (r.type === 'complaint') {
      y.count(AT.complaints_received, r.line);
      if (!r.substantiated) y.count(AT.complaints_unsubstantiated, r.line);
      if (r.source === 'internal') y.count(AT.complaints_internal, r.line);
    } else {
      y.count(INCIDENT[r.type], r.line);
      if (r.recordsAffected !== null) y.count(AT.records_affected, r.line, r.recordsAffected);
    }
    const counted = classify418(r);
    if (counted === null) return;
    y.count(AT[counted], r.line);
    if (r.eventYear !== null && r.eventYear < r.year) y.count(AT.from_previous_periods, r.line);
    const counter = y.causes.get(r.cause);
    // The first time a cause is seen it becomes a key for good: store a copy, not a slice of the file.
    if (counter === undefined) y.causes.set(detach(r.cause), { n: 1 });
    else counter.n++;
  }

  snapshot(): PrivacyTallySnapshot {
    return {
      years: [...this.byYear].map(([year, t]) => ({
        year,
        rows: t.rows,
        counts: t.counts.slice(),
        lines: t.lines.map((l) => l.toUint32Array()),
        causes: [...t.causes].map(([cause, { n }]) => [cause, n] as [string, number]),
      })),
    };
  }

  /** Adds the counts of the rows that follow this tally's in the file: their lines come after these. */
  absorb(later: PrivacyTallySnapshot): void {
    for (const s of later.years) {
      let y = this.byYear.get(s.year);
      if (y === undefined) this.byYear.set(s.year, (y = new YearTally()));
      y.rows += s.rows;
      s.counts.forEach((n, i) => (y.counts[i]! += n));
      s.lines.forEach((lines, i) => y.lines[i]!.append(lines));
      for (const [cause, n] of s.causes) {
        const counter = y.causes.get(cause);
        if (counter === undefined) y.causes.set(cause, { n });
        else counter.n += n;
      }
    }
  }

  has(year: number): boolean {
    return this.byYear.has(year);
  }

  /** Rows received in years other than `year`, and those years ascending. */
  outside(year: number): { years: number[]; rows: number } {
    const years = [...this.byYear.keys()].filter((y) => y !== year).sort((p, q) => p - q);
    return { years, rows: years.reduce((n, y) => n + this.byYear.get(y)!.rows, 0) };
  }

  year(year: number): PrivacyYear {
    const t = this.byYear.get(year) ?? new YearTally();
    const c = (figure: PrivacyFigure): number => t.counts[AT[figure]]!;
    return {
      year,
      a_i: c('a_i'),
      a_ii: c('a_ii'),
      a: c('a_i') + c('a_ii'),
      b: c('b'),
      leaks: c('leaks'),
      thefts: c('thefts'),
      losses: c('losses'),
      complaints_received: c('complaints_received'),
      complaints_unsubstantiated: c('complaints_unsubstantiated'),
      complaints_internal: c('complaints_internal'),
      records_affected: c('records_affected'),
      from_previous_periods: c('from_previous_periods'),
      by_cause: [...t.causes]
        .map(([cause, { n }]) => ({ cause, count: n }))
        .sort((p, q) => q.count - p.count || p.cause.localeCompare(q.cause)),
    };
  }

  /** Lines of the rows counted into a figure of `year`, ascending. */
  lines(year: number, figure: PrivacyFigure | 'a'): number[] {
    const lines = this.byYear.get(year)?.lines;
    if (lines === undefined) return [];
    if (figure === 'a') return LineList.union([lines[AT.a_i], lines[AT.a_ii]]);
    return lines[AT[figure]]!.toArray();
  }
}
