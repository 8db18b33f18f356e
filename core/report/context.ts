/**
 * The values the Handlebars templates and narratives see (the "report model").
 *
 * Built by `buildReportContext` from validated metrics; templates read it, never the raw rows.
 * Field names of `privacy` and `access` match the CLI's `--json` output so prose like
 * "we received {{privacy.a}} substantiated complaints" reads the same figure the JSON reports.
 */
import type { GriEdition } from '../common/edition.js';
import type { FigureSource } from '../common/figure-source.js';
import type { Lang } from '../common/lang.js';
import type { OmissionReason, StatementOfUse } from '../gri/omissions.js';

/** GRI 418-1 figures for one reporting year (rows whose `date` falls in that year). */
export interface PrivacyYear {
  year: number;
  /** 418-1 a.i: substantiated complaints from customers or third parties. */
  a_i: number;
  /** 418-1 a.ii: substantiated complaints from regulators. */
  a_ii: number;
  /** 418-1 a = a.i + a.ii. */
  a: number;
  /** 418-1 b: identified leaks + thefts + losses of customer data. */
  b: number;
  leaks: number;
  thefts: number;
  losses: number;
  /** Every complaint received in the year, any source, substantiated or not. */
  complaints_received: number;
  /** Complaints that were not substantiated (all sources). */
  complaints_unsubstantiated: number;
  /** Complaints raised internally (never part of 418-1 a). */
  complaints_internal: number;
  /** Sum of `records_affected` over the year's leaks, thefts and losses (rows without it count 0). */
  records_affected: number;
  /** Rows counted in a or b whose `event_date` lies before the year (418-1 compilation requirement). */
  from_previous_periods: number;
  /** Counted rows (a and b) grouped by `cause`, largest first; rows without a cause are under "". */
  by_cause: { cause: string; count: number }[];
}

export interface PrivacySection extends PrivacyYear {
  available: true;
  /** The same figures for the previous year, or null when the register has no rows from it. */
  prev: PrivacyYear | null;
  /** true when a = 0: the 418-1 c statement is rendered instead of the breakdown. */
  none_substantiated: boolean;
}

export interface AccessSection {
  available: true;
  stores_total: number;
  stores_sign_language: number;
  stores_induction_loop: number;
  stores_sign_language_or_loop: number;
  stores_step_free: number;
  /** Stores with an adapted desk; null when the register has no `adapted_desk` column. */
  stores_adapted_desk: number | null;
  /** Shares as fractions 0..1 of stores_total (0 when there are no stores). */
  share_sign_language: number;
  share_induction_loop: number;
  share_sign_language_or_loop: number;
  share_step_free: number;
  share_adapted_desk: number | null;
  /** Number of distinct cities with at least one store. */
  cities: number;
}

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

export interface Unavailable {
  available: false;
}

/** One row of the GRI content index. */
export interface GriIndexRow {
  standard: string;
  code: string;
  title: string;
  /** Anchor id of the section that answers the disclosure (link target `#id`). */
  anchor: string;
  /** Section title shown as the location. */
  location: string;
  /** The same disclosure in the other GRI edition (e.g. 3-3 for 103-2), or "". */
  otherEdition: string;
  /** Requirement items the report does not state yet, e.g. ["418-1 b"]. */
  omitted: string[];
  /** ESRS datapoints (S4) covering the same ground, e.g. "S4-4", or "". */
  esrs: string;
  /** Each omitted requirement with the reason and explanation from project.json (reason null: none given). */
  omissions: GriIndexOmission[];
}

/** One omitted requirement in the GRI content index. */
export interface GriIndexOmission {
  id: string;
  /** What the requirement asks for, in the report language. */
  label: string;
  reason: OmissionReason | null;
  /** The reason as GRI's list words it, in the report language. */
  reasonLabel: string;
  explanation: string;
}

export interface ReportContext {
  lang: Lang;
  year: number;
  prevYear: number;
  org: { name: string };
  /** Chapter title, e.g. "Usługi dla klientów". */
  title: string;
  /** Report title for the page header, e.g. "Raport zrównoważonego rozwoju 2020". */
  reportTitle: string;
  edition: GriEdition;
  privacy: PrivacySection | Unavailable;
  access: AccessSection | Unavailable;
  service: ServiceSection | Unavailable;
  /** Section titles by section id (core/report/sections.ts), for headings and cross-references. */
  sections: Record<string, string>;
  /** Narrative sections already rendered to the HTML subset, by section id. Missing ids are absent. */
  narratives: Record<string, string>;
  /**
   * Sources of the figures from data, keyed by the figure's context path as used in
   * `data-figure` attributes (`privacy.a`, `access.stores_sign_language_or_loop`, …).
   */
  provenance?: Record<string, FigureSource>;
  gri: {
    edition: GriEdition;
    /** Disclosure codes of this chapter in the chosen edition, e.g. ["103-1","103-2","103-3","418-1"]. */
    codes: string[];
    index: GriIndexRow[];
    /** The statement of use in the content index; "with-reference" unless project.json says otherwise. */
    statementOfUse?: StatementOfUse;
  };
}
