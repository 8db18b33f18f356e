/**
 * The crash-recovery journal, `<project>/.raport-recovery.json`: narrative text the user typed that
 * is not in the narrative files yet. The renderer records it moments after typing (well before
 * the slower autosave) and clears it once the narratives are saved. It lives in the project
 * folder, written atomically by this process, so it survives a crashed renderer, a killed app and
 * a power cut alike, and travels with the project.
 */
import { readFile, rm } from 'node:fs/promises';
import type { RecoveredNarrative } from '../../common/api.js';
import { NARRATIVE_SECTIONS, type Lang } from '../../../core/index.js';
import { writeAtomically, type WriteFile } from '../fs-atomic.js';
import { recoveryFile } from './project-folder.js';
import { writeOrExplain } from './write-error.js';

const VERSION = 1;

const isEntry = (v: unknown): v is RecoveredNarrative => {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === 'object' &&
    o !== null &&
    (o.lang === 'pl' || o.lang === 'en') &&
    typeof o.section === 'string' &&
    (NARRATIVE_SECTIONS as readonly string[]).includes(o.section) &&
    typeof o.text === 'string' &&
    typeof o.at === 'string'
  );
};

/** Replaces the journal with `entries`; no entries removes it. */
export async function writeRecovery(folder: string, entries: RecoveredNarrative[], write: WriteFile = writeAtomically): Promise<void> {
  const path = recoveryFile(folder);
  if (entries.length === 0) {
    await rm(path, { force: true });
    return;
  }
  const journal = { version: VERSION, entries: entries.map(({ lang, section, text, at }) => ({ lang, section, text, at })) };
  await writeOrExplain(write, path, `${JSON.stringify(journal, null, 2)}\n`, 'save');
}

/** The journal's entries, whatever their text; none for a missing or unreadable journal. */
async function readJournal(folder: string): Promise<RecoveredNarrative[] | null> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(recoveryFile(folder), 'utf8'));
  } catch {
    return null;
  }
  const journal = typeof json === 'object' && json !== null ? (json as { version?: unknown; entries?: unknown }) : {};
  if (journal.version !== VERSION || !Array.isArray(journal.entries)) return null;
  // One entry per narrative: the last one wins.
  const byNarrative = new Map(journal.entries.filter(isEntry).map((e) => [`${e.lang}/${e.section}`, e]));
  return [...byNarrative.values()];
}

/**
 * What the journal holds that the narrative files do not: the text to offer back. A journal that
 * matches the files (the app stopped between saving and clearing it) is removed.
 */
export async function readRecovery(folder: string, narratives: Record<Lang, Record<string, string>>): Promise<RecoveredNarrative[]> {
  const entries = await readJournal(folder);
  if (entries === null) return [];
  const differing = entries.filter((e) => (narratives[e.lang][e.section] ?? '') !== e.text);
  if (differing.length === 0) await rm(recoveryFile(folder), { force: true }).catch(() => undefined);
  return differing;
}
