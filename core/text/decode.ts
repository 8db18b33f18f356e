/**
 * Bytes → text. CSR teams get CSV from Excel in one of a few encodings and never know which:
 * "CSV UTF-8" (UTF-8 with a BOM), plain "CSV" (Windows-1250 on Polish Windows), UTF-8 from
 * other tools, and occasionally "Unicode text" (UTF-16 with a BOM). We detect; we never ask.
 * The detection itself lives in `StreamDecoder`, which imports use chunk by chunk; this is the
 * whole-file form of it.
 */
import { StreamDecoder } from './stream-decoder.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1250' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'binary'; kind: BinaryKind; line: number };

export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'nul';

/** 1-based line of the byte at `index` (counting LF). */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const decoder = new StreamDecoder();
  const head = decoder.push(bytes);
  const tail = typeof head === 'string' ? decoder.end() : head;
  // A whole file never needs a second reading: the first push sees every byte.
  if (typeof head !== 'string' || typeof tail !== 'string') {
    const stop = typeof head !== 'string' ? head : (tail as Exclude<typeof tail, string>);
    return { ok: false, reason: 'binary', kind: stop.stop === 'binary' ? stop.kind : 'nul', line: 1 };
  }
  const encoding = decoder.encoding!;
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be') {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return { ok: false, reason: 'binary', kind: 'nul', line: lineOfByte(bytes, nul) };
  }
  const text = head + tail;
  if (text.length === 0 && encoding !== 'utf-16le' && encoding !== 'utf-16be') return { ok: false, reason: 'empty' };
  return { ok: true, text, encoding };
}
