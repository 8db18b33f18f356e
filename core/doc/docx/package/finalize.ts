/**
 * The last pass over the package docx wrote: what docx has no option for (table alt text, the
 * document language, a company's styles) and what must not vary between rebuilds (dates, ids,
 * zip order). Same document model in, same bytes out.
 */
import { fixCoreProperties } from './core-properties.js';
import { stabilizeIds } from './stable-ids.js';
import { applyStyleTemplate, type TemplateStyles } from './style-template.js';
import { addTableAltText, type TableAltText } from './table-captions.js';
import { pack, type Parts, type ZipCompressor } from './zip.js';

export interface FinalizeOptions {
  /** ISO 8601 time for the created/modified dates. */
  generatedAt: string;
  /** Word language tag, e.g. `pl-PL`. */
  language: string;
  tables: readonly TableAltText[];
  template?: TemplateStyles;
  compressor?: ZipCompressor;
}

/** Edits `parts` in place and zips them. */
export function finalizePackage(parts: Parts, options: FinalizeOptions): Uint8Array {
  fixCoreProperties(parts, options.generatedAt, options.language);
  addTableAltText(parts, options.tables);
  if (options.template) applyStyleTemplate(parts, options.template, options.language);
  stabilizeIds(parts);
  return pack(parts, options.compressor);
}
