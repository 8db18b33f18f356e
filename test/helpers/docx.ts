/** Reading a DOCX back in tests: its parts as text, and the text of its paragraphs. */
import { strFromU8, unzipSync } from 'fflate';

export type Parts = Record<string, string>;

export function docxParts(bytes: Uint8Array): Parts {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function docxBinary(bytes: Uint8Array, name: string): Uint8Array {
  const data = unzipSync(bytes)[name];
  if (data === undefined) throw new Error(`missing ${name}`);
  return data;
}

export function part(parts: Parts, name: string): string {
  const xml = parts[name];
  if (xml === undefined) throw new Error(`missing ${name} in the DOCX (have ${Object.keys(parts).join(', ')})`);
  return xml;
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of each paragraph (w:t runs joined; tabs as "\t"). */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][^]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join('')),
  );
}

/** Attribute values of every element `name` in `xml`. */
export function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'))].map((m) =>
    Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
  );
}
