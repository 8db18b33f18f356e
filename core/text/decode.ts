/**
 * Bytes → text. CSR teams get CSV from Excel in one of a few encodings and never know which:
 * "CSV UTF-8" (UTF-8 with a BOM), plain "CSV" (Windows-1250 on Polish Windows), UTF-8 from
 * other tools, and occasionally "Unicode text" (UTF-16 with a BOM). We detect; we never ask.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1250' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'binary'; kind: BinaryKind; line: number };

export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'nul';

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  sig.every((b, i) => bytes[i] === b);

/** Signatures of files people rename to .csv by mistake (XLSX/ODS are ZIP files). */
const SIGNATURES: readonly [BinaryKind, readonly number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

/** 1-based line of the byte at `index` (counting LF). */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  for (const [kind, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) return { ok: false, reason: 'binary', kind, line: 1 };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', kind: 'nul', line: lineOfByte(bytes, nul) };

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    if (text.length === 0) return { ok: false, reason: 'empty' };
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: Polish Excel's plain "CSV" is Windows-1250, which decodes any byte.
    return { ok: true, text: new TextDecoder('windows-1250').decode(body), encoding: 'windows-1250' };
  }
}
