/**
 * The table of contents. docx fills it from the headings when the file is written (each entry
 * linked to a bookmark on its heading), and the layout estimator adds the page numbers, so the
 * table is complete when Word or LibreOffice opens the file, with no "update fields" prompt (the
 * field is written clean; Word updates it on request, F9, as any table of contents).
 */
import { type FileChild, Paragraph, TableOfContents } from 'docx';
import type { Block } from '../model.js';
import type { Lang } from '../../common/lang.js';
import { STYLE_IDS } from './styles.js';

const TITLE: Readonly<Record<Lang, string>> = { pl: 'Spis treści', en: 'Contents' };

/** Without page numbers the dot leaders would lead nowhere, so the entries stand alone. */
export function tableOfContents(lang: Lang, pageNumbers: boolean): FileChild[] {
  return [
    new Paragraph({ style: STYLE_IDS.tocHeading, text: TITLE[lang] }),
    new TableOfContents(TITLE[lang], {
      hyperlink: true,
      headingStyleRange: '1-3',
      beginDirty: false,
      ...(pageNumbers ? {} : { tabLeader: 'none' as const }),
    }),
  ];
}

/**
 * Where the table goes: before the first section heading (level 2), so the chapter title and its
 * lead paragraph open the document. `undefined` when the document has fewer than two headings:
 * a table of one entry helps nobody.
 */
export function tocPosition(blocks: readonly Block[]): number | undefined {
  const headings = blocks.filter((b) => b.kind === 'heading').length;
  if (headings < 2) return undefined;
  const index = blocks.findIndex((b) => b.kind === 'heading' && b.level >= 2);
  return index < 0 ? undefined : index;
}
