/**
 * The renderer's pure logic, without a browser: shortcut and menu commands run once, problems sort
 * and copy as TSV, autosave debounces and flushes, and every figure the Write view offers renders
 * in a narrative exactly as the panel shows it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProblem } from '../core/problems/problem';
import { renderNarrative } from '../core/render/narrative';
import { pl } from '../renderer/src/i18n/pl';
import { createAutosaver } from '../renderer/src/state/autosave';
import { createCommandRouter, shortcutCommand } from '../renderer/src/state/commands';
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
    makeProblem('value.enum', severity, { file: 'a.csv', line, column }, { pl: `zła\twartość ${found}`, en: `bad value ${found}` }, { found, expected: { pl: 'x', en: 'x' } });
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
    expect(lines[2]).toBe('błąd\t3\tŹródło\tx\ta\tzła wartość a');
    expect(lines).toHaveLength(4);
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

describe('figures offered in the Write view', () => {
  const ctx = reportContext('pl');
  const figures = listFigures(ctx, pl);

  it('lists privacy, accessibility and service figures with the helper that formats them', () => {
    const byPath = new Map(figures.map((f) => [f.path, f]));
    expect(byPath.get('privacy.a')).toMatchObject({ snippet: '{{num privacy.a}}', text: '12', group: 'privacy' });
    expect(byPath.get('privacy.prev.a')).toMatchObject({ text: '13', group: 'prev' });
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
