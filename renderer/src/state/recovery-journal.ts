/**
 * The renderer's side of the crash-recovery journal: narrative text typed but not yet saved. The
 * narrative files are written after a quiet moment (autosave.ts), which steady typing postpones;
 * the journal is written at most `delayMs` after any edit, typing or not, so a crash — renderer,
 * app or power — loses at most that much. An entry goes once the same text is saved.
 *
 * The main process keeps the journal in the project folder (`api.saveRecovery`), not localStorage:
 * Chromium writes localStorage to disk lazily from its browser process, so a killed app can lose
 * the last seconds of it, and it would not travel with the project.
 */
import type { RecoveredNarrative } from '../../../electron/common/api';
import type { Lang } from '../../../core/index';

export const JOURNAL_DELAY_MS = 150;

/** Replaces a project's journal with `entries` (none: removes it); false when that failed. */
export type SaveJournal = (folder: string, entries: RecoveredNarrative[]) => Promise<boolean>;

export interface RecoveryJournal {
  /** Notes the text of a narrative just edited. */
  record(folder: string, lang: Lang, section: string, text: string, at?: string): void;
  /** The narrative was saved with `text`: its entry goes, unless it was edited again since. */
  saved(folder: string, lang: Lang, section: string, text: string): void;
  /** Forgets the project's journal and removes it from disk. */
  discard(folder: string): Promise<void>;
  /** Writes what changed now. */
  flush(): Promise<void>;
}

export function createRecoveryJournal(save: SaveJournal, delayMs: number): RecoveryJournal {
  const journals = new Map<string, Map<string, RecoveredNarrative>>();
  /** Projects whose journal changed since it was last written. */
  const dirty = new Set<string>();
  /** Projects known to have no journal on disk (an empty one was written): no need to write it again. */
  const clean = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const entriesOf = (folder: string) => {
    let entries = journals.get(folder);
    if (entries === undefined) journals.set(folder, (entries = new Map()));
    return entries;
  };

  const writeDirty = async () => {
    for (const folder of [...dirty]) {
      dirty.delete(folder);
      const entries = [...(journals.get(folder)?.values() ?? [])];
      if (entries.length === 0 && clean.has(folder)) continue;
      const ok = await save(folder, entries).catch(() => false);
      if (!ok) {
        // Tried again with the next change; the narrative save reports the disk's trouble.
        dirty.add(folder);
        continue;
      }
      if (entries.length > 0) clean.delete(folder);
      else clean.add(folder);
    }
  };

  // One write at a time, in order: an older journal never lands after a newer one.
  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    running = running.then(writeDirty);
    return running;
  };

  // Throttled, not debounced: the first change arms the timer and later ones ride along.
  const changed = (folder: string) => {
    dirty.add(folder);
    timer ??= setTimeout(() => void flush(), delayMs);
  };

  return {
    record(folder, lang, section, text, at = new Date().toISOString()) {
      entriesOf(folder).set(`${lang}/${section}`, { lang, section, text, at });
      changed(folder);
    },
    saved(folder, lang, section, text) {
      const entries = journals.get(folder);
      const key = `${lang}/${section}`;
      if (entries?.get(key)?.text !== text) return;
      entries.delete(key);
      changed(folder);
    },
    async discard(folder) {
      journals.delete(folder);
      clean.delete(folder);
      dirty.add(folder);
      await flush();
    },
    flush,
  };
}
