/**
 * What the app remembers between runs, in its own data folder: the UI language (settings.json)
 * and the recently opened projects (recent-projects.json). A missing or damaged file means
 * defaults: these are conveniences, never a reason to fail.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppSettings, RecentProject } from '../../common/api.js';
import { DEFAULT_UI_LANG, isUiLang } from '../../common/ui-langs.js';
import { writeAtomically } from '../fs-atomic.js';
import { samePath } from '../same-path.js';
import { isProject } from './project-folder.js';

export const DEFAULT_APP_SETTINGS: AppSettings = { uiLanguage: DEFAULT_UI_LANG };
export const MAX_RECENT = 10;

const settingsFile = (dir: string): string => join(dir, 'settings.json');
const recentFile = (dir: string): string => join(dir, 'recent-projects.json');

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

async function writeJson(dir: string, path: string, value: unknown): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function readAppSettings(dir: string): Promise<AppSettings> {
  const json = await readJson(settingsFile(dir));
  const lang = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).uiLanguage : undefined;
  return isUiLang(lang) ? { uiLanguage: lang } : { ...DEFAULT_APP_SETTINGS };
}

export async function writeAppSettings(dir: string, settings: AppSettings): Promise<void> {
  await writeJson(dir, settingsFile(dir), { uiLanguage: settings.uiLanguage });
}

const isRecent = (v: unknown): v is RecentProject => {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === 'object' && o !== null && typeof o.folder === 'string' && typeof o.organisation === 'string' &&
    typeof o.year === 'number' && typeof o.openedAt === 'string'
  );
};


async function readRecentFile(dir: string): Promise<RecentProject[]> {
  const json = await readJson(recentFile(dir));
  return Array.isArray(json) ? json.filter(isRecent) : [];
}

/** Most recent first; projects whose folder no longer holds a project.json are left out. */
export async function readRecentProjects(dir: string): Promise<RecentProject[]> {
  return (await readRecentFile(dir)).filter((p) => isProject(p.folder));
}

export async function addRecentProject(dir: string, project: RecentProject): Promise<void> {
  const others = (await readRecentFile(dir)).filter((p) => !samePath(p.folder, project.folder));
  await writeJson(dir, recentFile(dir), [project, ...others].slice(0, MAX_RECENT));
}
