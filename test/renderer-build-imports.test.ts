/**
 * The build worker's imports, in plain Node: an input is imported again only when its file or its
 * mappings change; a cancelled import leaves the state as it was (and usable); progress comes at
 * most every PROGRESS_INTERVAL_MS with rows per second; and the chunked source gives the event loop
 * turns, so a cancel that arrives as a message (here: a timer) stops a file mid-way.
 */
import { describe, expect, it } from 'vitest';
import type { ImportProgressReport, WorkerFile } from '../renderer/src/build/build-protocol';
import { CHUNK_BYTES } from '../renderer/src/build/chunked-source';
import { emptyImports, PROGRESS_INTERVAL_MS, updateImports, type ImportState } from '../renderer/src/build/input-imports';

const HEADER = 'Nr sprawy;Data wpływu;Rodzaj;Źródło;Zasadna';
const register = (rows: number, type = 'skarga'): Uint8Array => {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) lines.push(`PRV/${i};${String((i % 28) + 1).padStart(2, '0')}.03.2020;${type};klient;tak`);
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
};
const file = (version: number, bytes: Uint8Array, name = `rejestr-${version}.csv`): WorkerFile => ({ version, name, bytes });
const run = (state: ImportState, changes: Parameters<typeof updateImports>[1], options: Partial<Parameters<typeof updateImports>[2]> = {}) =>
  updateImports(state, changes, { signal: new AbortController().signal, onProgress: () => undefined, ...options });
const done = (s: ImportState | 'cancelled'): ImportState => {
  if (s === 'cancelled') throw new Error('expected a finished import');
  return s;
};

describe('the build worker’s imports', () => {
  it('keeps an import until its file or its own mappings change; the inputs object stays the same while nothing changed', async () => {
    const a = done(await run(emptyImports(), { files: { privacy: file(1, register(3)) } }));
    expect(a.inputs.privacy?.stats).toEqual({ rowsRead: 3, rowsUsed: 3, rowsRejected: 0, blankLines: 0 });
    expect(a.inputs.privacy?.records).toEqual([]); // counts and problems only: memory stays flat

    const same = done(await run(a, { files: { privacy: file(1, register(3)) }, mappings: { service: {} } }));
    expect(same.inputs).toBe(a.inputs);

    const unknown = done(await run(same, { files: { privacy: file(2, register(2, 'reklamacja')) } }));
    expect(unknown.inputs).not.toBe(a.inputs);
    expect(unknown.inputs.privacy?.stats.rowsRejected).toBe(2);
    const mapped = done(await run(unknown, { mappings: { privacy: { type: { reklamacja: 'complaint' } } } }));
    expect(mapped.inputs.privacy?.stats.rowsUsed).toBe(2);

    const detached = done(await run(mapped, { files: { privacy: null } }));
    expect(detached.inputs.privacy).toBeNull();
  });

  it('a cancelled import changes nothing: the state it started from still holds, and gives the previous file at once', async () => {
    const before = done(await run(emptyImports(), { files: { privacy: file(1, register(5), 'stary.csv') } }));
    const snapshot = JSON.stringify({ files: Object.keys(before.files), mappings: before.mappings });
    const abort = new AbortController();
    const big = register(150_000);
    // A timer, like a cancel message, only runs if the import gives the event loop turns.
    const timer = setTimeout(() => abort.abort(), 30);
    const started = performance.now();
    const out = await updateImports(before, { files: { privacy: file(2, big, 'nowy.csv') } }, { signal: abort.signal, onProgress: () => undefined });
    clearTimeout(timer);
    expect(out).toBe('cancelled');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(before.files.privacy?.name).toBe('stary.csv');
    expect(JSON.stringify({ files: Object.keys(before.files), mappings: before.mappings })).toBe(snapshot);
    const again = done(await run(before, { files: { privacy: before.files.privacy } }));
    expect(again.inputs).toBe(before.inputs);
  });

  it('reports progress at most every PROGRESS_INTERVAL_MS, with bytes, rows and rows per second; never for a quick file', async () => {
    const bytes = register(60_000);
    expect(bytes.length).toBeGreaterThan(4 * CHUNK_BYTES);
    let clock = 0;
    // Each look at the clock is 20 ms later: the file "takes" far longer than one interval.
    const now = () => (clock += 20);
    const reports: ImportProgressReport[] = [];
    const out = done(await run(emptyImports(), { files: { privacy: file(1, bytes) } }, { onProgress: (r) => reports.push(r), now }));
    expect(out.inputs.privacy?.stats.rowsRead).toBe(60_000);
    expect(reports.length).toBeGreaterThan(1);
    for (const r of reports) expect(r).toMatchObject({ kind: 'privacy', file: 'rejestr-1.csv', totalBytes: bytes.length });
    expect(reports.at(-1)!.rowsPerSecond).toBeGreaterThan(0);
    expect(reports.map((r) => r.bytesRead)).toEqual([...reports.map((r) => r.bytesRead)].sort((x, y) => x - y));
    expect(reports.at(-1)!.rows).toBeLessThanOrEqual(60_000);
    expect(reports.at(-1)!.bytesRead).toBeLessThan(bytes.length);

    const quick: ImportProgressReport[] = [];
    await run(emptyImports(), { files: { privacy: file(1, register(10)) } }, { onProgress: (r) => quick.push(r) });
    expect(quick).toEqual([]);
    expect(PROGRESS_INTERVAL_MS).toBe(100);
  });
});
