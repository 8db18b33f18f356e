/** What the block and inline builders share while one DOCX is written. */
import type { HouseStyle } from '../house-style.js';
import type { FigureSource } from '../../common/figure-source.js';
import type { Lang } from '../../common/lang.js';
import type { TableBlock } from '../model.js';
import type { ProvenanceComments } from './comments.js';
import type { FootnoteCollector } from './footnotes.js';
import type { Bookmarks } from './inline.js';

export interface DocxContext {
  style: HouseStyle;
  lang: Lang;
  bookmarks: Bookmarks;
  footnotes: FootnoteCollector;
  /** Set when reviewer comments on figures were asked for. */
  comments: ProvenanceComments | null;
  provenance: Readonly<Record<string, FigureSource>>;
  /** The chart drawings of this edition, by chart id: the SVG and its PNG fallback (a placeholder until the package is zipped, see chart-fallbacks.ts). */
  charts: ReadonlyMap<string, { svg: string; png: Uint8Array; width: number; height: number }>;
  /** Tables in the order they are written, for their screen-reader title and description (package/ooxml-edit.ts). */
  tables: TableBlock[];
  /** Width of the text column in twips. */
  textWidth: number;
  /** How much wider than Calibri the body font sets text (1 for the house style, more for some templates). */
  widthFactor: number;
  /** Numbered lists written so far (each one is a Word list instance of its own). */
  orderedLists: number;
}
