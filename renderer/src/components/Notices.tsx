/** Notices in an aria-live region: screen readers announce them, errors stay until closed. */
import type { AppState } from '../state/app-state';
import { useApp, useController } from '../state/controller-context';
import { useI18n } from '../i18n/i18n-context';

const selectNotices = (s: AppState) => s.notices;

export function Notices() {
  const { t, lang } = useI18n();
  const { notify } = useController();
  const notices = useApp(selectNotices);
  return (
    <section className="notices" aria-label={t.notices} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <span className="notice-text">{n.text(t, lang)}</span>
          <button type="button" className="icon-button" aria-label={t.close} onClick={() => notify.dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
