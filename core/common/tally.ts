/** What an import folds each used record into as it reads: the running totals its figures need. */
export interface Tally<R> {
  add(record: R): void;
}

/**
 * A tally that can be counted in parts (a file split in two and read in two threads): its state as
 * plain, structured-cloneable data, and folding in the state of the part that follows it in the file.
 */
export interface PartTally<R, S> extends Tally<R> {
  snapshot(): S;
  absorb(later: S): void;
}

export function isPartTally<R>(tally: Tally<R>): tally is PartTally<R, unknown> {
  const t = tally as Partial<PartTally<R, unknown>>;
  return typeof t.snapshot === 'function' && typeof t.absorb === 'function';
}
