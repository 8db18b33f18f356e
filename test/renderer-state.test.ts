/**
 * The renderer's pure logic, without a browser: shortcut and menu commands run once, problems sort
 * and copy as TSV, autosave debounces and flushes, and every figure the Write view offers renders
 * in a narrative exactly as the panel shows it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProblem } from '../core/common/problem';
import { renderNarrative } from '../core/render/narrative';
import { en } from '../renderer/src/i18n/en';
import { pl } from '../renderer/src/i18n/pl';
import { createAutosaver } from '../renderer/src/state/autosave';
import { createCommandRouter, shortcutCommand } from '../renderer/src/state/commands';
import { alternativeName, renameProblem } from '../renderer/src/state/export-state';
import { createRecoveryJournal } from '../renderer/src/state/recovery-journal';
import type { RecoveredNarrative, ReportApi } from '../electron/common/api';
import { initialState, type AppState } from '../renderer/src/state/app-state';
import { createEditorSlot } from '../renderer/src/state/editor-handle';
import { AUTOSAVE_DELAY_MS, createNarrativeActions } from '../renderer/src/state/narrative-actions';
import { createNotifier } from '../renderer/src/state/notices';
import { createStore } from '../renderer/src/state/store';
import { listFigures } from '../renderer/src/state/figures';
import { problemsTsv, sortProblems } from '../renderer/src/state/problem-rows';
import { reportContext } from './fixtures/report-context';

describe('commands', () => {
  it('a shortcut echoed by the menu runs once; a repeated shortcut runs again', () => {
    let now = 0;
    const ran: string[] = [];
    const router = createCommandRouter((c) => ran.push(c), 500, () => now);
    expect(router.dispatch('save', 'keyboard')).toBe(true);
    now = 40;
    expect(router.dispatch('save', 'menu')).toBe(false);
    now = 100;
    expect(router.dispatch('save', 'keyboard')).toBe(true);
    now = 2000;
    expect(router.dispatch('save', 'menu')).toBe(true);
    expect(ran).toEqual(['save', 'save', 'save']);
  });

  it('undo noted from the editor keeps a menu echo from undoing twice', () => {
    const ran: string[] = [];
    const router = createCommandRouter((c) => ran.push(c), 500, () => 0);
    router.note('undo', 'keyboard');
    expect(router.dispatch('undo', 'menu')).toBe(false);
    expect(ran).toEqual([]);
  });

  it('maps desktop shortcuts', () => {
    const key = (k: string, extra: Partial<KeyboardEvent> = {}) => shortcutCommand({ ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, key: k, ...extra });
    expect([key('o'), key('s'), key('e'), key('n'), key('z'), key('y'), key('Z', { shiftKey: true })]).toEqual([
      'open-project', 'save', 'export', 'new-project', 'undo', 'redo', 'redo',
    ]);
    expect(key('s', { altKey: true })).toBeNull();
    expect(shortcutCommand({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: 's' })).toBeNull();
  });
});

describe('problems table', () => {
  const p = (line: number, severity: 'error' | 'warning', column: string, found: string) =>
    makeProblem('value.enum', severity, { file: 'a.csv', line, column }, { found: `zła\twartość ${found}`, suggestion: null, accepted: ['x'] }, { found });
  const problems = [p(7, 'warning', 'Rodzaj', 'b'), p(3, 'error', 'Źródło', 'a'), p(12, 'error', 'Data', 'c')];

  it('sorts by any column, both ways, keeping file order on ties', () => {
    expect(sortProblems(problems, { column: 'line', direction: 'asc' }, 'pl').map((x) => x.line)).toEqual([3, 7, 12]);
    expect(sortProblems(problems, { column: 'line', direction: 'desc' }, 'pl').map((x) => x.line)).toEqual([12, 7, 3]);
    expect(sortProblems(problems, { column: 'severity', direction: 'asc' }, 'pl').map((x) => x.line)).toEqual([3, 12, 7]);
    expect(sortProblems(problems, { column: 'column', direction: 'asc' }, 'pl').map((x) => x.column)).toEqual(['Data', 'Rodzaj', 'Źródło']);
  });

  it('copies every problem as TSV with a header; tabs inside values become spaces', () => {
    const tsv = problemsTsv(problems, 'pl', pl.problems.columns, pl.problems.severity);
    const lines = tsv.trimEnd().split('\n');
    expect(lines[0]).toBe('Waga\tWiersz\tKolumna\tOczekiwano\tZnaleziono\tOpis');
    expect(lines[2]).toBe('błąd\t3\tŹródło\tjedna z wartości: x\ta\tNieznana wartość „zła wartość a”.');
    expect(lines).toHaveLength(4);
  });

  it('words each problem in the UI language, in English where core has no catalogue for it', () => {
    const english = problemsTsv(problems, 'en', en.problems.columns, en.problems.severity);
    expect(english.split('\n')[2]).toBe('error\t3\tŹródło\tone of: x\ta\tUnknown value "zła wartość a".');
    // A UI language with a dictionary but no message catalogue (the headers are its own).
    expect(problemsTsv(problems, 'xx', en.problems.columns, en.problems.severity)).toBe(english);
    expect(sortProblems(problems, { column: 'message', direction: 'desc' }, 'pl').map((x) => x.found)).toEqual(['c', 'b', 'a']);
    expect(sortProblems(problems, { column: 'expected', direction: 'asc' }, 'en').map((x) => x.line)).toEqual([7, 3, 12]);
  });
});

describe('autosave', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the latest text once after a quiet period, at once on flush, and retries a failed save', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const states: string[] = [];
    let fail = false;
    const saver = createAutosaver(400, (s) => states.push(s));
    const job = (text: string) => async () => {
      if (fail) return false;
      saved.push(text);
      return true;
    };
    saver.schedule('intro', job('a'));
    saver.schedule('intro', job('ab'));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['ab']);
    expect(states.at(-1)).toBe('saved');

    saver.schedule('intro', job('abc'));
    await saver.flush();
    expect(saved).toEqual(['ab', 'abc']);

    fail = true;
    saver.schedule('covid', job('x'));
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(saver.hasPending()).toBe(true);
    fail = false;
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual(['ab', 'abc', 'x']);
  });
});

describe('the crash-recovery journal', () => {
  afterEach(() => vi.useRealTimers());
  const texts = (entries: RecoveredNarrative[]) => entries.map((e) => `${e.lang}/${e.section}: ${e.text}`);

  it('records steady typing within the delay, drops what was saved, and clears the journal once all is saved', async () => {
    vi.useFakeTimers();
    const writes: { folder: string; entries: RecoveredNarrative[] }[] = [];
    const journal = createRecoveryJournal(async (folder, entries) => {
      writes.push({ folder, entries });
      return true;
    }, 150);
    // A keystroke every 50 ms never pauses long enough for a debounce: the journal is written anyway.
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      journal.record('/p', 'pl', 'intro', text);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(writes.map((w) => texts(w.entries))).toEqual([['pl/intro: abc']]);
    await vi.advanceTimersByTimeAsync(150);
    expect(texts(writes.at(-1)!.entries)).toEqual(['pl/intro: abcd']);

    journal.record('/p', 'en', 'covid', 'x');
    // An older text saved late keeps the newer entry.
    journal.saved('/p', 'pl', 'intro', 'abc');
    await journal.flush();
    expect(texts(writes.at(-1)!.entries)).toEqual(['pl/intro: abcd', 'en/covid: x']);
    journal.saved('/p', 'pl', 'intro', 'abcd');
    journal.saved('/p', 'en', 'covid', 'x');
    await journal.flush();
    expect(writes.at(-1)!.entries).toEqual([]);
    const count = writes.length;
    // Nothing to write when nothing is unsaved and the journal on disk is known to be empty.
    journal.record('/p', 'pl', 'intro', 't');
    journal.saved('/p', 'pl', 'intro', 't');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes.length).toBe(count);
    // A project not written yet may have a journal from before a crash: the empty one is written.
    journal.record('/q', 'pl', 'intro', 't');
    journal.saved('/q', 'pl', 'intro', 't');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes.at(-1)).toEqual({ folder: '/q', entries: [] });
  });

  it('keeps a project\'s entries apart, retries a failed write, and discards on request', async () => {
    const writes: { folder: string; entries: string[] }[] = [];
    let fail = true;
    const journal = createRecoveryJournal(async (folder, entries) => {
      if (fail) return false;
      writes.push({ folder, entries: texts(entries) });
      return true;
    }, 10);
    journal.record('/a', 'pl', 'intro', 'A');
    await journal.flush();
    expect(writes).toEqual([]);
    fail = false;
    journal.record('/b', 'pl', 'intro', 'B');
    await journal.flush();
    expect(writes).toEqual([
      { folder: '/a', entries: ['pl/intro: A'] },
      { folder: '/b', entries: ['pl/intro: B'] },
    ]);
    await journal.discard('/a');
    expect(writes.at(-1)).toEqual({ folder: '/a', entries: [] });
  });
});

describe('narratives, their files and the journal, as a crash would find them', () => {
  afterEach(() => vi.useRealTimers());

  /** A project folder on a fake disk: the narrative files and the journal, as the API last wrote them. */
  function setup() {
    const disk = { files: {} as Record<string, string>, journal: [] as RecoveredNarrative[], journalAtSave: [] as string[][] };
    const api = {
      async saveRecovery(_folder: string, entries: RecoveredNarrative[]) {
        disk.journal = entries;
        return { ok: true as const, value: null };
      },
      async saveNarrative(_folder: string, lang: string, section: string, text: string) {
        disk.journalAtSave.push(disk.journal.map((e) => e.text));
        disk.files[`${lang}/${section}`] = text;
        return { ok: true as const, value: null };
      },
    } as unknown as ReportApi;
    const store = createStore<AppState>({
      ...initialState('pl'),
      project: { folder: '/p', isSample: false, settings: { organisation: 'O', year: 2020, lang: 'pl', edition: '2016', files: {} }, narratives: { pl: {}, en: {} }, mappings: {}, inputs: {}, missingInputs: {} },
    });
    const builder = { schedule() {}, settled: async () => {}, reset() {}, cancelImport: async () => false };
    const autosave = createAutosaver(AUTOSAVE_DELAY_MS, () => {});
    const actions = createNarrativeActions({ api, store, notify: createNotifier(store), builder, autosave, editor: createEditorSlot() });
    /** What opening the project after a crash now would offer: journal entries that differ from the files. */
    const offered = () => disk.journal.filter((e) => disk.files[`${e.lang}/${e.section}`] !== e.text).map((e) => e.text);
    return { disk, store, actions, offered };
  }

  it('never leaves a journal older than the file: saved text is never offered back as an older version', async () => {
    vi.useFakeTimers();
    const { disk, actions, offered } = setup();
    actions.edit('intro', 'Pierwsze');
    await vi.advanceTimersByTimeAsync(200); // the journal is written: "Pierwsze"
    expect(offered()).toEqual(['Pierwsze']);
    actions.edit('intro', 'Pierwsze zdanie.');
    await actions.save(); // Ctrl+S at once, before the journal's next write
    // The journal had the saved text before the file did; a crash right now offers nothing stale.
    expect(disk.journalAtSave).toEqual([['Pierwsze zdanie.']]);
    expect(disk.files['pl/intro']).toBe('Pierwsze zdanie.');
    expect(offered()).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(disk.journal).toEqual([]);
  });

  it('restore puts the offered text into the project and its file; discard drops it and clears the journal', async () => {
    const { disk, store, actions } = setup();
    const entry = { lang: 'pl' as const, section: 'covid', text: 'Tekst sprzed awarii.', at: '2024-03-12T13:32:05.123Z' };
    store.set({ recovery: { folder: '/p', entries: [entry] } });
    await actions.restoreRecovered();
    expect(store.get().recovery).toBeNull();
    expect(store.get().project?.narratives.pl.covid).toBe('Tekst sprzed awarii.');
    expect(disk.files['pl/covid']).toBe('Tekst sprzed awarii.');
    // Kept in the journal until the file held it.
    expect(disk.journalAtSave).toEqual([['Tekst sprzed awarii.']]);

    disk.journal = [{ ...entry, text: 'Inny tekst.' }];
    store.set({ recovery: { folder: '/p', entries: [disk.journal[0]!] } });
    await actions.discardRecovered();
    expect(store.get().recovery).toBeNull();
    expect(disk.journal).toEqual([]);
    expect(store.get().project?.narratives.pl.covid).toBe('Tekst sprzed awarii.');
  });
});

