/**
 * Opening a path with the system's default program runs whatever that program is: for an
 * executable, the executable itself. So the app opens only folders and the kinds of files it
 * writes or reads, whatever path the renderer asks for.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ApiFailure, apiError } from './errors.js';

export const OPENABLE_EXTENSIONS: readonly string[] = ['.docx', '.html', '.txt', '.csv'];

/** Throws `not-found` for a missing path and `permission` for a file the app does not open. */
export async function assertOpenable(path: string): Promise<void> {
  const info = await stat(path);
  if (info.isDirectory()) return;
  if (info.isFile() && OPENABLE_EXTENSIONS.includes(extname(path).toLowerCase())) return;
  const kinds = OPENABLE_EXTENSIONS.join(', ');
  throw new ApiFailure(
    apiError('permission', `Raport otwiera tylko foldery i pliki ${kinds}; nie otworzy ${path}.`, `Raport opens only folders and ${kinds} files; it will not open ${path}.`, path),
  );
}
