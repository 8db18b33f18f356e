/** Errors of the browser implementation, in the contract's shape (code + message in both languages). */
import type { ApiError, ApiResult } from '../../../../electron/common/api';

export function apiError(code: ApiError['code'], pl: string, en: string, path?: string): ApiError {
  return path === undefined ? { code, message: { pl, en } } : { code, message: { pl, en }, path };
}

export const ok = <T,>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = <T,>(error: ApiError): ApiResult<T> => ({ ok: false, error });
