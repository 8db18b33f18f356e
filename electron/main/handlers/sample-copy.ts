/**
 * The bundled sample is read-only (inside the installed app); the user edits a private copy in the
 * app's data folder. The copy is made once: opening the sample again keeps the user's edits.
 */
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const sampleCopyFolder = (userDataDir: string): string => join(userDataDir, 'sample-project');

/** Copies `sampleDir` to the copy folder unless it is there already; returns the copy's path. */
export async function ensureSampleCopy(sampleDir: string, userDataDir: string): Promise<string> {
  const target = sampleCopyFolder(userDataDir);
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  // Copied under a temporary name and renamed: an interrupted copy never passes for the sample.
  const tmp = `${target}.${process.pid}.tmp`;
  await rm(tmp, { recursive: true, force: true });
  try {
    await cp(sampleDir, tmp, { recursive: true, errorOnExist: true, force: false });
    await makeUserWritable(tmp);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return target;
}

/** Copies keep their modes, and an installed app's files may be read-only (AppImage, Program Files). */
async function makeUserWritable(path: string): Promise<void> {
  const info = await stat(path);
  await chmod(path, info.mode | 0o200);
  if (!info.isDirectory()) return;
  for (const name of await readdir(path)) await makeUserWritable(join(path, name));
}
