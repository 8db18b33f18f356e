/**
 * Reviewer comments on figures (`--comments`): each figure from data gets a Word comment naming
 * its file, hash, counted lines and rule, so an assurance reviewer can check it where it stands.
 */
import { Paragraph, TextRun } from 'docx';
import type { FigureSource } from '../../common/figure-source.js';
import type { Lang } from '../../common/lang.js';
import { sourceLabels, formatLineRanges } from '../provenance/describe.js';

interface CommentOptions {
  id: number;
  author: string;
  initials: string;
  date: Date;
  children: Paragraph[];
}

export class ProvenanceComments {
  private readonly list: CommentOptions[] = [];

  constructor(
    private readonly lang: Lang,
    /** Fixed (the build's generation time), so comments never break byte-identical rebuilds. */
    private readonly date: Date,
  ) {}

  /** Adds the comment for one occurrence of `figure`; returns its id. */
  add(figure: string, source: FigureSource): number {
    const id = this.list.length;
    const l = sourceLabels(this.lang);
    const line = (label: string, value: string): Paragraph =>
      new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
    this.list.push({
      id,
      author: 'Raport',
      initials: 'R',
      date: this.date,
      children: [
        new Paragraph({ children: [new TextRun({ text: `${l.title} (${figure})`, bold: true })] }),
        line(l.file, source.file),
        line(l.sha256, source.sha256),
        line(l.lines, `${formatLineRanges(source.lines)} (${source.lines.length})`),
        line(l.rule, source.rule),
      ],
    });
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  toOptions(): { children: CommentOptions[] } {
    return { children: this.list };
  }
}
