/**
 * Errors cross IPC as `ApiError` values, never as exceptions (Electron would pass on only the
 * English `message`). Handlers throw `ApiFailure` or let `node:fs` errors through; `result()` turns
 * either into a value whose message names the path in Polish and English.
 */
import type { ApiError, ApiResult } from '../../common/api.js';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message.en);
  }
}

export function apiError(code: ApiError['code'], pl: string, en: string, path?: string): ApiError {
  return { code, message: { pl, en }, ...(path === undefined ? {} : { path }) };
}

/** A Node system error (`ENOENT`, `EACCES`, …): the one shape of error `node:fs` throws. */
export const isErrno = (e: unknown): e is NodeJS.ErrnoException => e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';

/** A file-system error as an ApiError about `path` (the file the user knows, not a temporary one). */
export function fsError(e: unknown, path: string): ApiError {
  const code = isErrno(e) ? e.code : undefined;
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return apiError('not-found', `Nie znaleziono: ${path}`, `Not found: ${path}`, path);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return apiError('permission', `Brak uprawnień do ${path}.`, `No permission to access ${path}.`, path);
    case 'EBUSY':
      return apiError('locked', `Plik ${path} jest używany przez inny program.`, `${path} is in use by another program.`, path);
    default:
      return apiError('io', `Błąd odczytu lub zapisu ${path}: ${detail}`, `Could not read or write ${path}: ${detail}`, path);
  }
}

/** Runs a handler's work and returns its value or the error as a value. `path` names the file for fs errors. */
export async function result<T>(work: () => Promise<T>, path?: string): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: toApiError(e, path) };
  }
}

export function toApiError(e: unknown, path?: string): ApiError {
  if (e instanceof ApiFailure) return e.error;
  if (isErrno(e)) return fsError(e, path ?? e.path ?? '');
  const detail = e instanceof Error ? e.message : String(e);
  return apiError('io', `Nieoczekiwany błąd: ${detail}`, `Unexpected error: ${detail}`, path);
}
