/**
 * The project folder on disk, as the CLI reads it (cli/load-request.ts):
 *   project.json               ProjectSettings; `files` relative to the folder when inside it
 *   narratives/<lang>/<id>.md  narrative Markdown per language and section
 *   mappings.json              value mappings
 *   inputs/<name>              dropped files that had no path of their own
 *   .raport-recovery.json      narrative text typed but not yet saved (recovery.ts; the CLI ignores it)
 *
 * Every file is written whole through a `WriteFile` (atomic by default), and a failed write names
 * the file and says the edits are still in the app.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { INPUT_KIND_IDS, parseMappings, readSettings, settingsErrorsText, type Lang, type ProjectSettings, type ValueMappings } from '../../../core/index.js';
import { removeStaleTemporaries, writeAtomically, type WriteFile } from '../fs-atomic.js';
import { ApiFailure, apiError } from './errors.js';
import { writeOrExplain } from './write-error.js';

export const LANGS: readonly Lang[] = ['pl', 'en'];

export const projectFile = (folder: string): string => join(folder, 'project.json');
export const mappingsFile = (folder: string): string => join(folder, 'mappings.json');
export const narrativeFile = (folder: string, lang: Lang, section: string): string => join(folder, 'narratives', lang, `${section}.md`);
export const inputsFolder = (folder: string): string => join(folder, 'inputs');
export const RECOVERY_NAME = '.raport-recovery.json';
export const recoveryFile = (folder: string): string => join(folder, RECOVERY_NAME);

export const isProject = (folder: string): boolean => existsSync(projectFile(folder));

/** How project.json refers to an input: relative (with `/`) when inside the project, else absolute. */
export function storedInputPath(folder: string, path: string): string {
  const rel = relative(folder, path);
  const inside = rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
  return inside ? rel.split(sep).join('/') : path;
}

export const resolveInputPath = (folder: string, stored: string): string => resolve(folder, stored);

/** The parsed project.json as written (unknown keys kept), or `not-a-project` / `invalid-project`. */
export async function readProjectJson(folder: string): Promise<Record<string, unknown>> {
  const path = projectFile(folder);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new ApiFailure(
        apiError('not-a-project', `Folder ${folder} nie jest projektem Raportu (brak pliku project.json).`, `${folder} is not a Raport project (it has no project.json).`, folder),
      );
    }
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    throw new ApiFailure(apiError('invalid-project', `Plik ${path} nie jest poprawnym JSON-em: ${detail}`, `${path} is not valid JSON: ${detail}`, path));
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ApiFailure(apiError('invalid-project', `Plik ${path} musi zawierać obiekt JSON.`, `${path} must hold a JSON object.`, path));
  }
  return json as Record<string, unknown>;
}

export async function readProjectSettings(folder: string): Promise<{ raw: Record<string, unknown>; settings: ProjectSettings }> {
  const raw = await readProjectJson(folder);
  const read = readSettings(raw);
  if (!read.ok) {
    const path = projectFile(folder);
    throw new ApiFailure(
      apiError('invalid-project', `${path}: ${settingsErrorsText(read.errors, 'pl')}`, `${path}: ${settingsErrorsText(read.errors, 'en')}`, path),
    );
  }
  return { raw, settings: read.settings };
}

const SETTINGS_KEYS = ['organisation', 'year', 'lang', 'edition', 'reportTitle', 'files'];

/** Settings with input paths in their stored form (an absolute path inside the project becomes relative). */
export function normalizeSettings(folder: string, settings: ProjectSettings): ProjectSettings {
  const files: ProjectSettings['files'] = {};
  for (const kind of INPUT_KIND_IDS) {
    const path = settings.files[kind];
    if (path !== undefined && path !== '') files[kind] = isAbsolute(path) ? storedInputPath(folder, path) : path;
  }
  return { ...settings, files };
}

/**
 * Writes project.json: the settings' keys from `settings`, any other key kept from `raw` (a newer
 * version's fields survive a save by this one).
 */
export async function writeProjectSettings(
  folder: string,
  settings: ProjectSettings,
  raw: Record<string, unknown> = {},
  write: WriteFile = writeAtomically,
): Promise<ProjectSettings> {
  const normalized = normalizeSettings(folder, settings);
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !SETTINGS_KEYS.includes(key)));
  await writeOrExplain(write, projectFile(folder), `${JSON.stringify({ ...normalized, ...kept }, null, 2)}\n`, 'save');
  return normalized;
}

/** Every `narratives/<lang>/*.md`, by language and section id (file name without `.md`). */
export async function readNarratives(folder: string): Promise<Record<Lang, Record<string, string>>> {
  const out: Record<Lang, Record<string, string>> = { pl: {}, en: {} };
  for (const lang of LANGS) {
    const dir = join(folder, 'narratives', lang);
    if (!existsSync(dir)) continue;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.md')) out[lang][entry.name.slice(0, -3)] = await readFile(join(dir, entry.name), 'utf8');
    }
  }
  return out;
}

export async function writeNarrative(folder: string, lang: Lang, section: string, text: string, write: WriteFile = writeAtomically): Promise<void> {
  const path = narrativeFile(folder, lang, section);
  await mkdir(join(folder, 'narratives', lang), { recursive: true });
  await writeOrExplain(write, path, text, 'save');
}

export async function readMappings(folder: string): Promise<ValueMappings> {
  const path = mappingsFile(folder);
  if (!existsSync(path)) return {};
  try {
    return parseMappings(JSON.parse(await readFile(path, 'utf8')));
  } catch (e) {
    const detail = (e as Error).message;
    throw new ApiFailure(apiError('invalid-project', `Błędne mapowania wartości w ${path}: ${detail}`, `Invalid value mappings in ${path}: ${detail}`, path));
  }
}

export async function writeMappings(folder: string, mappings: ValueMappings, write: WriteFile = writeAtomically): Promise<void> {
  await writeOrExplain(write, mappingsFile(folder), `${JSON.stringify(mappings, null, 2)}\n`, 'save');
}

/** The files of the project root the app writes (the root may be a folder shared with the user's files). */
const ROOT_FILES = new Set(['project.json', 'mappings.json', RECOVERY_NAME]);

/**
 * Removes what a killed writer left in the project's folders (temporary files it had not renamed
 * yet). The app never reads them anyway; this only keeps the folders tidy.
 */
export async function removeLeftovers(folder: string): Promise<void> {
  await Promise.all([
    removeStaleTemporaries(folder, (name) => ROOT_FILES.has(name)),
    ...LANGS.map((lang) => removeStaleTemporaries(join(folder, 'narratives', lang), (name) => name.endsWith('.md'))),
    removeStaleTemporaries(inputsFolder(folder)),
  ]);
}
