/**
 * docx numbers bookmarks and drawings from counters shared by every document a process writes, and
 * names hyperlink relationships with random ids. Renumbering them in document order makes the same
 * document give the same bytes, however many were written before it.
 */
import { type Parts, readText, wordXmlParts, writeText } from './zip.js';

export function stabilizeIds(parts: Parts): void {
  const bookmarkIds = new Renumber();
  const tocNames = new Renumber();
  const drawingIds = new Renumber();
  for (const path of wordXmlParts(parts)) {
    const xml = readText(parts, path)!;
    const out = xml
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_m, head: string, id: string) => `${head}${bookmarkIds.get(id)}"`)
      .replace(/"_Toc(\d+)"/g, (_m, n: string) => `"_Toc${tocNames.get(n)}"`)
      .replace(/(PAGEREF _Toc)(\d+)/g, (_m, head: string, n: string) => `${head}${tocNames.get(n)}`)
      .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_m, head: string, id: string) => `${head}${drawingIds.get(id)}"`);
    if (out !== xml) writeText(parts, path, out);
  }
  for (const rels of [...parts.keys()].filter((p) => p.endsWith('.rels')).sort()) renameRandomRelationships(parts, rels);
}

class Renumber {
  private readonly map = new Map<string, number>();
  get(old: string): number {
    let n = this.map.get(old);
    if (n === undefined) {
      n = this.map.size + 1;
      this.map.set(old, n);
    }
    return n;
  }
}

/** Relationship ids docx writes itself are `rId<n>`; others (hyperlinks) are random and get `rIdL<n>`. */
function renameRandomRelationships(parts: Parts, relsPath: string): void {
  const rels = readText(parts, relsPath)!;
  const random = [...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/^rId\d+$/.test(id));
  if (random.length === 0) return;
  const names = new Map(random.map((id, i) => [id, `rIdL${i + 1}`]));
  const rename = (xml: string): string => xml.replace(/="([^"]+)"/g, (m, v: string) => (names.has(v) ? `="${names.get(v)}"` : m));
  writeText(parts, relsPath, rename(rels));
  // word/_rels/document.xml.rels belongs to word/document.xml.
  const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, '$1');
  const xml = readText(parts, owner);
  if (xml !== undefined) writeText(parts, owner, rename(xml));
}
