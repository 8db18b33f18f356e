/** A file on disk as a source core can stream (and stream again, or in ranges). */
import { createReadStream } from 'node:fs';
import type { ByteSource } from '../core/index.js';

/** Bytes read per chunk: large enough that per-chunk work is noise, small enough to stay cache-friendly. */
export const CHUNK_BYTES = 1 << 18;

export function fileSource(path: string, size: number): ByteSource {
  return {
    size,
    open: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    range: (start, end) => rangeSource(path, start, end),
  };
}

function rangeSource(path: string, start: number, end: number): ByteSource {
  return {
    size: end - start,
    // An empty range must read nothing (createReadStream's `end` is inclusive).
    open: () => (end > start ? createReadStream(path, { highWaterMark: CHUNK_BYTES, start, end: end - 1 }) : emptySource()),
    range: (from, to) => rangeSource(path, start + from, start + to),
  };
}

async function* emptySource(): AsyncGenerator<Uint8Array> {}
