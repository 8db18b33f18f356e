/**
 * Page numbers for a document in a company template: the table of contents is estimated once the
 * template's styles are in the package (docx's layout, run on the final parts through
 * `patchDocument`), since they, not the house style, decide where the pages break.
 */
import { patchDocument } from 'docx';
import { stabilizePackageIds } from './ooxml-edit.js';
import { pack, unpack } from './zip.js';

export async function fillTemplatePageNumbers(bytes: Uint8Array): Promise<Uint8Array> {
  // docx/layout is large (≈ 1 MB of code): loaded only when page numbers are asked for.
  const { estimatePageNumbers } = await import('docx/layout');
  const patched = await patchDocument({ outputType: 'uint8array', data: bytes, patches: {}, pageNumbers: estimatePageNumbers });
  // Repacked the deterministic way: patchDocument's zip carries the clock's dates.
  const parts = unpack(patched);
  stabilizePackageIds(parts);
  return pack(parts);
}
