/** Attaching input CSVs to a project and reading them again. */
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { InputFileData } from '../../common/api.js';
import { kindOf, type InputKind } from '../../../core/index.js';
import { writeAtomically, type WriteFile } from '../fs-atomic.js';
import { ApiFailure, apiError } from './errors.js';
import { writeOrExplain } from './write-error.js';
import { readInputFile } from './input-file.js';
import { inputsFolder, readProjectSettings, resolveInputPath, writeProjectSettings } from './project-folder.js';

/** Reads the file (never modifies it) and records its path in project.json. */
export async function attachInputFile(folder: string, kind: InputKind, path: string, write: WriteFile = writeAtomically): Promise<InputFileData> {
  const { raw, settings } = await readProjectSettings(folder);
  const file = await readInputFile(kind, resolve(path));
  await writeProjectSettings(folder, { ...settings, files: { ...settings.files, [kind]: file.path } }, raw, write);
  return file;
}

/** Stores dropped bytes that have no path of their own as `inputs/<name>`; returns that path. */
export async function storeDroppedInput(folder: string, name: string, bytes: Uint8Array, write: WriteFile = writeAtomically): Promise<string> {
  // The IPC layer validated the name already; the handler is also called directly (tests, browser bridge).
  if (basename(name) !== name || name.startsWith('.')) {
    throw new ApiFailure(apiError('invalid-payload', `Niedozwolona nazwa pliku: ${name}`, `File name not allowed: ${name}`));
  }
  await readProjectSettings(folder);
  const dir = inputsFolder(folder);
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeOrExplain(write, path, bytes, 'save');
  return path;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export async function readAttachedInput(folder: string, kind: InputKind): Promise<InputFileData> {
  const { settings } = await readProjectSettings(folder);
  const stored = settings.files[kind];
  if (stored === undefined || stored === '') {
    throw new ApiFailure(
      apiError(
        'not-found',
        `Projekt ${folder} nie ma dołączonego pliku: ${kindOf(kind).label.pl}.`,
        `The project ${folder} has no ${lowerFirst(kindOf(kind).label.en)} file attached.`,
        folder,
      ),
    );
  }
  return readInputFile(kind, resolveInputPath(folder, stored));
}
