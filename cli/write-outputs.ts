/**
 * Writes the chapter files. Each file goes to a temporary name in the same folder and is renamed
 * into place, so a crash never leaves a half-written DOCX where the previous one was.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentIndexDocument, loadStyleTemplateReader, writeHtml, writeText, type DocumentModel, type DocxOptions, type Paper, type ProjectSettings } from '../core/index.js';
import { type CliOptions, type Format, UsageError } from './args.js';

export function writeAtomically(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export const outputBaseName = (doc: DocumentModel, year: number): string => `customer-services-${year}-${doc.meta.lang}`;

export interface OutputOptions {
  /** Reviewer comments on figures in the DOCX. */
  comments: boolean;
  /** Estimated page numbers in the DOCX table of contents (costs seconds). */
  tocPageNumbers: boolean;
  largePrintPaper: Paper;
  /** The company template's bytes, when the project names one. */
  styleTemplate?: Uint8Array;
}

/** Output options from the command line and the project (whose style template is read here). */
export async function outputOptions(
  opts: Pick<CliOptions, 'comments' | 'tocPageNumbers' | 'largePrintPaper' | 'project'>,
  settings: ProjectSettings,
): Promise<OutputOptions> {
  const out: OutputOptions = { comments: opts.comments, tocPageNumbers: opts.tocPageNumbers, largePrintPaper: opts.largePrintPaper };
  if (settings.styleTemplate === undefined || opts.project === null) return out;
  const path = resolve(opts.project, settings.styleTemplate);
  if (!existsSync(path)) throw new UsageError(`Style template not found: ${path} ("styleTemplate" in project.json).`);
  const buffer = readFileSync(path);
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  // Loaded only for a template: the zip reader is nothing a build without one needs at start-up.
  const { readTemplateStyles } = await loadStyleTemplateReader();
  try {
    readTemplateStyles(bytes); // a file that is not a Word template is a usage error, found before the build
  } catch (e) {
    throw new UsageError(`${path}: ${(e as Error).message}`);
  }
  return { ...out, styleTemplate: bytes };
}

export async function writeOutputs(
  doc: DocumentModel,
  year: number,
  outDir: string,
  formats: readonly Format[],
  options: OutputOptions = { comments: false, tocPageNumbers: false, largePrintPaper: 'A4' },
): Promise<string[]> {
  const name = outputBaseName(doc, year);
  // Every file is checked and rendered before any is written: a failed export leaves no partial set.
  const index = formats.includes('gri-index') ? contentIndexDocument(doc, `${name}.html`) : null;
  if (formats.includes('gri-index') && index === null) {
    throw new UsageError('The chapter has no GRI content index (no heading with id="gri-index"), so --format gri-index has nothing to write.');
  }
  const files: [path: string, data: Uint8Array | string][] = [];
  const dir = resolve(outDir);
  const base = join(dir, name);
  // Started first: the chapter's chart PNGs are drawn in the thread pool while docx loads and the
  // text editions are rendered. Writers (and resvg) are loaded on demand: `check` and
  // `--format html` never pay for them.
  const needsDocx = formats.some((f) => f === 'docx' || f === 'large-print') || index !== null;
  const docxWriter = needsDocx ? import('./docx-writer.js').then((m) => m.loadDocxWriter(formats.includes('docx') ? doc : null)) : null;
  docxWriter?.catch(() => undefined); // awaited below; a failure is reported there
  const docx = async (model: DocumentModel, extra: Omit<DocxOptions, 'rasterize'>): Promise<Uint8Array> =>
    (await docxWriter!)(model, { tocPageNumbers: options.tocPageNumbers, ...extra });
  const toHtml = formats.includes('html') || index !== null ? writeHtml : null;
  const html = formats.includes('html') ? toHtml!(doc) : null;
  const txt = formats.includes('txt') ? writeText(doc) : null;
  const indexHtml = index !== null ? toHtml!(index) : null;

  if (formats.includes('docx')) {
    files.push([`${base}.docx`, await docx(doc, { comments: options.comments, ...(options.styleTemplate ? { styleTemplate: options.styleTemplate } : {}) })]);
  }
  if (html !== null) files.push([`${base}.html`, html]);
  if (txt !== null) files.push([`${base}.txt`, txt]);
  if (formats.includes('large-print')) {
    // No company template here: its sizes would undo the large print.
    files.push([`${base}-large-print.docx`, await docx(doc, { edition: 'large-print', paper: options.largePrintPaper })]);
  }
  if (index !== null) {
    const indexBase = join(dir, `gri-content-index-${year}-${doc.meta.lang}`);
    files.push([`${indexBase}.html`, indexHtml!]);
    files.push([`${indexBase}.docx`, await docx(index, { ...(options.styleTemplate ? { styleTemplate: options.styleTemplate } : {}) })]);
  }
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [path, data] of files) {
    writeAtomically(path, data);
    written.push(path);
  }
  return written;
}
