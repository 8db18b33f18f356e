import { describe, expect, it } from 'vitest';
import { IdIndex } from '../core/import/id-index.js';

describe('IdIndex (the uniqueness check of register ids)', () => {
  it('returns the first line of an id seen before, across growth and hash collisions', () => {
    const index = new IdIndex();
    const ids = Array.from({ length: 50_000 }, (_, i) => `PRV/${2019 + (i % 2)}/${String(i).padStart(7, '0')}`);
    ids.forEach((id, i) => expect(index.firstLine(id, i + 2)).toBeUndefined());
    expect(index.size).toBe(50_000);
    for (const i of [0, 1, 777, 49_999]) expect(index.firstLine(ids[i]!, 99_999)).toBe(i + 2);
    // Ids that differ only in one character, or are prefixes of each other, stay distinct.
    expect(index.firstLine('PRV/2019/000000', 1)).toBeUndefined();
    expect(index.firstLine('PRV/2019/0000000 ', 1)).toBeUndefined();
    expect(index.firstLine('ŻÓŁW-1', 5)).toBeUndefined();
    expect(index.firstLine('ŻÓŁW-1', 6)).toBe(5);
    expect(index.size).toBe(50_003);
  });
});
