/**
 * Digital accessibility folded channel by channel: counts by conformance and by channel type,
 * criteria sums, and the lines behind each figure. A register has one row per channel, so its
 * rows' few facts are kept for the year-dependent checks (audits older than the reporting year).
 */
import { LineList } from '../../common/line-list.js';
import type { Tally } from '../../common/tally.js';
import type { ChannelRecord, ChannelType } from './schema.js';

export interface ChannelFacts {
  line: number;
  type: ChannelType;
  auditYear: number;
  auditDate: string;
}

interface Sums {
  channels: LineList;
  full: LineList;
  partial: LineList;
  none: LineList;
  criteriaTotal: number;
  criteriaFailed: number;
}

const sums = (): Sums => ({ channels: new LineList(), full: new LineList(), partial: new LineList(), none: new LineList(), criteriaTotal: 0, criteriaFailed: 0 });

export class DigitalTally implements Tally<ChannelRecord> {
  readonly all = sums();
  readonly byType = new Map<ChannelType, Sums>();
  readonly openCritical = new LineList();
  openCriticalSum = 0;
  readonly withStatement = new LineList();
  /** No `statement` value anywhere means the column was not filled: "unknown", not 0. */
  statementKnown = false;
  readonly channels: ChannelFacts[] = [];

  add(r: ChannelRecord): void {
    let t = this.byType.get(r.type);
    if (t === undefined) this.byType.set(r.type, (t = sums()));
    for (const s of [this.all, t]) {
      s.channels.push(r.line);
      s[r.conformance].push(r.line);
      s.criteriaTotal += r.criteriaTotal;
      s.criteriaFailed += r.criteriaFailed;
    }
    if (r.openIssuesCritical > 0) {
      this.openCritical.push(r.line);
      this.openCriticalSum += r.openIssuesCritical;
    }
    if (r.statement !== null) this.statementKnown = true;
    if (r.statement === true) this.withStatement.push(r.line);
    this.channels.push({ line: r.line, type: r.type, auditYear: r.auditYear, auditDate: r.auditDate });
  }
}
