/** DOCX → PDF with LibreOffice headless, then PDF → text with pdftotext: proof a Word file opens. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const hasLibreOffice = (): boolean =>
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

export function docxToPdf(docx: string, outDir: string): string {
  // A private profile per run: concurrent soffice processes sharing one profile block each other.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    stdio: 'pipe',
    timeout: 180_000,
  });
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return pdf;
}

export const pdfText = (pdf: string): string => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
