/** Editing narratives: the text is the app's at once (preview), and on disk after a quiet moment. */
import type { SectionId } from '../../../core/report/sections';
import type { ActionDeps } from './deps';

export const AUTOSAVE_DELAY_MS = 400;

export function createNarrativeActions({ api, store, notify, builder, autosave }: ActionDeps) {
  return {
    edit(section: SectionId, text: string) {
      const project = store.get().project;
      if (project === null) return;
      const { folder } = project;
      const lang = project.settings.lang;
      store.set({ project: { ...project, narratives: { ...project.narratives, [lang]: { ...project.narratives[lang], [section]: text } } } });
      builder.schedule();
      autosave.schedule(`${folder}\n${lang}\n${section}`, async () => {
        const result = await api.saveNarrative(folder, lang, section, text);
        if (!result.ok) notify.apiError(result.error);
        return result.ok;
      });
    },

    /** Writes pending edits now (Ctrl+S, leaving a section, before export). */
    save: () => autosave.flush(),

    async selectSection(section: SectionId) {
      void autosave.flush();
      store.set({ section });
    },
  };
}

export type NarrativeActions = ReturnType<typeof createNarrativeActions>;
