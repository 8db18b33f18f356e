/**
 * Value mappings: a value the importer does not know ("Zgłoszenie klienta" in the type column),
 * mapped once by the user to a known one and saved in the project (`mappings.json`), so the next
 * import accepts it. Which columns can be mapped, and to what, each kind says (`mappable`).
 */
import { normalizeKey } from '../csv/normalize.js';
import type { ColumnMappings } from '../csv/table.js';
import { isInputKind, type InputKind } from './registry.js';

export type ValueMappings = Partial<Record<InputKind, ColumnMappings>>;

/** Checks the shape of mappings read from a project file; throws with a plain message when it is wrong. */
export function parseMappings(json: unknown): ValueMappings {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(json)) throw new Error('value mappings must be a JSON object');
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const [kind, columns] of Object.entries(json)) {
    if (!isInputKind(kind) || !isObject(columns)) throw new Error(`unknown input kind "${kind}"`);
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
