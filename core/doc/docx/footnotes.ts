/** Footnotes (data sources): numbered in the order their marks appear, as Word numbers them. */
import { Paragraph } from 'docx';
import type { FootnoteRun } from '../model.js';
import type { DocxContext } from './context.js';
import { inlineChildren } from './inline.js';

type Footnotes = Record<string, { children: Paragraph[] }>;

export class FootnoteCollector {
  private readonly notes: FootnoteRun[] = [];

  /** Registers a footnote; returns its id (1-based: Word reserves 0 and −1 for separators). */
  add(note: FootnoteRun): number {
    this.notes.push(note);
    return this.notes.length;
  }

  /** The `footnotes` option of docx's Document. Built after the body, whose builders register them. */
  toOptions(ctx: DocxContext): Footnotes {
    const out: Footnotes = {};
    this.notes.forEach((note, i) => {
      out[String(i + 1)] = { children: [new Paragraph({ style: 'FootnoteText', children: inlineChildren(note.runs, ctx) })] };
    });
    return out;
  }
}
