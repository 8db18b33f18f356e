/** Inline runs → Word runs and hyperlinks; heading ids → bookmark names. */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  FootnoteReferenceRun,
  InternalHyperlink,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { Block, Inline, TextRun as ModelTextRun } from '../model.js';
import type { DocxContext } from './context.js';

/** Word's limit; longer names are cut off by Word, which breaks links to them. */
const MAX_BOOKMARK_LENGTH = 40;

/**
 * Word bookmark names for the heading ids. Word wants a letter first, then letters, digits or
 * `_`, at most 40 characters (a leading `_` would hide the bookmark), so `privacy-418` becomes
 * `privacy_418`. Names are unique even when two ids map to the same text.
 */
export class Bookmarks {
  private readonly names = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(blocks: readonly Block[]) {
    for (const block of blocks) {
      if (block.kind === 'heading' && block.id !== undefined) this.forHeading(block.id);
    }
  }

  forHeading(id: string): string {
    const known = this.names.get(id);
    if (known !== undefined) return known;
    const base = wordBookmarkName(id);
    let name = base;
    for (let n = 2; this.used.has(name); n++) {
      const suffix = `_${n}`;
      name = base.slice(0, MAX_BOOKMARK_LENGTH - suffix.length) + suffix;
    }
    this.names.set(id, name);
    this.used.add(name);
    return name;
  }

  /** The bookmark a `#id` link points to, or undefined when no heading has that id. */
  forLink(id: string): string | undefined {
    return this.names.get(id);
  }
}

function wordBookmarkName(id: string): string {
  const ascii = id
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9_]/g, '_');
  const name = /^[A-Za-z]/.test(ascii) ? ascii : `h_${ascii}`;
  return name.slice(0, MAX_BOOKMARK_LENGTH);
}

/**
 * Word children of a run list. `base` adds run formatting to every run (bold text in header
 * cells). A figure with a known source gets a reviewer comment when comments were asked for;
 * consecutive runs of one figure (e.g. a bold part) share it.
 */
export function inlineChildren(runs: readonly Inline[], ctx: DocxContext, base: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.kind === 'text' && run.figure !== undefined && ctx.comments) {
      const source = ctx.provenance[run.figure];
      if (source) {
        let end = i;
        while (isSameFigure(runs[end + 1], run.figure)) end++;
        const id = ctx.comments.add(run.figure, source);
        out.push(new CommentRangeStart(id));
        for (const r of runs.slice(i, end + 1)) out.push(textRun(r as ModelTextRun, base));
        out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
        i = end;
        continue;
      }
    }
    out.push(...inlineChild(run, ctx, base));
  }
  return out;
}

function isSameFigure(run: Inline | undefined, figure: string): boolean {
  return run?.kind === 'text' && run.figure === figure;
}

function inlineChild(run: Inline, ctx: DocxContext, base: IRunOptions): ParagraphChild[] {
  switch (run.kind) {
    case 'text':
      return [textRun(run, base)];
    case 'break':
      return [new TextRun({ ...base, break: 1 })];
    case 'footnote':
      return [new FootnoteReferenceRun(ctx.footnotes.add(run))];
    case 'link': {
      const children = run.runs.map((r) => textRun(r, { ...base, style: 'Hyperlink' }));
      if (/^(?:https?|mailto):/i.test(run.href)) return [new ExternalHyperlink({ link: run.href, children })];
      const anchor = run.href.startsWith('#') ? ctx.bookmarks.forLink(run.href.slice(1)) : undefined;
      // A link to a missing heading, or a relative link (the standalone GRI index pointing at the
      // chapter's HTML file), means nothing inside Word: keep the words, drop the link.
      if (anchor === undefined) return run.runs.map((r) => textRun(r, base));
      return [new InternalHyperlink({ anchor, children })];
    }
  }
}

/** `figure` itself has no Word counterpart; its source travels as a comment and in the appendix. */
function textRun(run: ModelTextRun, base: IRunOptions): TextRun {
  return new TextRun({
    ...base,
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
  });
}
