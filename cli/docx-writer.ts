/**
 * The DOCX writer as the CLI runs it, with resvg for the chart fallbacks.
 * Loaded on demand (`check` and `--format html` never pay for docx or resvg); the chapter's chart
 * PNGs are started first, so resvg draws them in the thread pool while docx loads and the other
 * editions are written.
 */
import { houseStyle, loadDocxWriter as loadCoreDocxWriter, startChartFallbacks, type DocumentModel, type DocxOptions } from '../core/index.js';

export type WriteDocx = (model: DocumentModel, options: Omit<DocxOptions, 'rasterize'>) => Promise<Uint8Array>;

/** `chapter`: the document whose standard edition will be written, if any (its charts are started now). */
export async function loadDocxWriter(chapter: DocumentModel | null): Promise<WriteDocx> {
  const { rasterize } = await import('./rasterize.js');
  if (chapter !== null) startChartFallbacks(chapter.blocks, houseStyle, rasterize);
  const { writeDocx } = await loadCoreDocxWriter();
  return (model, options) => writeDocx(model, { rasterize, ...options });
}
