/**
 * The rows of a CSV file, virtualised: only the rows in view (plus a few) are in the DOM, so a
 * 100,000-row register scrolls as smoothly as a 10-row one. Line numbers are the file's physical
 * lines, as in the problems table; rows with an error are marked.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { csvPreview } from '../state/csv-preview';

const ROW_HEIGHT = 30;
const MAX_HEIGHT = 380;
const SAMPLE_ROWS = 200;
/** Generous character widths at the grid's font size, in px (not `ch`), so bold header cells align with the rows. */
const CHAR_PX = 8.2;
const HEADER_CHAR_PX = 9;
const PADDING_PX = 20;

/** A column wide enough for its header and its longest value among the first rows, never huge. */
const width = (header: string, longest: number): number =>
  Math.round(Math.max(header.length * HEADER_CHAR_PX, Math.min(Math.max(longest, 4), 34) * CHAR_PX) + PADDING_PX);

function columnWidths(header: readonly string[], rows: readonly { fields: string[] }[]): number[] {
  return header.map((h, i) => {
    let longest = 0;
    for (const row of rows.slice(0, SAMPLE_ROWS)) longest = Math.max(longest, (row.fields[i] ?? '').length);
    return width(h, longest);
  });
}

export function CsvGrid({ file, bytes, rejected }: { file: string; bytes: Uint8Array; rejected: ReadonlySet<number> }) {
  const { t, num } = useI18n();
  const preview = useMemo(() => csvPreview(bytes), [bytes]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = preview?.rows ?? [];
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: ROW_HEIGHT, // the sticky header row
    overscan: 10,
  });
  const template = useMemo(
    () => {
      if (preview === null) return '';
      const lastLine = String(preview.rows.at(-1)?.line ?? 1).length;
      // The state is written in bold: a fifth wider.
      const fixed = [width(t.grid.line, lastLine), width(t.grid.state, Math.ceil(t.grid.rejected.length * 1.2))];
      return [...fixed, ...columnWidths(preview.header, preview.rows)].map((w) => `${w}px`).join(' ');
    },
    [preview, t],
  );

  if (preview === null) return <p className="muted">{t.grid.unreadable}</p>;

  return (
    <div className="grid-wrap">
      <p className="muted grid-count">{t.grid.rows(num(rows.length))}</p>
      <div
        ref={scrollRef}
        className="csv-grid"
        role="table"
        aria-label={t.grid.label(file)}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        style={{ height: Math.min(MAX_HEIGHT, (rows.length + 1) * ROW_HEIGHT + 2) }}
      >
        <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          <div role="row" aria-rowindex={1} className="grid-row grid-header" style={{ gridTemplateColumns: template }}>
            <span role="columnheader">{t.grid.line}</span>
            <span role="columnheader">{t.grid.state}</span>
            {preview.header.map((h, i) => (
              <span role="columnheader" key={i} title={h}>
                {h}
              </span>
            ))}
          </div>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const bad = rejected.has(row.line);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={bad ? 'grid-row row-rejected' : 'grid-row'}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="cell-line">
                  {row.line}
                </span>
                <span role="cell" className="cell-state">
                  {bad ? t.grid.rejected : ''}
                </span>
                {preview.header.map((_, i) => (
                  <span role="cell" key={i} title={row.fields[i]}>
                    {row.fields[i] ?? ''}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
