/** "These files exist: replace them?" as a modal dialog; Escape or Cancel leaves every file untouched. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function ConflictDialog({ open, existing, folder }: { open: boolean; existing: readonly string[]; folder: string }) {
  const { t } = useI18n();
  const { exports } = useController();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
      onCancel={(e) => {
        e.preventDefault();
        exports.cancel();
      }}
    >
      <h2 id="conflict-title">{t.export.conflictTitle}</h2>
      <p id="conflict-text">{t.export.conflictText(folder)}</p>
      <ul className="conflict-files">
        {existing.map((path) => (
          <li key={path}>
            <strong>{baseName(path)}</strong>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => exports.cancel()}>
          {t.cancel}
        </button>
        <button type="button" className="button danger" onClick={() => void exports.overwrite()}>
          {t.export.overwrite}
        </button>
      </div>
    </dialog>
  );
}
