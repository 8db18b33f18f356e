/**
 * Writes the chapter files. Each file goes to a temporary name in the same folder and is renamed
 * into place, so a crash never leaves a half-written DOCX where the previous one was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentModel } from '../core/doc/model.js';
import type { Format } from './args.js';

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

export async function writeOutputs(doc: DocumentModel, year: number, outDir: string, formats: readonly Format[]): Promise<string[]> {
  const dir = resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const base = join(dir, outputBaseName(doc, year));
  const written: string[] = [];
  // Writers are loaded on demand: `check` and `--format html` never pay for the docx library.
  if (formats.includes('docx')) {
    const { writeDocx } = await import('../core/doc/to-docx.js');
    writeAtomically(`${base}.docx`, await writeDocx(doc));
    written.push(`${base}.docx`);
  }
  if (formats.includes('html')) {
    const { writeHtml } = await import('../core/doc/to-html.js');
    writeAtomically(`${base}.html`, writeHtml(doc));
    written.push(`${base}.html`);
  }
  return written;
}
