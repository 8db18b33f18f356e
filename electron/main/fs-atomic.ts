/**
 * Writes a file so that it is either the old one or the new one, never half of each: the data goes
 * to a temporary file in the same folder (same file system, so the rename is atomic), is flushed to
 * disk, and is renamed over the target. Errors are thrown as `node:fs` throws them, about the target path.
 *
 * A writer killed half-way leaves its temporary file behind, never a partial target; such
 * leftovers are removed by `removeStaleTemporaries` when the folder is next used.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What may be written: bytes, text, or pieces as they come (a large file need not be in memory at once). */
export type WriteData = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** Writes `data` to `path` whole; the handlers take this as a dependency so tests can act out a failing disk. */
export type WriteFile = (path: string, data: WriteData) => Promise<void>;

/** `.<target name>.<pid>-<8 hex>.tmp`: hidden, and naming the process that wrote it. */
const TEMPORARY = /^\.(.+)\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** The temporary names start with a dot (hidden) and end in `.tmp`, so tests and users can spot leftovers. */
export const isTemporaryName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

export const temporaryPath = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);

export const writeAtomically: WriteFile = async (path, data) => {
  const tmp = temporaryPath(path);
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
};

/** When this process started, ms since the epoch. */
const PROCESS_START_MS = Date.now() - process.uptime() * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a temporary file was left by a writer that is gone. Another process's file is stale
 * once that process no longer runs, or when it was last written before this process started (its
 * pid now belongs to someone else). This process's own files may be writes in progress: never stale.
 */
export function isStaleTemporary(name: string, modifiedMs: number, running: (pid: number) => boolean = isRunning): boolean {
  const match = TEMPORARY.exec(name);
  if (match === null) return false;
  const pid = Number(match[2]);
  if (pid === process.pid) return false;
  return !running(pid) || modifiedMs < PROCESS_START_MS;
}

/**
 * Removes the stale temporary files directly in `dir` (leftovers of a killed writer) whose target
 * name `isOurs` accepts, so a folder shared with the user's own files loses only the app's
 * leftovers; returns the names removed. Best effort: a folder that cannot be read or a file that
 * cannot be removed is left alone, since a leftover is harmless (nothing reads `.tmp` files).
 */
export async function removeStaleTemporaries(dir: string, isOurs: (target: string) => boolean = () => true): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const target = TEMPORARY.exec(name)?.[1];
    if (target === undefined || !isOurs(target)) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile() || !isStaleTemporary(name, info.mtimeMs)) continue;
      await rm(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return removed;
}
