/** Opening, creating and configuring projects, and the app-wide UI language. */
import type { ApiResult, ProjectData } from '../../../electron/common/api';
import { SECTIONS, type GriEdition, type Lang, type ProjectSettings, type SectionId } from '../../../core/index';
import type { UiLang } from '../i18n/languages';
import type { OpenProject, ViewId } from './app-state';
import type { ActionDeps } from './deps';
import { IDLE_EXPORT } from './export-state';

const isSectionId = (id: string): id is SectionId => SECTIONS.some((s) => s.id === id);

export interface ProjectDraft {
  organisation: string;
  year: number;
  lang: Lang;
  edition: GriEdition;
}

/** The project without its restore offer; the narratives copied, since the editor replaces them per section. */
const toOpenProject = ({ recovered: _offer, ...d }: ProjectData): OpenProject => ({
  ...d,
  narratives: { pl: { ...d.narratives.pl }, en: { ...d.narratives.en } },
});

export function createProjectActions({ api, store, notify, builder, autosave }: ActionDeps) {
  const refreshRecent = async () => store.set({ recent: await api.recentProjects() });

  const load = async (result: ApiResult<ProjectData>, view: (d: ProjectData) => ViewId, created = false): Promise<boolean> => {
    if (!result.ok) {
      notify.apiError(result.error);
      return false;
    }
    await autosave.flush(); // the previous project's last edits
    const data = result.value;
    builder.reset();
    // Text typed before a crash is offered where it is edited: its section in the Write view.
    const recovered = data.recovered.find((e) => e.lang === data.settings.lang) ?? data.recovered[0];
    store.set((s) => ({
      project: toOpenProject(data),
      view: recovered ? 'write' : view(data),
      section: recovered && isSectionId(recovered.section) ? recovered.section : 'intro',
      focusKind: null,
      exportState: { ...IDLE_EXPORT, formats: s.exportState.formats },
      recovery: data.recovered.length > 0 ? { folder: data.folder, entries: data.recovered } : null,
    }));
    builder.schedule();
    const org = data.settings.organisation;
    notify.success((t) => (created ? t.start.created(org) : t.start.opened(org)));
    void refreshRecent();
    return true;
  };

  const hasInputs = (d: ProjectData): ViewId => (Object.keys(d.inputs).length > 0 ? 'write' : 'data');

  return {
    refreshRecent,
    openSample: async () => load(await api.openSample(), () => 'write'),
    async openFolder() {
      const folder = await api.chooseProjectFolder();
      return folder === null ? false : load(await api.openProject(folder), hasInputs);
    },
    openRecent: async (folder: string) => load(await api.openProject(folder), hasInputs),
    async createProject(draft: ProjectDraft) {
      const folder = await api.chooseProjectFolder();
      if (folder === null) return false;
      return load(await api.createProject(folder, { ...draft, files: {} }), () => 'data', true);
    },
    async saveSettings(settings: ProjectSettings) {
      const project = store.get().project;
      if (project === null) return false;
      const result = await api.saveSettings(project.folder, settings);
      if (!result.ok) {
        notify.apiError(result.error);
        return false;
      }
      store.set((s) => (s.project ? { project: { ...s.project, settings: result.value } } : {}));
      builder.schedule();
      notify.success((t) => t.settings.saved);
      return true;
    },
    async setUiLang(lang: UiLang) {
      store.set({ uiLang: lang });
      const result = await api.saveAppSettings({ uiLanguage: lang });
      if (!result.ok) notify.apiError(result.error);
    },
  };
}

export type ProjectActions = ReturnType<typeof createProjectActions>;
