/**
 * Text arriving in pieces → rows, each with the physical line it starts on (header = line 1,
 * line breaks inside quoted fields counted). Parsing is papaparse's own incremental parser, fed the
 * way its streamers feed it: the unparsed tail of one piece is carried in front of the next.
 *
 * The rows, their line numbers and the blank-line count are the same as parsing the whole text at
 * once: the delimiter and the line ending are detected from the first MiB, as papaparse does for a
 * whole text, before any row is parsed.
 */
import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from './delimiter.js';

export interface CsvRow {
  /** Physical line the row starts on. */
  line: number;
  fields: string[];
  /** A papaparse quoting error on this row (an unclosed or stray quote). */
  quoteError: boolean;
}

/** papaparse guesses the line ending from the first MiB of a text; so do we, before parsing. */
const DETECT_CHARS = 1 << 20;
/**
 * No real row is this long (Excel caps a cell at 32,767 characters): a row still open after this
 * many characters is an unclosed quote, and the rest of the file would be read into it. It is
 * reported as such without holding the rest of the file in memory.
 */
export const MAX_ROW_CHARS = 8 << 20;

export type Newline = '\n' | '\r' | '\r\n';

/** papaparse's `guessLineEndings`, so a streamed file splits its lines exactly as a whole one does. */
export function guessNewline(text: string): Newline {
  const sample = text.slice(0, DETECT_CHARS).replace(/"([^]*?)"/gm, '');
  const r = sample.split('\r');
  const n = sample.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

const isBlank = (fields: readonly string[]): boolean => {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
};

interface StepResult {
  data: string[][];
  errors: { type: string }[];
  meta: { cursor: number };
}

/** Where a part of a split file starts: the file's dialect, and the physical line of its first row. */
export interface ContinuationPoint {
  delimiter: Delimiter;
  newline: Newline;
  line: number;
}

export class CsvRowReader {
  delimiter: Delimiter | null = null;
  /** The line ending in use, once known. */
  newline: Newline | null = null;
  /** Lines that hold no value at all (blank or only delimiters): not rows, but counted. */
  blankLines = 0;
  private pending = '';
  private started = false;
  private parser: Papa.Parser | null = null;
  private lineBreak = '\n';
  private line = 1;
  /** The text being parsed and where the last row ended in it. */
  private input = '';
  private cursor = 0;
  /** A blank line ending exactly where the text so far ends: not counted if nothing follows (as for a whole text). */
  private blankAtEnd = false;
  /** Set once an unclosed quote has swallowed the rest of the file. */
  private swallowing = false;

  constructor(
    private readonly onRow: (row: CsvRow) => void,
    private readonly fixedDelimiter?: Delimiter,
  ) {}

  push(text: string): void {
    if (text === '' || this.swallowing) return;
    if (!this.started) {
      // papaparse drops a byte-order mark at the start of a text; the header would otherwise hold it.
      this.pending = this.pending === '' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : this.pending + text;
      if (this.pending.length >= DETECT_CHARS) this.start();
      return;
    }
    this.parse(this.pending + text, false);
  }

  /** Reads a part of a file that starts at a row boundary: nothing is detected, lines count from `at.line`. */
  continueAt(at: ContinuationPoint): void {
    this.begin(at.delimiter, at.newline);
    this.line = at.line;
  }

  /**
   * Ends a part that is followed by more of the file. `clean` says the part ended exactly at a row
   * boundary (nothing carried, no runaway quote); `blankAtEnd` says its last line was blank, which
   * counts as a blank line since the file goes on.
   */
  endPart(): { clean: boolean; blankAtEnd: boolean; line: number; newline: Newline | null } {
    if (!this.started && !this.swallowing && this.pending !== '') {
      // A part shorter than the detection window: detect on it (the caller checks the dialect agrees with the file's).
      this.start();
      this.parse(this.pending, false);
    }
    return { clean: this.started && !this.swallowing && this.pending === '', blankAtEnd: this.blankAtEnd, line: this.line, newline: this.newline };
  }

  end(): void {
    if (this.swallowing) return;
    if (!this.started) this.start();
    this.blankAtEnd = false;
    this.parse(this.pending, true);
    this.pending = '';
  }

  /**
   * Parses no further than the row being handed out (call it from `onRow`): for a caller that
   * only wants the header, which would otherwise have the whole detection window parsed.
   */
  stop(): void {
    this.parser?.abort();
  }

  /** The physical line where the text pushed so far, followed by `more`, ends (locates a byte that stops the import). */
  lineAfter(more: string): number {
    const text = this.pending + more;
    let line = this.started ? this.line : 1;
    for (let i = text.indexOf(this.lineBreak); i !== -1; i = text.indexOf(this.lineBreak, i + 1)) line++;
    return line;
  }

  private start(): void {
    const text = this.pending;
    this.begin(this.fixedDelimiter ?? detectDelimiter(text), guessNewline(text));
  }

  private begin(delimiter: Delimiter, newline: Newline): void {
    this.started = true;
    this.delimiter = delimiter;
    this.newline = newline;
    this.lineBreak = newline === '\r' ? '\r' : '\n';
    this.parser = new Papa.Parser({ delimiter, newline, step: (r: StepResult) => this.step(r) });
  }

  private parse(input: string, last: boolean): void {
    if (this.blankAtEnd) {
      this.blankLines++;
      this.blankAtEnd = false;
    }
    this.input = input;
    this.cursor = 0;
    const result = this.parser!.parse(input, 0, !last) as StepResult;
    this.pending = last ? '' : input.slice(result.meta.cursor);
    this.input = '';
    if (this.pending.length > MAX_ROW_CHARS) {
      this.swallowing = true;
      this.pending = '';
      this.onRow({ line: this.line, fields: [], quoteError: true });
    }
  }

  private step(result: StepResult): void {
    const end = result.meta.cursor;
    const line = this.line;
    this.line += this.breaksUpTo(end);
    this.cursor = end;
    const fields = result.data[0]!;
    const errors = result.errors;
    if (errors.length === 0 && isBlank(fields)) {
      // The empty "row" after a text's final line break is not a line anyone wrote.
      if (end >= this.input.length && fields.length === 1 && fields[0] === '') this.blankAtEnd = true;
      else this.blankLines++;
      return;
    }
    this.onRow({ line, fields, quoteError: errors.length > 0 && errors.some((e) => e.type === 'Quotes') });
  }

  /** Line breaks between the previous row's end and `end`; nearly always exactly the row's own. */
  private breaksUpTo(end: number): number {
    const input = this.input;
    const lb = this.lineBreak;
    let i = input.indexOf(lb, this.cursor);
    if (i === -1 || i >= end) return 0;
    if (i === end - 1) return 1; // the row's own terminator, with no break inside it
    let n = 1;
    for (i = input.indexOf(lb, i + 1); i !== -1 && i < end; i = input.indexOf(lb, i + 1)) n++;
    return n;
  }
}
