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

describe('IdIndex in deferred mode (the parts of a split import)', () => {
  it('collects without checking, then says whether any id repeated', () => {
    const unique = new IdIndex(true);
    for (let i = 0; i < 30_000; i++) expect(unique.firstLine(`R-${i}`, i + 2)).toBeUndefined();
    expect(unique.hasDuplicates()).toBe(false);
    const repeated = new IdIndex(true);
    for (let i = 0; i < 30_000; i++) repeated.firstLine(`R-${i}`, i + 2);
    repeated.firstLine('R-29999', 40_000);
    expect(repeated.hasDuplicates()).toBe(true);
    // Same length, same hash neighbourhood, different text: not a repeat.
    const near = new IdIndex(true);
    for (const id of ['AB', 'BA', 'ŻÓŁW-1', 'ŻÓŁW-2', '']) near.firstLine(id, 1);
    expect(near.hasDuplicates()).toBe(false);
  });

  it('tells chance collisions of the 32-bit hash from repeated ids', () => {
    // Distinct ids with equal FNV-1a hashes, among 30,000 others.
    const colliding = [['PRV/5B67', 'PRV/Q1R0'], ['PRV/5B66', 'PRV/Q1R1']];
    const ids = [...Array.from({ length: 30_000 }, (_, i) => `PRV/2020/${String(i).padStart(7, '0')}`), ...colliding.flat()];
    const distinct = new IdIndex(true);
    ids.forEach((id, i) => distinct.firstLine(id, i + 2));
    expect(distinct.hasDuplicates()).toBe(false);
    const sorted = distinct.entries().sortedHashes!;
    expect(sorted.filter((h, i) => i > 0 && h === sorted[i - 1])).toHaveLength(2);
    // A repeat of one of the colliding ids, and of an ordinary one, is found.
    for (const again of ['PRV/Q1R0', 'PRV/2020/0012345']) {
      const repeated = new IdIndex(true);
      ids.forEach((id, i) => repeated.firstLine(id, i + 2));
      repeated.firstLine(again, 40_000);
      expect(repeated.hasDuplicates()).toBe(true);
    }
  });
});
