/**
 * The GRI content index on its own (`--format gri-index`), cut from the chapter document so it
 * says exactly what the chapter's index says. Its section becomes the document's title, headings
 * move up a level, and links into the chapter point at the chapter's HTML file (in Word, where a
 * relative link means nothing, the location stays as text).
 */
import { inlineText, type Block, type DocumentModel, type HeadingBlock, type Inline } from './model.js';
import { type Lang } from '../common/lang.js';

export const GRI_INDEX_ID = 'gri-index';

const NOTE: Readonly<Record<Lang, (chapter: string, report: string) => string>> = {
  pl: (chapter, report) => `Indeks dotyczy rozdziału „${chapter}” raportu „${report}”; kolumna z miejscem wskazuje sekcje tego rozdziału.`,
  en: (chapter, report) => `The index covers the chapter “${chapter}” of the report “${report}”; the location column names the chapter's sections.`,
};

/**
 * The standalone index, or null when the chapter has no section with id "gri-index" (custom
 * templates without one). `chapterHref` is the chapter's HTML file name, for the location links.
 */
export function contentIndexDocument(chapter: DocumentModel, chapterHref: string): DocumentModel | null {
  const start = chapter.blocks.findIndex((b) => b.kind === 'heading' && b.id === GRI_INDEX_ID);
  const heading = chapter.blocks[start];
  if (heading?.kind !== 'heading') return null;
  const rest = chapter.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= heading.level);
  const section = end < 0 ? rest : rest.slice(0, end);
  const shift = heading.level - 1;
  const chapterTitle = chapter.blocks.find((b): b is HeadingBlock => b.kind === 'heading' && b.level === 1);
  const title = inlineText(heading.runs);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, id: GRI_INDEX_ID, runs: heading.runs },
    {
      kind: 'paragraph',
      style: 'note',
      runs: [{ kind: 'text', text: NOTE[chapter.meta.lang](chapterTitle ? inlineText(chapterTitle.runs) : chapter.meta.title, chapter.meta.header) }],
    },
    ...section.map((b) => relink(b.kind === 'heading' ? { ...b, level: Math.max(1, b.level - shift) as 1 | 2 | 3 } : b, chapterHref)),
  ];
  const doc: DocumentModel = { meta: { ...chapter.meta, title: `${title} – ${chapter.meta.header}`, subject: title }, blocks };
  if (chapter.manifest) doc.manifest = chapter.manifest;
  return doc;
}

function relink(block: Block, href: string): Block {
  const runs = (list: readonly Inline[]): Inline[] =>
    list.map((r) => (r.kind === 'link' && r.href.startsWith('#') ? { ...r, href: `${href}${r.href}` } : r));
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, runs: runs(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(runs) };
    case 'table':
      return { ...block, head: block.head.map((row) => row.map((c) => ({ ...c, runs: runs(c.runs) }))), body: block.body.map((row) => row.map((c) => ({ ...c, runs: runs(c.runs) }))) };
    case 'chart':
      return block;
  }
}
