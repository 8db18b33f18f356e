/**
 * The plain-text edition: for screen readers, braille displays and any tool that reads text.
 * No hard line wraps (the reader's device wraps), headings underlined, tables read row by row as
 * "row — column: value; …" so every number keeps its labels, footnotes as [n] with a list at the end.
 */
import { inlineText, type Block, type BuildManifest, type DocumentModel, type FootnoteRun, type Inline, type TableBlock } from './model.js';
import { type Lang } from '../common/lang.js';

const WORDS: Readonly<Record<Lang, { chart: string; notes: string; built: string; app: string; templates: string; inputs: string }>> = {
  pl: { chart: 'Wykres', notes: 'Przypisy', built: 'Wygenerowano', app: 'wersja aplikacji', templates: 'wersja szablonów', inputs: 'Pliki danych' },
  en: { chart: 'Chart', notes: 'Notes', built: 'Generated', app: 'app version', templates: 'template version', inputs: 'Data files' },
};

export function writeText(doc: DocumentModel): string {
  const notes: FootnoteRun[] = [];
  const text = (runs: readonly Inline[]): string => runsText(runs, notes);
  const out: string[] = [doc.meta.header, ''];
  for (const block of doc.blocks) out.push(...blockLines(block, text, doc.meta.lang, notes), '');
  const w = WORDS[doc.meta.lang];
  if (notes.length > 0) {
    out.push(...underline(w.notes, '-'), '');
    notes.forEach((note, i) => out.push(`[${i + 1}] ${runsText(note.runs, [])}`));
    out.push('');
  }
  if (doc.manifest) out.push(...colophon(doc.manifest, doc.meta.lang), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function blockLines(block: Block, text: (runs: readonly Inline[]) => string, lang: Lang, notes: FootnoteRun[]): string[] {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? underline(text(block.runs), '=') : block.level === 2 ? underline(text(block.runs), '-') : [text(block.runs)];
    case 'paragraph':
      return [text(block.runs)];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${text(item).replace(/\n/g, ' ')}`);
    case 'table':
      return tableLines(block, text, notes);
    case 'chart':
      return [`${WORDS[lang].chart}: ${block.title}`, block.alt, '', ...tableLines(block.table, text, notes)];
  }
}

/** Each body row as "label — column: value; column: value", the form a listener can follow. */
function tableLines(table: TableBlock, text: (runs: readonly Inline[]) => string, notes: FootnoteRun[]): string[] {
  const lines: string[] = [];
  if (table.caption !== undefined) lines.push(`${table.caption}${(table.captionNotes ?? []).map((n) => mark(n, notes)).join('')}`);
  const head = table.head[table.head.length - 1]?.map((c) => inlineText(c.runs)) ?? [];
  for (const row of table.body) {
    const [first, ...rest] = row.map((c) => text(c.runs).replace(/\n/g, ' '));
    const values = rest.map((v, i) => (head[i + 1] ? `${head[i + 1]}: ${v}` : v));
    lines.push(values.length === 0 ? (first ?? '') : `${first ?? ''} — ${values.join('; ')}`);
  }
  return lines;
}

function runsText(runs: readonly Inline[], notes: FootnoteRun[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return r.text;
        case 'break':
          return '\n';
        case 'link':
          return /^(?:https?|mailto):/i.test(r.href) ? `${inlineText(r.runs)} (${r.href.replace(/^mailto:/i, '')})` : inlineText(r.runs);
        case 'footnote':
          return mark(r, notes);
      }
    })
    .join('');
}

function mark(note: FootnoteRun, notes: FootnoteRun[]): string {
  notes.push(note);
  return `[${notes.length}]`;
}

function underline(text: string, char: string): string[] {
  return [text, char.repeat(Math.max(3, [...text].length))];
}

function colophon(manifest: BuildManifest, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    `${w.built}: ${manifest.generatedAt}; ${w.app} ${manifest.appVersion}; ${w.templates} ${manifest.templateVersion.slice(0, 12)}`,
    `${w.inputs}: ${manifest.inputs.map((i) => `${i.name} (SHA-256 ${i.sha256})`).join('; ')}`,
  ];
}
