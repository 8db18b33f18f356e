/** A file being imported: a progress bar with bytes, rows and rows per second, and Cancel when it can be undone. */
import type { ImportProgressView } from '../../state/app-state';
import { useI18n } from '../../i18n/i18n-context';
import { megabytes, percent, roundedRate } from './progress-figures';

/** `onCancel` is called when the user cancels (the button is only there when the import can be undone). */
export function ImportProgress({ progress, onCancel }: { progress: ImportProgressView; onCancel: () => void }) {
  const { t, num } = useI18n();
  const texts = t.importProgress;
  const done = percent(progress);
  const text = texts.text(
    texts.megabytes(num(megabytes(progress.bytesRead))),
    texts.megabytes(num(megabytes(progress.totalBytes))),
    num(progress.rows),
    progress.rows,
    num(roundedRate(progress.rowsPerSecond)),
  );
  return (
    <div className="import-progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={texts.label(progress.file)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${done}%` }} />
      </div>
      <div className="progress-line">
        <span className="progress-text">{text}</span>
        {progress.cancellable ? (
          <button type="button" className="button small" onClick={onCancel}>
            {texts.cancel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
