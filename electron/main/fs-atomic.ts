/**
 * Writes a file so that it is either the old one or the new one, never half of each: the data goes
 * to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to
 * disk, and is renamed over the target. Errors are thrown as `node:fs` throws them, about the target path.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The temporary names start with a dot (hidden) and end in `.tmp`, so tests and users can spot leftovers. */
export const isTemporaryName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 'wx': never follow or reuse something already at the temporary name.
    await writeFile(tmp, data, { flag: 'wx', flush: true });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    // Errors name the file the caller asked for, not the temporary one.
    if (e instanceof Error && 'path' in e) Object.assign(e, { path });
    throw e;
  }
}
