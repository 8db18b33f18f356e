/** The first 10 hex digits: enough to tell files apart at a glance; the sources appendix lists them whole. */
export const shortHash = (sha256: string): string => sha256.slice(0, 10);

/** Where a figure from data came from: enough for an auditor to recount it. */
export interface FigureSource {
  /** Input file name as imported. */
  file: string;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** Physical lines of the rows counted into the figure, ascending. */
  lines: number[];
  /** The counting rule in plain words, e.g. `type = complaint, source ∈ {customer, third_party}, substantiated`. */
  rule: string;
  /** The figure's name in the report's language, for where no table row names it (the sources appendix). */
  label?: string;
}
