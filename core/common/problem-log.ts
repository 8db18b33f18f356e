/**
 * The problems of one import, bounded: every problem is counted by code and severity, but only the
 * first `limit` are kept in full, so a file with millions of bad rows cannot exhaust memory.
 */
import type { Problem, ProblemCode, Severity } from './problem.js';

/** Problems kept in full per imported file. */
export const PROBLEM_LIMIT = 1000;

export class ProblemLog {
  readonly kept: Problem[] = [];
  readonly byCode: Partial<Record<ProblemCode, number>> = {};
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** Problems counted but not kept. */
  truncated = 0;

  constructor(readonly limit = PROBLEM_LIMIT) {}

  /** Whether the next problem is kept; callers skip building a message nobody will read. */
  get keeps(): boolean {
    return this.kept.length < this.limit;
  }

  add(p: Problem): void {
    if (this.keeps) this.kept.push(p);
    else this.truncated++;
    this.tally(p.code, p.severity);
  }

  /** Counts a problem without building it (only when `keeps` is false). */
  count(code: ProblemCode, severity: Severity): void {
    this.truncated++;
    this.tally(code, severity);
  }

  private tally(code: ProblemCode, severity: Severity): void {
    this.byCode[code] = (this.byCode[code] ?? 0) + 1;
    this.bySeverity[severity]++;
  }
}
