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
import type { GriIndexRow } from '../gri/coverage.js';
import type { StatementOfUse } from '../gri/omissions.js';
import type { Unavailable } from '../common/availability.js';
import type { AnyKind, KindSection } from '../kinds/registry.js';

/** Each kind's figures under its context key (`privacy`, `access`, `service`, …), or unavailable. */
export type KindData = { [K in AnyKind as K['contextKey']]: KindSection<K> | Unavailable };

export interface ReportContext extends KindData {
  lang: Lang;
  year: number;
  prevYear: number;
  org: { name: string };
  /** Chapter title, e.g. "Usługi dla klientów". */
  title: string;
  /** Report title for the page header, e.g. "Raport zrównoważonego rozwoju 2020". */
  reportTitle: string;
  edition: GriEdition;
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

/** A kind's part of a context, by the kind's context key (for loops over the registry). */
export const sectionOf = (ctx: KindData, contextKey: string): { available: boolean } =>
  (ctx as unknown as Record<string, { available: boolean } | undefined>)[contextKey] ?? { available: false };
