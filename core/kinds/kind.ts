/**
 * What an input kind is: one object per kind (core/kinds/<kind>/index.ts) with everything the rest
 * of the app needs to know about it — its schema, its tally, the figures and report context it
 * gives, its texts, its sample. The pipeline, the CLI, the main process and the renderer iterate
 * the registry (registry.ts) and ask these objects; none of them names a kind.
 */
import type { FigureSource } from '../common/figure-source.js';
import type { Bilingual, Lang } from '../common/lang.js';
import type { Problem } from '../common/problem.js';
import type { Tally } from '../common/tally.js';
import type { MetricCatalogue } from '../catalogue/metric-catalogue.js';
import type { ColumnSpec } from '../csv/table.js';
import type { ImportResult, TableSpec } from '../import/import-table.js';

/** The catalogues a kind may read its input against. */
export interface KindCatalogues {
  metrics: MetricCatalogue;
}

/** A value a user can map an unknown cell to. */
export interface MappingTarget {
  value: string;
  label: Bilingual;
}

export type FigureStyle = 'plain' | 'num' | 'pct' | 'share';

/** A figure a narrative can quote (the app's figure panel). */
export interface FigureOffer {
  /** Its context path, as templates name it (`privacy.a`, `access.share_step_free`). */
  path: string;
  label: Bilingual;
  value: number;
  style: FigureStyle;
  /** Unit label in the report language, "" for none. */
  unit?: string;
  /** The group it is listed under. */
  group: Bilingual;
}

/** A kind's part of the CLI's `--json` summary (the field names are a contract). */
export interface JsonContribution {
  indicators?: Record<string, unknown>;
  metrics?: Record<string, number | null>;
  service?: Record<string, unknown>;
}

/** An imported file of a kind that can be traced: read to the end, with its hash. */
export type Traceable<R, T> = ImportResult<R, T> & { sha256: string };

export interface KindModule<Id extends string = string, Key extends string = string, R = unknown, T extends Tally<R> = Tally<R>, S = unknown> {
  /** Also its CLI flag (`--<id>`), its `project.json` `files` key and its `--json` `imports[].kind`. */
  id: Id;
  /** The name templates read its figures under (`{{privacy.a}}`, `{{access.stores_total}}`): a user contract. */
  contextKey: Key;
  /** Its data card and its name in messages. */
  label: Bilingual;
  /** The standard or topic it serves, shown on the card ("GRI 418-1"). */
  topic: Bilingual;
  /** What a row holds, in one sentence, shown on the card. */
  hint: Bilingual;
  /** File name of its sample in data/sample (also what a new project names the file). */
  sample: string;
  columns: readonly ColumnSpec[];
  /** Columns whose unknown values a user can map, and what to. */
  mappable: Readonly<Record<string, readonly MappingTarget[]>>;
  /** true when a large file may be read in two parts at once (its tally is a PartTally). */
  splittable: boolean;
  /** A fresh schema for one import (a schema may remember which warnings it gave). */
  spec(catalogues: KindCatalogues): TableSpec<string, R, T>;
  /** Its figures for the report year, from the tally of an import without errors. */
  section(result: ImportResult<R, T>, year: number, lang: Lang, catalogues: KindCatalogues): S;
  /** Where each of its figures came from, keyed by context path (`access.stores_total`). */
  sources(result: Traceable<R, T>, year: number, lang: Lang, catalogues: KindCatalogues): Record<string, FigureSource>;
  /** Problems that depend on the reporting year, not on the file (rows from other years). */
  yearNotes?(result: ImportResult<R, T>, year: number): Problem[];
  /** The figures a narrative can quote. */
  figures(section: S, lang: Lang): FigureOffer[];
  /** Its headline figures in one line of the report language, for the CLI's report (none: no line). */
  headline?(section: S, lang: Lang): string;
  /** Its fields of the `--json` summary; `null` when the input is absent or has errors. */
  json(section: S | null): JsonContribution;
}

/** Captures a kind's types: `defineKind({...})` checks the object against KindModule with its own record and tally. */
export const defineKind = <Id extends string, Key extends string, R, T extends Tally<R>, S>(kind: KindModule<Id, Key, R, T, S>) => kind;
