/**
 * One rule for matching what people type against what we know, used for headers and for
 * enumeration values alike: ignore case, diacritics, spaces, `_`, `-` and other punctuation.
 * "Źródło", "zrodlo" and "ŹRÓDŁO " all become "zrodlo".
 */
import { distance } from 'fastest-levenshtein';
import { detach } from '../text/detach.js';
import { memoize } from './memo.js';

// ł/Ł have no Unicode decomposition, so NFD alone would keep them.
const STROKES: Record<string, string> = { ł: 'l', Ł: 'l', đ: 'd', ø: 'o' };

/** Every enumeration cell of every row goes through here: remembered, as registers repeat themselves. */
export const normalizeKey = memoize((text) => detach(normalizeUncached(text)));

function normalizeUncached(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđø]/g, (c) => STROKES[c] ?? c)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A table from normalized spellings to canonical values; the first spelling given wins. */
export class KeyMatcher<V extends string> {
  private readonly table = new Map<string, { value: V; spelling: string }>();
  /** Text as written → value (null: no match): one lookup per cell instead of normalizing each. */
  private readonly matchOf = memoize((text: string): V | null => this.table.get(normalizeKey(text))?.value ?? null);

  constructor(entries: readonly { value: V; spellings: readonly string[] }[]) {
    for (const { value, spellings } of entries) {
      for (const spelling of [value, ...spellings]) {
        const k = normalizeKey(spelling);
        if (!this.table.has(k)) this.table.set(k, { value, spelling });
      }
    }
  }

  match(text: string): V | undefined {
    return this.matchOf(text) ?? undefined;
  }

  /** The closest known spelling (as written in the catalogue), when close enough to be a typo. */
  suggest(text: string): string | null {
    const k = normalizeKey(text);
    if (k === '') return null;
    let best: { spelling: string; d: number } | null = null;
    for (const [key, { spelling }] of this.table) {
      const d = distance(k, key);
      if (best === null || d < best.d) best = { spelling, d };
    }
    return best !== null && best.d <= Math.max(2, Math.floor(k.length / 2)) ? best.spelling : null;
  }
}
