/**
 * Where a file can be cut in two for a two-part import: the first row boundary at or after a target
 * offset. Rows may hold line breaks inside quotes, so a line break is a row boundary only where the
 * quotes before it are balanced: the bytes before the target are scanned for quotes and line breaks
 * (the count gives the physical line the second part starts on), then the bytes after it one by one.
 *
 * Quote parity is how a well-formed file reads; a stray quote inside an unquoted field can fool it.
 * The split import therefore checks that the first part really ended at a row boundary where the
 * cut was made, and reads the file in one pass if not (see split-import.ts).
 */
const QUOTE = 0x22;

export interface SplitPoint {
  /** Byte offset of the first byte of the second part. */
  offset: number;
  /** Physical line the second part starts on (line breaks before `offset`, plus one). */
  line: number;
}

export class SplitFinder {
  private at = 0;
  private quotes = 0;
  private breaks = 0;
  private found: SplitPoint | null = null;

  /** `lineBreak`: the byte that ends a line (LF for LF and CRLF files, CR for CR-only files). */
  constructor(
    private readonly target: number,
    private readonly lineBreak: number,
  ) {}

  /** Takes the file's next bytes (from its first byte on); the split once it is known. */
  push(bytes: Uint8Array): SplitPoint | null {
    if (this.found !== null) return this.found;
    const before = Math.max(0, Math.min(bytes.length, this.target - this.at));
    if (before > 0) {
      const head = bytes.subarray(0, before);
      this.quotes += occurrences(head, QUOTE);
      this.breaks += occurrences(head, this.lineBreak);
    }
    for (let i = before; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === QUOTE) this.quotes++;
      else if (b === this.lineBreak) {
        this.breaks++;
        if ((this.quotes & 1) === 0) return (this.found = { offset: this.at + i + 1, line: this.breaks + 1 });
      }
    }
    this.at += bytes.length;
    return null;
  }
}

/** How many times `byte` occurs: the builtin search skips between hits faster than a loop visits every byte. */
function occurrences(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}
