/** How a figure's source reads in every edition: line ranges, short hashes, labels in both languages. */
import { shortHash, type FigureSource } from '../../common/figure-source.js';
import type { Lang } from '../../common/lang.js';

// A figure's line list is made once per import and reused by every preview update: its ranges too.
const rangesOf = new WeakMap<readonly number[], string>();

/** Lines as ranges, the way an auditor reads them: [12, 13, 14, 20] → "12–14, 20". */
export function formatLineRanges(lines: readonly number[]): string {
  let ranges = rangesOf.get(lines);
  if (ranges === undefined) rangesOf.set(lines, (ranges = lineRanges(lines)));
  return ranges;
}

function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i]!;
    ranges.push(end === start ? String(start) : `${start}\u2013${end}`);
    i++;
  }
  return ranges.join(', ');
}

export interface SourceLabels {
  title: string;
  file: string;
  sha256: string;
  lines: string;
  rule: string;
  none: string;
}

const LABELS: Readonly<Record<Lang, SourceLabels>> = {
  pl: { title: 'Źródło liczby', file: 'Plik', sha256: 'SHA-256', lines: 'Wiersze', rule: 'Reguła', none: 'brak wierszy' },
  en: { title: 'Source of the figure', file: 'File', sha256: 'SHA-256', lines: 'Lines', rule: 'Rule', none: 'no lines' },
};

export const sourceLabels = (lang: Lang): SourceLabels => LABELS[lang];

/** Most ranges a tooltip shows; the appendix and comments list them all. */
const TOOLTIP_RANGES = 12;

/** The source on a few lines (HTML tooltip and accessible description). */
export function sourceSummary(source: FigureSource, lang: Lang): string[] {
  const l = LABELS[lang];
  const ranges = formatLineRanges(source.lines).split(', ').filter((r) => r !== '');
  const more = ranges.length - TOOLTIP_RANGES;
  const lines =
    ranges.length === 0
      ? l.none
      : more > 0
        ? `${ranges.slice(0, TOOLTIP_RANGES).join(', ')} … (+${more})`
        : ranges.join(', ');
  return [
    `${l.file}: ${source.file}`,
    `${l.sha256}: ${shortHash(source.sha256)}…`,
    `${l.lines}: ${lines}`,
    `${l.rule}: ${source.rule}`,
  ];
}
