/**
 * The DOCX zip, read and written so the same parts give the same bytes: entries in a fixed order
 * (content types first, as Office writes them), one fixed entry date, fixed compression.
 *
 * Writing is done here rather than by fflate's zipSync so the DEFLATE step can be injected: the
 * CLI hands in Node's native zlib (≈ 10 ms for the sample chapter where fflate, still cold in a
 * fresh process, takes ≈ 100 ms); the app and tests use fflate. Each gives the same bytes every time.
 */
import { deflateSync, strFromU8, unzipSync } from 'fflate';

/** Parts by path inside the package: XML as text until it is zipped, media as bytes. */
export type Parts = Map<string, Uint8Array | string>;

/** Raw DEFLATE (RFC 1951) and the zip's CRC-32: what writing the package needs. */
export interface ZipCompressor {
  deflateRaw(data: Uint8Array, level: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** fflate's DEFLATE and a table-driven CRC-32: pure JavaScript, runs anywhere. */
export const portableCompressor: ZipCompressor = {
  deflateRaw: (data, level) => deflateSync(data, { level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 }),
  crc32,
};

let crcTable: Int32Array | undefined;
function crc32(data: Uint8Array): number {
  const table = (crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  }));
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * DEFLATE level by part: XML at 6 (zlib's default, ≈ 10× smaller); images are compressed already
 * and stored (deflating the sample's chart PNGs again saves 7 kB of 97 kB and costs ≈ 3 ms).
 */
const levelOf = (path: string): number => (/\.(png|jpe?g|gif|odttf)$/i.test(path) ? 0 : 6);

/** 1980-01-01 00:00 in MS-DOS date/time, the first date a zip entry can hold (the same in every time zone). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

export function unpack(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)));
}

const encoder = new TextEncoder();
const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? encoder.encode(data) : data);

export function pack(parts: Parts, compressor: ZipCompressor = portableCompressor): Uint8Array {
  const rank = (path: string): number => (path === '[Content_Types].xml' ? 0 : path === '_rels/.rels' ? 1 : 2);
  const paths = [...parts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (paths.length > 0xffff) throw new Error('too many parts for a zip without zip64');
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const path of paths) {
    const data = bytesOf(parts.get(path)!);
    const name = encoder.encode(path);
    const level = levelOf(path);
    const deflated = level === 0 ? data : compressor.deflateRaw(data, level);
    // Stored when DEFLATE would not make the part smaller.
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const entry = { method, crc: compressor.crc32(data), size: body.length, rawSize: data.length, utf8: name.length !== path.length };
    if (offset + 30 + name.length + body.length > 0xffffffff) throw new Error('the package is too large for a zip without zip64');
    const local = header(30 + name.length);
    local.u32(0x04034b50).u16(20).fields(entry).u16(name.length).u16(0).bytes(name);
    chunks.push(local.out, body);
    const dir = header(46 + name.length);
    dir.u32(0x02014b50).u16(20).u16(20).fields(entry).u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
    central.push(dir.out);
    offset += local.out.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(22);
  end.u32(0x06054b50).u16(0).u16(0).u16(paths.length).u16(paths.length).u32(dirSize).u32(offset).u16(0);
  const out = new Uint8Array(offset + dirSize + 22);
  let at = 0;
  for (const c of [...chunks, ...central, end.out]) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

interface EntryFields {
  method: number;
  crc: number;
  size: number;
  rawSize: number;
  utf8: boolean;
}

/** A little-endian byte writer for the zip's headers. */
function header(length: number) {
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  const w = {
    out,
    u16(n: number) {
      view.setUint16(at, n, true);
      at += 2;
      return w;
    },
    u32(n: number) {
      view.setUint32(at, n >>> 0, true);
      at += 4;
      return w;
    },
    bytes(b: Uint8Array) {
      out.set(b, at);
      at += b.length;
      return w;
    },
    /** Flags, method, date, CRC and sizes: the same in the local and the central header. */
    fields(e: EntryFields) {
      return w.u16(e.utf8 ? 0x0800 : 0).u16(e.method).u16(DOS_TIME).u16(DOS_DATE).u32(e.crc).u32(e.size).u32(e.rawSize);
    },
  };
  return w;
}

export const readText = (parts: Parts, path: string): string | undefined => {
  const data = parts.get(path);
  return data === undefined ? undefined : typeof data === 'string' ? data : strFromU8(data);
};

export const writeText = (parts: Parts, path: string, text: string): void => {
  parts.set(path, text);
};

/** The XML parts of the Word document (body, notes, comments, headers, footers, styles). */
export const wordXmlParts = (parts: Parts): string[] =>
  [...parts.keys()].filter((p) => p.startsWith('word/') && p.endsWith('.xml') && !p.includes('/_rels/')).sort();
