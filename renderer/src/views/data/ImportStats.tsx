/** Rows read / used / rejected, blank lines, and the detected encoding and delimiter. */
import type { ImportSummary } from '../../build/build-protocol';
import { useI18n } from '../../i18n/i18n-context';

export function ImportStats({ result }: { result: ImportSummary }) {
  const { t, num } = useI18n();
  const { stats } = result;
  const items: [string, string, string?][] = [
    [t.data.stats.read, num(stats.rowsRead)],
    [t.data.stats.used, num(stats.rowsUsed), 'stat-ok'],
    [t.data.stats.rejected, num(stats.rowsRejected), stats.rowsRejected > 0 ? 'stat-bad' : undefined],
    [t.data.stats.blank, num(stats.blankLines)],
    [t.data.stats.encoding, result.encoding ? t.data.encodings[result.encoding] : t.data.unknown],
    [t.data.stats.delimiter, result.delimiter ? t.data.delimiters[result.delimiter] : t.data.unknown],
  ];
  return (
    <dl className="stats" aria-label={t.data.stats.label}>
      {items.map(([label, value, cls]) => (
        <div key={label} className={`stat ${cls ?? ''}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
