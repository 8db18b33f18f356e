/**
 * Editing narratives: the text is the app's at once (preview), in the recovery journal moments
 * later, and in its file after a quiet moment. After a crash the journal's text is offered back.
 */
import type { Lang, SectionId } from '../../../core/index';
import type { ActionDeps } from './deps';
import { createRecoveryJournal, JOURNAL_DELAY_MS } from './recovery-journal';

export const AUTOSAVE_DELAY_MS = 400;

export function createNarrativeActions({ api, store, notify, builder, autosave }: ActionDeps) {
  const journal = createRecoveryJournal(async (folder, entries) => (await api.saveRecovery(folder, entries)).ok, JOURNAL_DELAY_MS);

  /**
   * Saves the narrative after the autosave pause (or on flush); its journal entry goes once it is
   * saved. The journal is brought up to date first, so the one on disk is never older than the
   * file: after a crash it either matches the file (nothing to offer) or holds newer text.
   */
  const scheduleSave = (folder: string, lang: Lang, section: string, text: string) =>
    autosave.schedule(`${folder}\n${lang}\n${section}`, async () => {
      await journal.flush();
      const result = await api.saveNarrative(folder, lang, section, text);
      if (!result.ok) notify.apiError(result.error);
      else journal.saved(folder, lang, section, text);
      return result.ok;
    });

  return {
    edit(section: SectionId, text: string) {
      const project = store.get().project;
      if (project === null) return;
      const { folder } = project;
      const lang = project.settings.lang;
      store.set({ project: { ...project, narratives: { ...project.narratives, [lang]: { ...project.narratives[lang], [section]: text } } } });
      builder.schedule();
      journal.record(folder, lang, section, text);
      scheduleSave(folder, lang, section, text);
    },

    /** Writes pending edits now (Ctrl+S, leaving a section, before export). */
    save: () => autosave.flush(),

    async selectSection(section: SectionId) {
      void autosave.flush();
      store.set({ section });
    },

    /** Takes the text the recovery journal offered after a crash into the project, and saves it. */
    async restoreRecovered() {
      const { project, recovery } = store.get();
      if (project === null || recovery === null || recovery.folder !== project.folder) return;
      const narratives = { pl: { ...project.narratives.pl }, en: { ...project.narratives.en } };
      for (const e of recovery.entries) narratives[e.lang][e.section] = e.text;
      store.set({ project: { ...project, narratives }, recovery: null });
      builder.schedule();
      // Kept in the journal until the files hold it: a second crash right now loses nothing either.
      for (const e of recovery.entries) {
        journal.record(project.folder, e.lang, e.section, e.text, e.at);
        scheduleSave(project.folder, e.lang, e.section, e.text);
      }
      const count = recovery.entries.length;
      notify.success((t) => t.recovery.restored(new Intl.NumberFormat(t.locale).format(count)));
      await autosave.flush();
    },

    /** Drops the text the recovery journal offered: the narratives stay as saved. */
    async discardRecovered() {
      const { recovery } = store.get();
      if (recovery === null) return;
      store.set({ recovery: null });
      notify.info((t) => t.recovery.discarded);
      await journal.discard(recovery.folder);
    },
  };
}

export type NarrativeActions = ReturnType<typeof createNarrativeActions>;
