/** Reads attached CSVs as the renderer needs them. The files are only ever read, never modified. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiError, InputFileData } from '../../common/api.js';
import type { InputKind } from '../../../core/index.js';
import { ApiFailure, apiError, toApiError } from './errors.js';

/**
 * The largest input the app reads: 256 MiB, a couple of million register rows, far beyond any
 * register export we expect. The limit is what the app can hold, not what core can import:
 *  - the bytes cross to the renderer in one IPC answer, which Electron serialises into a buffer
 *    grown 4× at a time; past 512 MiB the next growth is over 2 GiB and the process crashes
 *    (electron/electron#53961), so one answer stays well under that;
 *  - the renderer keeps the bytes and its build worker a copy, so the app holds about twice the
 *    file (plus the main process's read while it is sent): about 0.5 GB at the limit.
 * The command line streams a file of any size in flat memory; the message says so.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** "2,0 GB" / "300 MB" in the message's language. */
function size(bytes: number, locale: string): string {
  const gb = bytes / 1024 ** 3;
  if (gb >= 1) return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(gb)} GB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1024 ** 2))} MB`;
}

/** Too large for the app: which file, how large, the limit, and the command that reads it anyway. */
export function tooLargeError(kind: InputKind, path: string, bytes: number): ApiError {
  const name = basename(path);
  const command = `csr-report build --project <folder> --${kind} "${path}"`;
  return apiError(
    'io',
    `Plik ${name} ma ${size(bytes, 'pl-PL')}, a aplikacja wczytuje pliki do ${size(MAX_INPUT_BYTES, 'pl-PL')}. ` +
      `Wiersz poleceń csr-report czyta pliki dowolnej wielkości strumieniowo: ${command.replace('<folder>', '<folder projektu>')}`,
    `${name} is ${size(bytes, 'en-GB')}; the app reads files of up to ${size(MAX_INPUT_BYTES, 'en-GB')}. ` +
      `The csr-report command line streams files of any size: ${command.replace('<folder>', '<project folder>')}`,
    path,
  );
}

export async function readInputFile(kind: InputKind, path: string): Promise<InputFileData> {
  // The size is checked before a byte is read: a disk image picked by mistake never reaches memory.
  const info = await stat(path);
  if (!info.isFile()) {
    throw new ApiFailure(apiError('not-found', `${path} nie jest plikiem.`, `${path} is not a file.`, path));
  }
  if (info.size > MAX_INPUT_BYTES) throw new ApiFailure(tooLargeError(kind, path, info.size));
  const data = await readFile(path);
  // An exactly sized buffer, since a structured clone copies the whole underlying ArrayBuffer: a
  // large file's buffer already is one (no second copy of 256 MB); a small one may share Node's pool.
  const exact = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return { kind, name: basename(path), path, bytes: exact ? new Uint8Array(data.buffer) : new Uint8Array(data), modifiedMs: info.mtimeMs };
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
