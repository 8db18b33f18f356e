/** What an import folds each used record into as it reads: the running totals its figures need. */
export interface Tally<R> {
  add(record: R): void;
}
