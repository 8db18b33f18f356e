/**
 * "Restore unsaved text?" after a crash: the sections the recovery journal holds text for, with
 * when it was typed, and Restore / Discard. Modal, and Escape does not close it (a dialog the
 * browser closes anyway opens again): typing before deciding would mix the two versions.
 */
import { useEffect, useRef } from 'react';
import { sectionTitles, type SectionId } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import type { RecoveryOffer } from '../../state/app-state';
import { useController } from '../../state/controller-context';

export function RecoveryDialog({ offer }: { offer: RecoveryOffer | null }) {
  const { t, textLang } = useI18n();
  const { narratives } = useController();
  const ref = useRef<HTMLDialogElement>(null);
  const pending = useRef(offer);
  pending.current = offer;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (offer !== null && !dialog.open) dialog.showModal();
    if (offer === null && dialog.open) dialog.close();
  }, [offer]);

  const titles = sectionTitles(textLang);
  const time = new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
      onCancel={(e) => e.preventDefault()}
      onClose={() => {
        if (pending.current !== null) ref.current?.showModal();
      }}
    >
      <h2 id="recovery-title">{t.recovery.title}</h2>
      <p id="recovery-text">{t.recovery.text}</p>
      <ul className="conflict-files">
        {(offer?.entries ?? []).map((e) => (
          <li key={`${e.lang}/${e.section}`}>
            {t.recovery.item(titles[e.section as SectionId] ?? e.section, t.langs[e.lang], time.format(new Date(e.at)))}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void narratives.discardRecovered()}>
          {t.recovery.discard}
        </button>
        <button type="button" className="button primary" autoFocus onClick={() => void narratives.restoreRecovered()}>
          {t.recovery.restore}
        </button>
      </div>
    </dialog>
  );
}
