/** The bottom bar: problems in the data, save state, report language and GRI edition. */
import type { AppState } from '../state/app-state';
import { useApp } from '../state/controller-context';
import { useI18n } from '../i18n/i18n-context';

const selectErrors = (s: AppState) => s.build?.problems.filter((p) => p.severity === 'error').length ?? 0;
const selectWarnings = (s: AppState) => s.build?.problems.filter((p) => p.severity === 'warning').length ?? 0;
const selectSave = (s: AppState) => s.save;
const selectSettings = (s: AppState) => s.project?.settings ?? null;
const selectBusy = (s: AppState) => s.importing;

export function StatusBar() {
  const { t, num } = useI18n();
  const errors = useApp(selectErrors);
  const warnings = useApp(selectWarnings);
  const save = useApp(selectSave);
  const settings = useApp(selectSettings);
  const busy = useApp(selectBusy);

  return (
    <footer className="statusbar" aria-label={t.status.label}>
      {settings === null ? (
        <span>{t.status.noProject}</span>
      ) : (
        <>
          <span className={errors > 0 ? 'status-item status-error' : 'status-item status-ok'} data-testid="status-problems">
            {errors > 0 ? t.status.errors(num(errors)) : t.status.noProblems}
            {warnings > 0 ? ` · ${t.status.warnings(num(warnings))}` : ''}
          </span>
          <span className={`status-item save-${save}`} data-testid="save-state">
            {t.status.save[save]}
          </span>
          {busy ? <span className="status-item">{t.status.building}</span> : null}
          <span className="status-item status-right">{t.status.report(settings.lang.toUpperCase(), settings.edition)}</span>
        </>
      )}
    </footer>
  );
}
