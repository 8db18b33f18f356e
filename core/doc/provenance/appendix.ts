/**
 * The "Źródła danych / Data sources" appendix: every figure from data that the chapter shows, its
 * value as printed, the file and rows it was counted from and the counting rule; above it, the
 * input files with their full SHA-256. Built as ordinary blocks, so every edition carries it.
 */
import { inlineText, type Block, type BuildManifest, type DocumentModel, type Inline, type TableBlock, type TableCell } from '../model.js';
import { type FigureSource } from '../../common/figure-source.js';
import { type Lang } from '../../common/lang.js';
import { shortHash } from '../../common/figure-source.js';
import { formatLineRanges } from './describe.js';

export const SOURCES_ID = 'data-sources';

const WORDS: Readonly<Record<Lang, {
  title: string;
  intro: string;
  files: string;
  figures: string;
  cols: { file: string; sha: string; fileSha: string; figure: string; value: string; lines: string; rule: string };
  sameLines: (label: string) => string;
}>> = {
  pl: {
    title: 'Źródła danych',
    intro:
      'Każda liczba z danych w rozdziale jest policzona z wierszy pliku wejściowego wskazanych poniżej, według podanej reguły. Numery wierszy to fizyczne wiersze pliku (nagłówek to wiersz 1); zgodność pliku potwierdza suma kontrolna SHA-256.',
    files: 'Pliki wejściowe i ich sumy kontrolne SHA-256',
    figures: 'Liczby w rozdziale i ich źródła',
    cols: { file: 'Plik', sha: 'SHA-256', fileSha: 'Plik i SHA-256', figure: 'Liczba', value: 'Wartość', lines: 'Wiersze', rule: 'Reguła' },
    sameLines: (label) => `jak dla: ${label}`,
  },
  en: {
    title: 'Data sources',
    intro:
      'Every figure from data in this chapter is counted from the rows of the input file listed below, by the rule given. Line numbers are physical lines of the file (the header is line 1); the SHA-256 checksum confirms the file.',
    files: 'Input files and their SHA-256 checksums',
    figures: 'Figures in the chapter and their sources',
    cols: { file: 'File', sha: 'SHA-256', fileSha: 'File and SHA-256', figure: 'Figure', value: 'Value', lines: 'Lines', rule: 'Rule' },
    sameLines: (label) => `as for: ${label}`,
  },
};

interface Occurrence {
  figure: string;
  value: string;
  /** Row and column of the table cell the figure stands in, when it stands in one. */
  label?: string;
}

/** The appendix blocks, or none when no figure of the document has a known source. */
export function sourcesAppendix(doc: DocumentModel): Block[] {
  const provenance = doc.provenance ?? {};
  const seen = new Map<string, Occurrence>();
  for (const o of occurrences(doc.blocks)) {
    if (!provenance[o.figure]) continue;
    // A figure keeps its first place, but a table's row and column name it better than its path.
    const known = seen.get(o.figure);
    if (known === undefined) seen.set(o.figure, o);
    else if (known.label === undefined && o.label !== undefined) known.label = o.label;
  }
  if (seen.size === 0) return [];
  const w = WORDS[doc.meta.lang];
  // A share counts the same rows as its count: its lines point at that row instead of repeating them.
  const firstWithLines = new Map<string, string>();
  const figures: TableBlock = {
    kind: 'table',
    caption: w.figures,
    // File and short hash share a column: the table above gives each file's full hash.
    head: [headRow([w.cols.figure, w.cols.value, w.cols.fileSha, w.cols.lines, w.cols.rule], [1])],
    body: [...seen.values()].map((o) => {
      const source = provenance[o.figure]!;
      const label = o.label ?? source.label ?? breakable(o.figure);
      const linesKey = `${source.file}\0${source.lines.join(',')}`;
      const earlier = source.lines.length > 1 ? firstWithLines.get(linesKey) : undefined;
      if (earlier === undefined) firstWithLines.set(linesKey, label);
      const lines = earlier !== undefined ? w.sameLines(earlier) : formatLineRanges(source.lines) || '—';
      return [
        { runs: [text(label)], align: 'left' },
        { runs: [text(o.value)], align: 'right' },
        { runs: [text(source.file), { kind: 'break' }, text(`${shortHash(source.sha256)}…`)], align: 'left' },
        { runs: [text(lines)], align: 'left' },
        { runs: [text(source.rule)], align: 'left' },
      ];
    }),
  };
  return [
    { kind: 'heading', level: 2, id: SOURCES_ID, pageBreak: true, runs: [text(w.title)] },
    { kind: 'paragraph', style: 'note', runs: [text(w.intro)] },
    filesTable(doc.manifest, [...seen.keys()].map((k) => provenance[k]!), doc.meta.lang),
    figures,
  ];
}

/** Input files with their full hashes: from the manifest when there is one, else from the sources. */
function filesTable(manifest: BuildManifest | undefined, sources: readonly FigureSource[], lang: Lang): TableBlock {
  const w = WORDS[lang];
  const files = manifest
    ? manifest.inputs.map((i) => ({ file: i.name, sha256: i.sha256 }))
    : [...new Map(sources.map((s) => [s.file, { file: s.file, sha256: s.sha256 }])).values()];
  return {
    kind: 'table',
    caption: w.files,
    head: [headRow([w.cols.file, w.cols.sha], [])],
    body: files.map((f) => [
      { runs: [text(f.file)], align: 'left' },
      { runs: [text(f.sha256)], align: 'left' },
    ]),
  };
}

function headRow(labels: readonly string[], right: readonly number[]): TableCell[] {
  return labels.map((l, i) => ({ runs: [text(l)], align: right.includes(i) ? 'right' : 'left' }));
}

const text = (t: string): Inline => ({ kind: 'text', text: t });

/** A figure path with a zero-width space after each dot, so a narrow column can wrap it. */
const breakable = (path: string): string => path.replace(/\./g, '.\u200b');

/** Every figure occurrence in reading order, with its table row and column when in a table. */
function occurrences(blocks: readonly Block[]): Occurrence[] {
  const out: Occurrence[] = [];
  const fromRuns = (runs: readonly Inline[], label?: string): void => {
    let last: Occurrence | undefined;
    for (const run of runs) {
      if (run.kind !== 'text' || run.figure === undefined) {
        last = undefined;
        continue;
      }
      // Consecutive runs of one figure (a bold part of it) are one value.
      if (last?.figure === run.figure) {
        last.value += run.text;
        continue;
      }
      last = label === undefined ? { figure: run.figure, value: run.text } : { figure: run.figure, value: run.text, label };
      out.push(last);
    }
  };
  const fromTable = (table: TableBlock): void => {
    const head = table.head[table.head.length - 1] ?? [];
    for (const row of table.body) {
      const rowLabel = row[0] ? inlineText(row[0].runs).replace(/\s+/g, ' ').trim() : '';
      row.forEach((cell, c) => {
        const column = head[c] ? inlineText(head[c].runs).trim() : '';
        fromRuns(cell.runs, c === 0 ? undefined : [rowLabel, column].filter((s) => s !== '').join(' – '));
      });
    }
  };
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') fromRuns(block.runs);
    else if (block.kind === 'list') block.items.forEach((item) => fromRuns(item));
    else if (block.kind === 'table') fromTable(block);
    else if (block.kind === 'chart') fromTable(block.table);
  }
  return out;
}
