/**
 * The input kinds, in the order the app, the CLI's help and the summaries list them. This is the
 * one list of kinds: a new kind is a folder under core/kinds and one line here.
 */
import { accessibilityKind } from './accessibility/index.js';
import { digitalKind } from './digital/index.js';
import type { Tally } from '../common/tally.js';
import type { ImportResult, TableSpec } from '../import/import-table.js';
import type { KindModule } from './kind.js';
import { privacyKind } from './privacy/index.js';
import { serviceKind } from './service/index.js';

export const INPUT_KINDS = [privacyKind, serviceKind, accessibilityKind, digitalKind] as const;

export type AnyKind = (typeof INPUT_KINDS)[number];
/** A kind's id: its CLI flag, `project.json` `files` key and `--json` `imports[].kind`. */
export type InputKind = AnyKind['id'];
export type KindById<K extends InputKind> = Extract<AnyKind, { id: K }>;
export type KindRecord<K extends AnyKind> = ReturnType<K['spec']> extends TableSpec<string, infer R, Tally<unknown>> ? R : never;
export type KindTally<K extends AnyKind> = ReturnType<ReturnType<K['spec']>['tally']>;
export type KindSection<K extends AnyKind> = ReturnType<K['section']>;

/**
 * The kinds with their record, tally and section types erased: what a loop over every kind works
 * with (a loop over the union cannot tie a kind to its own values). Typed access by id: `kindOf`.
 */
export const KINDS: readonly KindModule<InputKind>[] = INPUT_KINDS;

/** A kind's import result, typed with its record and tally. */
export type KindImport<K extends AnyKind> = ImportResult<KindRecord<K>, KindTally<K>>;

/** Every kind's import, null when its file was not given. */
export type ImportedInputs = { [K in InputKind]: KindImport<KindById<K>> | null };

export const INPUT_KIND_IDS: readonly InputKind[] = INPUT_KINDS.map((k) => k.id);

export const isInputKind = (v: unknown): v is InputKind => typeof v === 'string' && (INPUT_KIND_IDS as readonly string[]).includes(v);

/** The kind of an id (every id of the InputKind type has one). */
export function kindOf<K extends InputKind>(id: K): KindById<K> {
  const kind = INPUT_KINDS.find((k) => k.id === id);
  if (kind === undefined) throw new Error(`unknown input kind ${id}`);
  return kind as KindById<K>;
}

/** A record with one entry per kind, each computed from the kind's id. */
export const byKind = <T>(f: (id: InputKind) => T): Record<InputKind, T> =>
  Object.fromEntries(INPUT_KIND_IDS.map((id) => [id, f(id)])) as Record<InputKind, T>;
