/**
 * Writes the exported chapter files into a folder the user chose. Nothing is overwritten unless
 * the renderer says so after asking the user; each file is written atomically, so a DOCX that Word
 * keeps open is reported (close it or choose another name) instead of being left half-written.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ApiError, ExportFile, ExportOutcome } from '../../common/api.js';
import { writeAtomically } from '../fs-atomic.js';
import { ApiFailure, apiError, fsError, isErrno } from './errors.js';

/**
 * A failed write of `path` as the user should read it. Windows reports a file held open by Word as
 * EBUSY, or as EPERM/EACCES when renaming over it; elsewhere EPERM/EACCES/EROFS mean read-only.
 */
export function exportWriteError(e: unknown, path: string, targetExisted: boolean, platform: NodeJS.Platform = process.platform): ApiError {
  const code = isErrno(e) ? e.code : undefined;
  const locked = code === 'EBUSY' || (platform === 'win32' && targetExisted && (code === 'EPERM' || code === 'EACCES'));
  if (locked) {
    return apiError(
      'locked',
      `Nie można zapisać pliku ${path}: jest otwarty w innym programie. Zamknij go w programie Word (lub innym) albo wybierz inną nazwę lub folder.`,
      `Cannot write ${path}: it is open in another program. Close it in Word (or that program) or choose another name or folder.`,
      path,
    );
  }
  if (code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
    return apiError(
      'permission',
      `Brak uprawnień do zapisu ${path} (plik lub folder tylko do odczytu). Jeśli plik jest otwarty w programie Word, zamknij go; albo wybierz inny folder lub nazwę.`,
      `No permission to write ${path} (the file or folder is read-only). If the file is open in Word, close it; or choose another folder or name.`,
      path,
    );
  }
  return fsError(e, path);
}

export async function exportFiles(folder: string, files: ExportFile[], overwrite: boolean): Promise<ExportOutcome> {
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
  const written: string[] = [];
  for (const target of targets) {
    try {
      await writeAtomically(target.path, target.bytes);
    } catch (e) {
      throw new ApiFailure(exportWriteError(e, target.path, existing.includes(target.path)));
    }
    written.push(target.path);
  }
  return { status: 'written', paths: written };
}
