/**
 * Writes the document model as one standalone HTML5 file (and as a body fragment for the live
 * preview). No external resources and no script: the file must open offline and be safe to mail
 * around; tooltips and charts are CSS and inline SVG.
 */
import { blocksHtml } from './html/blocks.js';
import { headTags } from './html/head.js';
import { footnoteText } from './html/inline.js';
import { PageNotes } from './html/notes.js';
import { htmlStyleSheet } from './html/styles.js';
import type { DocumentModel } from './model.js';

export { htmlStyleSheet };

export function writeHtml(doc: DocumentModel): string {
  const { meta } = doc;
  return [
    '<!DOCTYPE html>',
    `<html lang="${meta.lang}">`,
    '<head>',
    ...headTags(meta, doc.manifest),
    `<style>\n${htmlStyleSheet()}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    writeHtmlFragment(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The blocks, then the footnotes and the figures' source descriptions, for a live preview that
 * supplies its own page (style it with `htmlStyleSheet`).
 */
export function writeHtmlFragment(doc: DocumentModel): string {
  const notes = new PageNotes(doc.meta.lang, doc.provenance ?? {});
  const body = blocksHtml(doc.blocks, notes);
  const tail = notes.html((note) => footnoteText(note, notes));
  return tail === '' ? body : `${body}\n${tail}`;
}
