/**
 * The browser's project store: settings, narratives and mappings persist in localStorage (a reload
 * keeps them); CSV bytes live in memory only, so after a reload an attached file is reported
 * missing, except the sample's, which are bundled and loaded again. The recovery journal (text
 * typed but not yet saved) is kept in localStorage too, apart from the projects.
 */
import type { InputFileData, ProjectData, RecentProject, RecoveredNarrative } from '../../../../electron/common/api';
import { INPUT_KIND_IDS, type InputKind, type Lang, type ProjectSettings, type ValueMappings } from '../../../../core/index';
import { apiError } from './api-error';
import { isRecord, readJson, writeJson } from './storage';

export interface StoredProject {
  settings: ProjectSettings;
  narratives: Record<Lang, Record<string, string>>;
  mappings: ValueMappings;
  isSample: boolean;
}

const isStore = (v: unknown): v is Record<string, StoredProject> => isRecord(v);
const isRecentList = (v: unknown): v is RecentProject[] => Array.isArray(v);
const isRecoveryStore = (v: unknown): v is Record<string, RecoveredNarrative[]> => isRecord(v) && Object.values(v).every(Array.isArray);

export const SAMPLE_FOLDER = 'browser:/sample';
const RECENT_LIMIT = 10;

export function createProjectStore() {
  const projects = readJson<Record<string, StoredProject>>('projects', {}, isStore);
  const inputs = new Map<string, Partial<Record<InputKind, InputFileData>>>();
  let recent = readJson<RecentProject[]>('recent', [], isRecentList);
  const recovery = readJson<Record<string, RecoveredNarrative[]>>('recovery', {}, isRecoveryStore);

  const persist = () => writeJson('projects', projects);

  const inputsOf = (folder: string) => {
    let files = inputs.get(folder);
    if (files === undefined) inputs.set(folder, (files = {}));
    return files;
  };

  return {
    get: (folder: string): StoredProject | undefined => projects[folder],
    has: (folder: string): boolean => projects[folder] !== undefined,
    folders: (): string[] => Object.keys(projects),

    put(folder: string, project: StoredProject): void {
      projects[folder] = project;
      persist();
    },

    update(folder: string, change: (p: StoredProject) => StoredProject): StoredProject | undefined {
      const p = projects[folder];
      if (p === undefined) return undefined;
      projects[folder] = change(p);
      persist();
      return projects[folder];
    },

    setInput(folder: string, file: InputFileData): void {
      inputsOf(folder)[file.kind] = file;
    },

    input: (folder: string, kind: InputKind): InputFileData | undefined => inputs.get(folder)?.[kind],

    /** The project as the renderer sees it; attached files whose bytes are gone are listed as missing. */
    data(folder: string): ProjectData | undefined {
      const p = projects[folder];
      if (p === undefined) return undefined;
      const files = inputsOf(folder);
      const missingInputs: ProjectData['missingInputs'] = {};
      for (const kind of INPUT_KIND_IDS) {
        const name = p.settings.files[kind];
        if (name !== undefined && files[kind] === undefined) {
          missingInputs[kind] = apiError(
            'not-found',
            `Przeglądarka nie przechowuje dodanych plików po odświeżeniu strony: dodaj plik ${name} ponownie.`,
            `The browser does not keep attached files after a reload: attach ${name} again.`,
            name,
          );
        }
      }
      const recovered = (recovery[folder] ?? []).filter((e) => (p.narratives[e.lang]?.[e.section] ?? '') !== e.text);
      // A journal that matches the saved narratives (saved, then reloaded before clearing it) goes.
      if (recovered.length === 0 && recovery[folder] !== undefined) {
        delete recovery[folder];
        writeJson('recovery', recovery);
      }
      return { folder, settings: p.settings, narratives: p.narratives, mappings: p.mappings, inputs: { ...files }, missingInputs, recovered, isSample: p.isSample };
    },

    /** Replaces the folder's recovery journal; no entries removes it. */
    setRecovery(folder: string, entries: RecoveredNarrative[]): boolean {
      if (entries.length === 0) delete recovery[folder];
      else recovery[folder] = entries;
      return writeJson('recovery', recovery);
    },

    touchRecent(folder: string, settings: ProjectSettings): void {
      const entry: RecentProject = { folder, organisation: settings.organisation, year: settings.year, openedAt: new Date().toISOString() };
      recent = [entry, ...recent.filter((r) => r.folder !== folder)].slice(0, RECENT_LIMIT);
      writeJson('recent', recent);
    },

    recent: (): RecentProject[] => recent.filter((r) => projects[r.folder] !== undefined),
  };
}

export type ProjectStore = ReturnType<typeof createProjectStore>;
