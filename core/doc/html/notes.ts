/**
 * What the HTML page collects while its blocks are written: footnotes (numbered in reading order,
 * listed at the end with links back) and the sources of figures (each figure's accessible
 * description, referenced by `aria-describedby`).
 */
import type { FigureSource } from '../../common/figure-source.js';
import type { FootnoteRun } from '../model.js';
import type { Lang } from '../../common/lang.js';
import { sourceLabels, sourceSummary } from '../provenance/describe.js';
import { escapeAttr, escapeText } from './escape.js';

const WORDS: Readonly<Record<Lang, { notes: string; back: (n: number) => string; note: (n: number) => string }>> = {
  pl: { notes: 'Przypisy', back: (n) => `Powrót do odsyłacza ${n}`, note: (n) => `Przypis ${n}` },
  en: { notes: 'Notes', back: (n) => `Back to reference ${n}`, note: (n) => `Note ${n}` },
};

export class PageNotes {
  private readonly footnotes: FootnoteRun[] = [];
  private readonly sources = new Map<string, { id: string; source: FigureSource }>();

  constructor(
    readonly lang: Lang,
    private readonly provenance: Readonly<Record<string, FigureSource>>,
  ) {}

  /** The reference mark of a new footnote. */
  footnoteRef(note: FootnoteRun): string {
    this.footnotes.push(note);
    const n = this.footnotes.length;
    return `<sup class="fn-ref"><a href="#fn-${n}" id="fnref-${n}" aria-label="${escapeAttr(WORDS[this.lang].note(n))}">${n}</a></sup>`;
  }

  /** Tooltip text and description id of a figure, or undefined when its source is not known. */
  figureSource(figure: string): { id: string; tooltip: string } | undefined {
    const source = this.provenance[figure];
    if (source === undefined) return undefined;
    let entry = this.sources.get(figure);
    if (entry === undefined) {
      entry = { id: `src-${this.sources.size + 1}`, source };
      this.sources.set(figure, entry);
    }
    return { id: entry.id, tooltip: sourceSummary(source, this.lang).join('\n') };
  }

  /** The notes list and the figures' descriptions; `inline` writes a footnote's runs. */
  html(inline: (note: FootnoteRun) => string): string {
    const out: string[] = [];
    if (this.footnotes.length > 0) {
      const w = WORDS[this.lang];
      out.push('<section class="footnotes" aria-labelledby="footnotes-title">', `<h2 id="footnotes-title">${w.notes}</h2>`, '<ol>');
      this.footnotes.forEach((note, i) => {
        const n = i + 1;
        out.push(`  <li id="fn-${n}">${inline(note)} <a href="#fnref-${n}" class="fn-back" aria-label="${escapeAttr(w.back(n))}">↩</a></li>`);
      });
      out.push('</ol>', '</section>');
    }
    if (this.sources.size > 0) {
      const title = sourceLabels(this.lang).title;
      out.push('<div class="figure-sources" hidden>');
      for (const { id, source } of this.sources.values()) {
        out.push(`<p id="${id}">${escapeText(`${title}. ${sourceSummary(source, this.lang).join('; ')}`)}</p>`);
      }
      out.push('</div>');
    }
    return out.join('\n');
  }
}
