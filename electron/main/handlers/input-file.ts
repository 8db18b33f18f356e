/** Reads attached CSVs as the renderer needs them. The files are only ever read, never modified. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiError, InputFileData } from '../../common/api.js';
import type { InputKind } from '../../../core/inputs/import-table.js';
import { ApiFailure, apiError, toApiError } from './errors.js';

/** Larger than any register export we expect by two orders of magnitude; guards against picking a disk image. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function readInputFile(kind: InputKind, path: string): Promise<InputFileData> {
  const info = await stat(path);
  if (!info.isFile()) {
    throw new ApiFailure(apiError('not-found', `${path} nie jest plikiem.`, `${path} is not a file.`, path));
  }
  if (info.size > MAX_INPUT_BYTES) {
    const mb = MAX_INPUT_BYTES / 1024 / 1024;
    throw new ApiFailure(apiError('io', `Plik ${path} jest za duży (ponad ${mb} MB).`, `${path} is too large (over ${mb} MB).`, path));
  }
  const data = await readFile(path);
  // A fresh, exactly sized buffer: a structured clone copies the whole underlying ArrayBuffer.
  return { kind, name: basename(path), path, bytes: new Uint8Array(data), modifiedMs: info.mtimeMs };
}

export interface AttachedInputs {
  inputs: Partial<Record<InputKind, InputFileData>>;
  missing: Partial<Record<InputKind, ApiError>>;
}

/** Reads every attached input; one that cannot be read is reported in `missing`, not fatal. */
export async function readAttachedInputs(attached: { kind: InputKind; path: string }[]): Promise<AttachedInputs> {
  const out: AttachedInputs = { inputs: {}, missing: {} };
  for (const { kind, path } of attached) {
    try {
      out.inputs[kind] = await readInputFile(kind, path);
    } catch (e) {
      out.missing[kind] = toApiError(e, path);
    }
  }
  return out;
}
