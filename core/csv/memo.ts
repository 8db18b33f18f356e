/**
 * Remembers a pure function of a cell's text. A register repeats the same few spellings, dates and
 * periods on every row, so parsing each distinct text once is most of the validation saved.
 * Bounded: when full, the cache starts over rather than grow with a column of unique values.
 *
 * The last few answers are checked first: a column of a handful of values (a type, a source, a
 * yes/no) is answered by comparing short strings, which is cheaper than hashing a fresh string for
 * the map (every cell the parser hands over is a new string whose hash is not yet known).
 */
import { detach } from '../text/detach.js';

/** Recent texts compared before the map: enough for a typical enumeration column. */
const RECENT = 8;

export function memoize<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  const recentTexts: (string | null)[] = new Array<string | null>(RECENT).fill(null);
  const recentValues: (T | undefined)[] = new Array<T | undefined>(RECENT).fill(undefined);
  let next = 0;
  return (text) => {
    for (let i = 0; i < RECENT; i++) if (recentTexts[i] === text) return recentValues[i] as T;
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(detach(text), value);
    }
    recentTexts[next] = detach(text);
    recentValues[next] = value;
    next = (next + 1) % RECENT;
    return value as T;
  };
}
