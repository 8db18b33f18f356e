/**
 * The first line of every id seen in a register, for the uniqueness check. Ids are the one thing an
 * import keeps per row, so they are kept compactly and outside the JavaScript heap: their characters
 * in one growing Uint16Array, found through an open-addressing hash table whose slots hold the hash
 * next to the entry, so a lookup usually touches one cache line. A JavaScript Map of a million
 * string keys costs several times the memory and time, lengthens every garbage collection, and
 * cannot hold more than 2^24 entries.
 */

/** Entries a deferred index collects before it builds its table (keys hash·2^21 + entry stay exact in a double). */
const DEFER_LIMIT = 1 << 21;

export class IdIndex {
  /**
   * Deferred: ids are only collected (appending is sequential, so cheap), and `hasDuplicates` says
   * at the end whether any repeated. For the parts of a split import, which fall back to one pass
   * when an id repeats; past DEFER_LIMIT entries the index builds its table and checks as it goes.
   */
  constructor(private deferred = false) {}

  /** Characters of every id, one after another. */
  private chars = new Uint16Array(1 << 16);
  private used = 0;
  /** Per entry: where its characters start, how many, and the line it was first seen on. */
  private starts = new Uint32Array(1 << 12);
  private lengths = new Uint32Array(1 << 12);
  private lines = new Uint32Array(1 << 12);
  /** Each entry's hash, so two indexes can be compared without rehashing (see `sharedIds`). */
  private hashes = new Uint32Array(1 << 12);
  /** Every entry's hash in ascending order, once `hasDuplicates` has sorted them. */
  private sorted: Uint32Array | null = null;
  private count = 0;
  /** Pairs [hash, entry] per slot (hash 0: empty); at most half the slots are used. */
  private table = new Uint32Array(2 << 13);

  get size(): number {
    return this.count;
  }

  /** The line `id` was first seen on, or undefined the first time (the id is then recorded at `line`). */
  firstLine(id: string, line: number): number | undefined {
    // Copy the id to the end of the pool first and hash it there: reading a string's characters
    // costs more than reading a typed array's, so they are read once. A repeated id is un-copied.
    const n = id.length;
    if (this.used + n > this.chars.length) this.chars = grown(this.chars, Math.max(this.chars.length * 2, this.used + n));
    const chars = this.chars;
    const at = this.used;
    let hash = 0x811c9dc5; // FNV-1a
    for (let i = 0; i < n; i++) {
      const c = id.charCodeAt(i);
      chars[at + i] = c;
      hash = Math.imul(hash ^ c, 0x01000193);
    }
    hash = hash >>> 0 || 1; // 0 marks an empty slot
    if (this.deferred) {
      if (this.count < DEFER_LIMIT) {
        this.addEntry(n, hash, line);
        return undefined;
      }
      this.deferred = false;
      this.buildTable();
    }
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (let h = table[slot << 1]!; h !== 0; h = table[slot << 1]!) {
      if (h === hash) {
        const entry = table[(slot << 1) + 1]!;
        if (this.sameAsLast(entry, n)) return this.lines[entry];
      }
      slot = (slot + 1) & mask;
    }
    this.insert(slot, n, hash, line);
    return undefined;
  }

  /** Whether entry's characters equal the `n` just copied to the end of the pool. */
  private sameAsLast(entry: number, n: number): boolean {
    if (this.lengths[entry] !== n) return false;
    const chars = this.chars;
    const start = this.starts[entry]!;
    const at = this.used;
    for (let i = 0; i < n; i++) if (chars[start + i] !== chars[at + i]) return false;
    return true;
  }

  private insert(slot: number, n: number, hash: number, line: number): void {
    const entry = this.addEntry(n, hash, line);
    this.table[slot << 1] = hash;
    this.table[(slot << 1) + 1] = entry;
    if (this.count * 4 > this.table.length) this.rehash();
  }

  /** Records the id just copied to the end of the pool as a new entry. */
  private addEntry(n: number, hash: number, line: number): number {
    const entry = this.count++;
    if (entry === this.starts.length) {
      this.starts = grown(this.starts, entry * 2);
      this.lengths = grown(this.lengths, entry * 2);
      this.lines = grown(this.lines, entry * 2);
      this.hashes = grown(this.hashes, entry * 2);
    }
    this.starts[entry] = this.used;
    this.lengths[entry] = n;
    this.lines[entry] = line;
    this.hashes[entry] = hash;
    this.used += n;
    return entry;
  }

  /** Places every entry collected so far in a table sized for them (leaving deferred mode). */
  private buildTable(): void {
    let length = this.table.length;
    while (this.count * 4 > length) length *= 2;
    const table = new Uint32Array(length);
    const mask = (length >> 1) - 1;
    for (let entry = 0; entry < this.count; entry++) {
      const hash = this.hashes[entry]!;
      let slot = hash & mask;
      while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
      table[slot << 1] = hash;
      table[(slot << 1) + 1] = entry;
    }
    this.table = table;
  }

