/** Inline runs of one block: marks, HTML whitespace rules, merging. */
import type { BreakRun, Inline, TextRun } from '../model.js';

/** HTML's ASCII whitespace. Not `\s`: that would also eat U+00A0 and U+202F, which Polish typography needs. */
export const ASCII_WS_RUN = /[ \t\n\r\f]+/g;

export interface Marks {
  bold?: boolean;
  italic?: boolean;
  figure?: string;
}

export function textRun(text: string, marks: Marks): TextRun {
  const run: TextRun = { kind: 'text', text };
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.figure) run.figure = marks.figure;
  return run;
}

/**
 * HTML whitespace rules on the runs of one block: ASCII whitespace collapses to one space, also
 * across run and link boundaries; none at the block's start and end or around a line break.
 * Then empty runs go and neighbours with the same marks merge.
 */
export function normalizeRuns(runs: Inline[]): Inline[] {
  // Text and breaks in reading order, links included, so spacing works across a link's edges.
  // Footnotes are already normalised on their own and take no part in the text's spacing.
  const flat: (TextRun | BreakRun)[] = runs.flatMap((r) => (r.kind === 'link' ? r.runs : r.kind === 'footnote' ? [] : [r]));

  let skipSpace = true; // at the block start, after a break, or after a space
  for (const run of flat) {
    if (run.kind === 'break') {
      skipSpace = true;
      continue;
    }
    let text = run.text.replace(ASCII_WS_RUN, ' ');
    if (skipSpace && text.startsWith(' ')) text = text.slice(1);
    run.text = text;
    if (text !== '') skipSpace = text.endsWith(' ');
  }

  let trimEnd = true; // at the block end or before a break
  for (let i = flat.length - 1; i >= 0; i--) {
    const run = flat[i];
    if (!run) continue;
    if (run.kind === 'break') {
      trimEnd = true;
      continue;
    }
    if (trimEnd && run.text.endsWith(' ')) run.text = run.text.slice(0, -1);
    if (run.text !== '') trimEnd = false;
  }

  const out: Inline[] = [];
  for (const run of runs) {
    if (run.kind === 'link') out.push({ ...run, runs: mergeText(run.runs) });
    else if (run.kind === 'break' || run.kind === 'footnote' || run.text !== '') out.push(run);
  }
  return mergeText(out);
}

function mergeText<T extends Inline>(runs: T[]): T[] {
  const out: T[] = [];
  for (const run of runs) {
    if (run.kind === 'text' && run.text === '') continue;
    const prev = out[out.length - 1];
    if (prev?.kind === 'text' && run.kind === 'text' && sameMarks(prev, run)) {
      prev.text += run.text;
    } else {
      out.push(run);
    }
  }
  return out;
}

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.figure === b.figure;
}