describe('another name for an export that could not be written', () => {
  it('offers "name (2)", then "(3)", keeping the extension', () => {
    expect(alternativeName('customer-services-2020-pl.docx')).toBe('customer-services-2020-pl (2).docx');
    expect(alternativeName('customer-services-2020-pl (2).docx')).toBe('customer-services-2020-pl (3).docx');
    expect(alternativeName('customer-services-2020-pl-large-print.docx')).toBe('customer-services-2020-pl-large-print (2).docx');
  });

  it('accepts a plain name of the same kind that no other file of the export has', () => {
    const others = ['customer-services-2020-pl.html'];
    expect(renameProblem('rozdział dla zarządu.docx', 'customer-services-2020-pl.docx', others)).toBeNull();
    expect(renameProblem('rozdział.html', 'customer-services-2020-pl.docx', others)).toBe('extension');
    expect(renameProblem('../rozdział.docx', 'customer-services-2020-pl.docx', others)).toBe('invalid');
    expect(renameProblem('.docx', 'customer-services-2020-pl.docx', others)).toBe('invalid');
    expect(renameProblem('CUSTOMER-services-2020-pl.html', 'customer-services-2020-pl.html', ['customer-services-2020-pl.html'])).toBe('taken');
  });
});

describe('figures offered in the Write view', () => {
  const ctx = reportContext('pl');
  const figures = listFigures(ctx, pl, 'pl');

  it('lists privacy, accessibility and service figures with the helper that formats them', () => {
    const byPath = new Map(figures.map((f) => [f.path, f]));
    expect(byPath.get('privacy.a')).toMatchObject({ snippet: '{{num privacy.a}}', text: '12', group: 'Prywatność (GRI 418-1)' });
    expect(byPath.get('privacy.prev.a')).toMatchObject({ text: '13', group: 'Prywatność – rok poprzedni' });
    expect(byPath.get('access.share_step_free')).toMatchObject({ snippet: '{{share access.share_step_free}}', text: '81,4%' });
    expect(byPath.get('service.m.self_service_share.value')?.snippet).toBe('{{pct service.m.self_service_share.value}}');
    expect(byPath.get('service.m.business_free_data.value')?.text).toBe('10\u00A0GB');
    expect(byPath.has('service.m.contacts.categories.0.value')).toBe(true);
  });

  it('every snippet renders in a narrative as the panel shows it', () => {
    for (const f of figures) {
      const out = renderNarrative(f.snippet, ctx, 'test.md');
      expect(out.ok, f.snippet).toBe(true);
      const text = out.ok ? out.html.replace(/<[^>]+>/g, '').trim() : '';
      // The panel adds the unit label after plain numbers; the snippet prints the number alone.
      expect(f.text.startsWith(text) && text !== '', `${f.snippet}: "${text}" vs "${f.text}"`).toBe(true);
    }
  });
});