  /** Whether two entries hold the same id (only a deferred index can have such entries). */
  hasDuplicates(): boolean {
    const n = Math.min(this.count, DEFER_LIMIT);
    // The hashes alone are sorted (a native sort of 32-bit integers); the few that repeat are then
    // looked up among the entries, rather than sorting (hash, entry) pairs and mapping them back.
    const sorted = this.hashes.slice(0, n).sort();
    // The hashes in order, for comparing with another part's (sharedIds) without sorting again.
    if (n === this.count) this.sorted = sorted;
    let repeated: Set<number> | null = null;
    for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) (repeated ??= new Set()).add(sorted[i]!);
    if (repeated === null) return false;
    // Equal hashes: true duplicates or chance collisions (a few dozen in a million ids).
    const entriesOf = new Map<number, number[]>();
    for (let e = 0; e < n; e++) {
      const hash = this.hashes[e]!;
      if (!repeated.has(hash)) continue;
      const earlier = entriesOf.get(hash);
      if (earlier === undefined) {
        entriesOf.set(hash, [e]);
        continue;
      }
      for (const other of earlier) if (this.sameEntries(other, e)) return true;
      earlier.push(e);
    }
    return false;
  }

  private sameEntries(a: number, b: number): boolean {
    const n = this.lengths[a]!;
    if (this.lengths[b] !== n) return false;
    const chars = this.chars;
    const sa = this.starts[a]!;
    const sb = this.starts[b]!;
    for (let i = 0; i < n; i++) if (chars[sa + i] !== chars[sb + i]) return false;
    return true;
  }

  /**
   * The entries as plain typed arrays (structured-cloneable, each on a buffer of its own so they can
   * be transferred), to be compared with another part's. Views, not copies: the index must not
   * change afterwards.
   */
  entries(): IdEntries {
    const n = this.count;
    return {
      chars: this.chars.subarray(0, this.used),
      starts: this.starts.subarray(0, n),
      lengths: this.lengths.subarray(0, n),
      lines: this.lines.subarray(0, n),
      hashes: this.hashes.subarray(0, n),
      ...(this.sorted !== null && this.sorted.length === n ? { sortedHashes: this.sorted } : {}),
    };
  }

  private rehash(): void {
    const old = this.table;
    const table = new Uint32Array(old.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      const hash = old[i]!;
      if (hash === 0) continue;
      let slot = hash & mask;
      while (table[slot << 1] !== 0) slot = (slot + 1) & mask;
      table[slot << 1] = hash;
      table[(slot << 1) + 1] = old[i + 1]!;
    }
    this.table = table;
  }
}

function grown<A extends Uint16Array | Uint32Array>(array: A, length: number): A {
  const bigger = (array instanceof Uint16Array ? new Uint16Array(length) : new Uint32Array(length)) as A;
  bigger.set(array);
  return bigger;
}

/** An IdIndex's entries, in the order first seen. */
export interface IdEntries {
  chars: Uint16Array;
  starts: Uint32Array;
  lengths: Uint32Array;
  lines: Uint32Array;
  hashes: Uint32Array;
  /** `hashes` in ascending order, when already sorted. */
  sortedHashes?: Uint32Array;
}

/**
 * Ids present in both `a` and `b`, as [line in a, line in b] pairs. Sorting each side's hashes and
 * walking them together touches memory in order; only equal hashes (true duplicates, or the few
 * dozen chance collisions of a million ids) have their characters compared.
 */
export function sharedIds(a: IdEntries, b: IdEntries): [number, number][] {
  const sa = a.sortedHashes ?? a.hashes.slice().sort();
  const sb = b.sortedHashes ?? b.hashes.slice().sort();
  const common = new Set<number>();
  for (let i = 0, j = 0; i < sa.length && j < sb.length; ) {
    if (sa[i]! < sb[j]!) i++;
    else if (sa[i]! > sb[j]!) j++;
    else {
      common.add(sa[i]!);
      i++;
      j++;
    }
  }
  if (common.size === 0) return [];
  const text = (e: IdEntries, k: number): string => charsToString(e.chars.subarray(e.starts[k]!, e.starts[k]! + e.lengths[k]!));
  const firstInA = new Map<string, number>();
  for (let k = 0; k < a.hashes.length; k++) if (common.has(a.hashes[k]!)) firstInA.set(text(a, k), a.lines[k]!);
  const pairs: [number, number][] = [];
  for (let k = 0; k < b.hashes.length; k++) {
    if (!common.has(b.hashes[k]!)) continue;
    const line = firstInA.get(text(b, k));
    if (line !== undefined) pairs.push([line, b.lines[k]!]);
  }
  return pairs;
}

/** UTF-16 units → string, in slices (an id may be a hostile 50 MB cell: no spreading it into one call). */
function charsToString(units: Uint16Array): string {
  let out = '';
  for (let at = 0; at < units.length; at += 4096) out += String.fromCharCode(...units.subarray(at, at + 4096));
  return out;
}
