/**
 * Runs → HTML. A figure with a known source becomes focusable (`tabindex="0"`), shows its source on
 * hover and on keyboard focus through a CSS-only tooltip (`data-source`, no script), and names the
 * same source as its accessible description.
 */
import type { FootnoteRun, Inline, TextRun } from '../model.js';
import { escapeAttr, escapeText } from './escape.js';
import type { PageNotes } from './notes.js';

export function inlines(runs: readonly Inline[], notes: PageNotes): string {
  let html = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.kind === 'text' && run.figure !== undefined) {
      // Consecutive runs of one figure (e.g. a bold part of it) make one figure.
      let end = i;
      while (sameFigure(runs[end + 1], run.figure)) end++;
      html += figure(run.figure, runs.slice(i, end + 1) as TextRun[], notes);
      i = end;
    } else {
      html += inline(run, notes);
    }
  }
  return html;
}

function sameFigure(run: Inline | undefined, figure: string): boolean {
  return run?.kind === 'text' && run.figure === figure;
}

function figure(name: string, runs: readonly TextRun[], notes: PageNotes): string {
  const text = runs.map(markedText).join('');
  const source = notes.figureSource(name);
  if (source === undefined) return `<span class="figure" data-figure="${escapeAttr(name)}">${text}</span>`;
  return `<span class="figure" data-figure="${escapeAttr(name)}" tabindex="0" aria-describedby="${source.id}" data-source="${escapeAttr(source.tooltip)}">${text}</span>`;
}

function inline(run: Inline, notes: PageNotes): string {
  switch (run.kind) {
    case 'text':
      return markedText(run);
    case 'break':
      return '<br>';
    case 'link':
      return `<a href="${escapeAttr(run.href)}">${run.runs.map(markedText).join('')}</a>`;
    case 'footnote':
      return notes.footnoteRef(run);
  }
}

/** A footnote's own text (in the notes list). */
export function footnoteText(note: FootnoteRun, notes: PageNotes): string {
  return note.runs.map((r) => inline(r, notes)).join('');
}

function markedText(run: TextRun): string {
  let html = escapeText(run.text);
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}
