/**
 * Writes the exported chapter files into a folder the user chose. Nothing is overwritten unless
 * the renderer says so after asking the user; each file is written atomically, so a DOCX that Word
 * keeps open is reported (close it or choose another name) instead of being left half-written.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ApiError, ExportFile, ExportOutcome } from '../../common/api.js';
import { removeStaleTemporaries, writeAtomically, type WriteFile } from '../fs-atomic.js';
import { ApiFailure, apiError } from './errors.js';
import { writeError, writeOrExplain } from './write-error.js';

/** A failed write of an exported file (`writeError` for exports; kept for its callers and tests). */
export function exportWriteError(e: unknown, path: string, targetExisted: boolean, platform: NodeJS.Platform = process.platform): ApiError {
  return writeError(e, path, targetExisted, 'export', platform);
}

export async function exportFiles(folder: string, files: ExportFile[], overwrite: boolean, write: WriteFile = writeAtomically): Promise<ExportOutcome> {
  const targets = files.map((file) => {
    // The IPC layer validated the names already; the handler is also called directly (tests, browser bridge).
    if (basename(file.name) !== file.name || file.name.startsWith('.')) {
      throw new ApiFailure(apiError('invalid-payload', `Niedozwolona nazwa pliku: ${file.name}`, `File name not allowed: ${file.name}`));
    }
    return { path: join(folder, file.name), bytes: file.bytes };
  });
  const existing = targets.filter((t) => existsSync(t.path)).map((t) => t.path);
  if (existing.length > 0 && !overwrite) return { status: 'conflict', existing };
  try {
    await mkdir(folder, { recursive: true });
  } catch (e) {
    throw new ApiFailure(exportWriteError(e, folder, false));
  }
  // A killed earlier export may have left its temporary files here: only those of these names go.
  const names = new Set(files.map((f) => f.name));
  await removeStaleTemporaries(folder, (target) => names.has(target));
  const written: string[] = [];
  for (const target of targets) {
    await writeOrExplain(write, target.path, target.bytes, 'export');
    written.push(target.path);
  }
  return { status: 'written', paths: written };
}
