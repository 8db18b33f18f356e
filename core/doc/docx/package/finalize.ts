/**
 * The last pass over the package docx wrote: the edits docx has no option for (ooxml-edit.ts), then
 * the deterministic zip. Same document model in, same bytes out.
 */
import { editPackage, type PackageEdits } from './ooxml-edit.js';
import { pack, type Parts } from './zip.js';

export type FinalizeOptions = PackageEdits;

/** Edits `parts` in place and zips them. */
export function finalizePackage(parts: Parts, options: FinalizeOptions): Uint8Array {
  editPackage(parts, options);
  return pack(parts);
}
