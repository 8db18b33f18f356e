/** What the service metrics give the report (templates read them as `service.m.<metric>`). */
/** One value of a metric (or of one category of it) in the reporting year and the year before. */
export interface MetricFigure {
  key: string;
  label: string;
  value: number | null;
  prev: number | null;
  /** Relative change (value − prev) / prev as a fraction, null when either is missing or prev = 0. */
  change: number | null;
}

export interface MetricEntry extends MetricFigure {
  /** Unit key from the catalogue (`count`, `percent`, `gb`, `months`, `score`, …) or the file's own unit. */
  unit: string;
  /** Unit label in the report language ("%", "GB", "mies.", …); "" for plain counts. */
  unitLabel: string;
  /** true for a metric the catalogue does not know (the company's own indicator). */
  own: boolean;
  /** Values per category (e.g. contacts per channel), in catalogue order; empty when uncategorised. */
  categories: MetricFigure[];
}

export interface ServiceSection {
  available: true;
  /** Every metric with data for the reporting year or the year before, by key. */
  m: Record<string, MetricEntry>;
  /** Metrics the catalogue does not know, in file order (also present in `m`). */
  own: MetricEntry[];
}
