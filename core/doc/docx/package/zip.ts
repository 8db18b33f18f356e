/**
 * The DOCX zip, read and written so the same parts give the same bytes: entries in a fixed order
 * (content types first, as Office writes them), one fixed entry date, fixed compression.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Parts by path inside the package. */
export type Parts = Map<string, Uint8Array>;

/**
 * 1980-01-01 00:00, the first date a zip entry can hold. Built from local components because the
 * zip's DOS time is local: this gives the same bytes in every time zone.
 */
const ENTRY_DATE = new Date(1980, 0, 1, 0, 0, 0);

export function unpack(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function pack(parts: Parts): Uint8Array {
  const rank = (path: string): number => (path === '[Content_Types].xml' ? 0 : path === '_rels/.rels' ? 1 : 2);
  const paths = [...parts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const files: Zippable = {};
  for (const path of paths) files[path] = [parts.get(path)!, { mtime: ENTRY_DATE, level: 6 }];
  return zipSync(files);
}

export const readText = (parts: Parts, path: string): string | undefined => {
  const bytes = parts.get(path);
  return bytes === undefined ? undefined : strFromU8(bytes);
};

export const writeText = (parts: Parts, path: string, text: string): void => {
  parts.set(path, strToU8(text));
};

/** The XML parts of the Word document (body, notes, comments, headers, footers, styles). */
export const wordXmlParts = (parts: Parts): string[] =>
  [...parts.keys()].filter((p) => p.startsWith('word/') && p.endsWith('.xml') && !p.includes('/_rels/')).sort();
