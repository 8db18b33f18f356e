/**
 * A failed write as the user should read it: which file, why (open in another program, or
 * read-only), and what to do. Exports can go to another name; project files are saved again
 * later, and the edits stay in the app meanwhile.
 */
import { existsSync } from 'node:fs';
import type { ApiError } from '../../common/api.js';
import type { WriteData, WriteFile } from '../fs-atomic.js';
import { ApiFailure, apiError, fsError, isErrno } from './errors.js';

export type WritePurpose = 'export' | 'save';

/**
 * Windows reports a file held open by Word as EBUSY, or as EPERM/EACCES when renaming over it;
 * elsewhere EPERM/EACCES/EROFS mean read-only.
 */
export function writeError(e: unknown, path: string, targetExisted: boolean, purpose: WritePurpose, platform: NodeJS.Platform = process.platform): ApiError {
  const code = isErrno(e) ? e.code : undefined;
  const locked = code === 'EBUSY' || (platform === 'win32' && targetExisted && (code === 'EPERM' || code === 'EACCES'));
  if (locked) {
    return purpose === 'export'
      ? apiError(
          'locked',
          `Nie można zapisać pliku ${path}: jest otwarty w innym programie. Zamknij go w programie Word (lub innym) albo wybierz inną nazwę lub folder.`,
          `Cannot write ${path}: it is open in another program. Close it in Word (or that program) or choose another name or folder.`,
          path,
        )
      : apiError(
          'locked',
          `Nie można zapisać pliku ${path}: jest otwarty w innym programie. Zamknij go tam i zapisz ponownie; zmiany są nadal w aplikacji.`,
          `Cannot save ${path}: it is open in another program. Close it there and save again; your changes are still in the app.`,
          path,
        );
  }
  if (code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
    return purpose === 'export'
      ? apiError(
          'permission',
          `Brak uprawnień do zapisu ${path} (plik lub folder tylko do odczytu). Jeśli plik jest otwarty w programie Word, zamknij go; albo wybierz inny folder lub nazwę.`,
          `No permission to write ${path} (the file or folder is read-only). If the file is open in Word, close it; or choose another folder or name.`,
          path,
        )
      : apiError(
          'permission',
          `Brak uprawnień do zapisu ${path} (plik lub folder tylko do odczytu). Zmiany są nadal w aplikacji: zmień uprawnienia lub przenieś projekt i zapisz ponownie.`,
          `No permission to write ${path} (the file or folder is read-only). Your changes are still in the app: change the permissions or move the project, then save again.`,
          path,
        );
  }
  return fsError(e, path);
}

/** Writes `path` with `write`; a failure is thrown as an ApiFailure that explains it (see `writeError`). */
export async function writeOrExplain(write: WriteFile, path: string, data: WriteData, purpose: WritePurpose): Promise<void> {
  const existed = existsSync(path);
  try {
    await write(path, data);
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    throw new ApiFailure(writeError(e, path, existed, purpose));
  }
}
