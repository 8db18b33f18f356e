/**
 * The DOCX zip, read and written with fflate so the same parts give the same bytes: entries in a
 * fixed order (content types first, as Office writes them), one fixed entry date, fixed compression.
 */
import { strFromU8, strToU8, unzipSync, type ZipOptions, zipSync } from 'fflate';

/** Parts by path inside the package: XML as text until it is zipped, media as bytes. */
export type Parts = Map<string, Uint8Array | string>;

/**
 * DEFLATE level by part: XML at 6 (zlib's default, ≈ 10× smaller); images are compressed already
 * and stored (deflating the sample's chart PNGs again saves 7 kB of 97 kB and costs ≈ 3 ms).
 */
const levelOf = (path: string): ZipOptions['level'] => (/\.(png|jpe?g|gif|odttf)$/i.test(path) ? 0 : 6);

/**
 * 1980-01-01 00:00, the first date a zip entry can hold. fflate writes the entry date in local
 * time, so the date is made in local time too: the same DOS date in every time zone.
 */
const ENTRY_DATE = new Date(1980, 0, 1);

export function unpack(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** `[Content_Types].xml` first, `_rels/.rels` second, then by path. */
function packageOrder(paths: Iterable<string>): string[] {
  const rank = (path: string): number => (path === '[Content_Types].xml' ? 0 : path === '_rels/.rels' ? 1 : 2);
  return [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function pack(parts: Parts): Uint8Array {
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  // fflate writes entries in the object's key order (no part path is an integer-like key).
  for (const path of packageOrder(parts.keys())) {
    const data = parts.get(path)!;
    files[path] = [typeof data === 'string' ? strToU8(data) : data, { level: levelOf(path), mtime: ENTRY_DATE }];
  }
  return zipSync(files);
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
