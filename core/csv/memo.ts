/**
 * Remembers a pure function of a cell's text. A register repeats the same few spellings, dates and
 * periods on every row, so parsing each distinct text once is most of the validation saved.
 * Bounded: when full, the cache starts over rather than grow with a column of unique values.
 *
 * The last answer is checked first: comparing two short strings is cheaper than hashing one, and a
 * column of a few values (a type, a yes/no) often repeats the row before.
 */
import { detach } from '../text/detach.js';

export function memoize<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  let lastText: string | null = null;
  let lastValue: T | undefined;
  return (text) => {
    if (text === lastText) return lastValue as T;
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      if (cache.size >= limit) cache.clear();
      cache.set(detach(text), value);
    }
    lastText = text;
    lastValue = value as T;
    return lastValue;
  };
}
