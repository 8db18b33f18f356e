/**
 * Value mappings: a value the importer does not know ("Zgłoszenie klienta" in the type column),
 * mapped once by the user to a known one and saved in the project, so the next import accepts it.
 * Also lists, per input kind and column, the values a user can map to.
 */
import { normalizeKey } from '../csv/normalize.js';
import type { ColumnMappings } from '../csv/table.js';
import type { Bilingual } from '../common/lang.js';
import type { InputKind } from '../import/import-table.js';

export type ValueMappings = Partial<Record<InputKind, ColumnMappings>>;

export interface MappingTarget {
  value: string;
  label: Bilingual;
}

const BOOLEAN: MappingTarget[] = [
  { value: 'tak', label: { pl: 'tak', en: 'yes' } },
  { value: 'nie', label: { pl: 'nie', en: 'no' } },
];

/** Columns whose values can be mapped, and what they can be mapped to. */
export const MAPPABLE: Record<InputKind, Record<string, MappingTarget[]>> = {
  privacy: {
    type: [
      { value: 'complaint', label: { pl: 'skarga', en: 'complaint' } },
      { value: 'leak', label: { pl: 'wyciek', en: 'leak' } },
      { value: 'theft', label: { pl: 'kradzież', en: 'theft' } },
      { value: 'loss', label: { pl: 'utrata', en: 'loss' } },
    ],
    source: [
      { value: 'customer', label: { pl: 'klient', en: 'customer' } },
      { value: 'third_party', label: { pl: 'strona trzecia', en: 'third party' } },
      { value: 'regulator', label: { pl: 'organ nadzorczy', en: 'regulator' } },
      { value: 'internal', label: { pl: 'wewnętrzne', en: 'internal' } },
    ],
    substantiated: BOOLEAN,
  },
  service: {},
  accessibility: { sign_language: BOOLEAN, induction_loop: BOOLEAN, step_free: BOOLEAN, adapted_desk: BOOLEAN },
};

const KINDS: readonly InputKind[] = ['privacy', 'service', 'accessibility'];

/** Checks the shape of mappings read from a project file; throws with a plain message when it is wrong. */
export function parseMappings(json: unknown): ValueMappings {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json)) throw new Error('value mappings must be a JSON object');
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [kind, columns] of Object.entries(json)) {
    if (!KINDS.includes(kind as InputKind) || !isObject(columns)) throw new Error(`unknown input kind "${kind}"`);
    out[kind] = {};
    for (const [column, values] of Object.entries(columns)) {
      if (!isObject(values)) throw new Error(`${kind}.${column} must map texts to values`);
      out[kind][column] = {};
      for (const [text, value] of Object.entries(values)) {
        if (typeof value !== 'string') throw new Error(`${kind}.${column}["${text}"] must be a string`);
        out[kind][column][normalizeKey(text)] = value;
      }
    }
  }
  return out as ValueMappings;
}

/** A copy of `mappings` with one more entry; the text is stored normalized, as it is matched. */
export function withMapping(mappings: ValueMappings, kind: InputKind, column: string, text: string, value: string): ValueMappings {
  const forKind = mappings[kind] ?? {};
  return { ...mappings, [kind]: { ...forKind, [column]: { ...(forKind[column] ?? {}), [normalizeKey(text)]: value } } };
}
