/** Creating, opening and saving project folders (layout in project-folder.ts). */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { ProjectData } from '../../common/api.js';
import { INPUT_KIND_IDS, type InputKind, type ProjectSettings } from '../../../core/index.js';
import { writeAtomically, type WriteFile } from '../fs-atomic.js';
import { ApiFailure, apiError, fsError } from './errors.js';
import { readAttachedInputs } from './input-file.js';
import { readRecovery } from './recovery.js';
import { isProject, projectFile, readMappings, readNarratives, readProjectJson, readProjectSettings, removeLeftovers, resolveInputPath, writeProjectSettings } from './project-folder.js';

/** The absolute paths of the inputs `settings` attach. */
export function attachedInputs(folder: string, settings: ProjectSettings): { kind: InputKind; path: string }[] {
  return INPUT_KIND_IDS.flatMap((kind) => {
    const stored = settings.files[kind];
    return stored === undefined || stored === '' ? [] : [{ kind, path: resolveInputPath(folder, stored) }];
  });
}

export async function loadProject(folder: string, isSample: boolean): Promise<ProjectData> {
  if (!existsSync(folder)) {
    throw new ApiFailure(apiError('not-found', `Folder projektu nie istnieje: ${folder}`, `The project folder does not exist: ${folder}`, folder));
  }
  const { settings } = await readProjectSettings(folder);
  await removeLeftovers(folder);
  const [narratives, mappings, inputs] = await Promise.all([readNarratives(folder), readMappings(folder), readAttachedInputs(attachedInputs(folder, settings))]);
  const recovered = await readRecovery(folder, narratives);
  return { folder, settings, narratives, mappings, inputs: inputs.inputs, missingInputs: inputs.missing, recovered, isSample };
}

/** Writes a new project.json into `folder` (created if needed); refuses a folder that already holds a project. */
export async function createProjectFolder(folder: string, settings: ProjectSettings, write: WriteFile = writeAtomically): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (e) {
    throw new ApiFailure(fsError(e, folder));
  }
  if (isProject(folder)) {
    throw new ApiFailure(
      apiError(
        'exists',
        `W folderze ${folder} jest już projekt (project.json). Otwórz go albo wybierz inny folder.`,
        `${folder} already holds a project (project.json). Open it or choose another folder.`,
        projectFile(folder),
      ),
    );
  }
  await writeProjectSettings(folder, settings, {}, write);
}

/** Saves settings over an existing project.json (keys this version does not know are kept). */
export async function saveProjectSettings(folder: string, settings: ProjectSettings, write: WriteFile = writeAtomically): Promise<ProjectSettings> {
  const raw = await readProjectJson(folder);
  return writeProjectSettings(folder, settings, raw, write);
}

/** Throws `not-a-project` unless `folder` holds a project.json: saves never create a project by accident. */
export async function assertProject(folder: string): Promise<void> {
  await readProjectJson(folder);
}
