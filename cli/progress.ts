/**
 * Import progress on stderr for large inputs: bytes and rows so far and rows per second. On a
 * terminal one line is rewritten in place; in a log (not a TTY) a line is written every few seconds,
 * so CI output stays short.
 */
import type { ImportProgress, Lang } from '../core/index.js';
import { CLI_WORDS } from './messages.js';

/** Inputs above this size get progress reports. */
export const BIG_FILE = 5 * 1024 * 1024;

export interface ProgressOut {
  isTTY?: boolean;
  write(text: string): unknown;
}

export class ProgressReporter {
  private readonly started = new Map<string, number>();
  private lastShown = -Infinity;
  private readonly number: Intl.NumberFormat;
  private readonly megabytes: Intl.NumberFormat;

  constructor(
    private readonly out: ProgressOut,
    private readonly lang: Lang,
    private readonly now: () => number = () => performance.now(),
  ) {
    const locale = CLI_WORDS[lang].locale;
    this.number = new Intl.NumberFormat(locale);
    this.megabytes = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  /** One report from the importer of `file`. */
  report(file: string, p: ImportProgress): void {
    const { done } = p;
    const now = this.now();
    const start = this.started.get(file) ?? (this.started.set(file, now), now);
    const interval = this.out.isTTY ? 100 : 2000;
    if (!done && now - this.lastShown < interval) return;
    this.lastShown = now;
    const line = this.line(file, p, (now - start) / 1000);
    if (this.out.isTTY) this.out.write(`\r\x1b[K${line}${done ? '\n' : ''}`);
    else this.out.write(`${line}\n`);
  }

  line(file: string, p: ImportProgress, seconds: number): string {
    const w = CLI_WORDS[this.lang];
    const mb = (n: number): string => this.megabytes.format(n / 1048576);
    const size = p.totalBytes === null ? `${mb(p.bytesRead)} MB` : `${w.progressOf(mb(p.bytesRead), mb(p.totalBytes))} (${Math.floor((100 * p.bytesRead) / Math.max(1, p.totalBytes))}%)`;
    const rate = seconds > 0 ? this.number.format(Math.round(p.rows / seconds)) : '–';
    return w.progress(file, size, this.number.format(p.rows), rate);
  }
}
