/**
 * The physical lines of the rows counted into one figure, for provenance. Rows arrive in file
 * order, so each list is ascending by construction; 4 bytes a row instead of a JavaScript array's 8+.
 */
export class LineList {
  private data = new Uint32Array(16);
  length = 0;

  push(line: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = line;
  }

  /** The lines as a compact copy (for passing to another thread). */
  toUint32Array(): Uint32Array {
    return this.data.slice(0, this.length);
  }

  /** Appends lines that all come after this list's (a later part of the same file). */
  append(lines: Uint32Array): void {
    if (this.length + lines.length > this.data.length) {
      const grown = new Uint32Array(Math.max(this.data.length * 2, this.length + lines.length));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    this.data.set(lines, this.length);
    this.length += lines.length;
  }

  toArray(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }

  /** The lines of several lists, ascending, each once. */
  static union(lists: readonly (LineList | undefined)[]): number[] {
    const present = lists.filter((l): l is LineList => l !== undefined && l.length > 0);
    if (present.length === 1) return present[0]!.toArray();
    const all = new Uint32Array(present.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of present) {
      all.set(l.data.subarray(0, l.length), at);
      at += l.length;
    }
    all.sort();
    const out: number[] = [];
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
    return out;
  }
}
