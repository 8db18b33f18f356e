/** The left navigation: project name and year on top, one entry per view. */
import type { AppState, ViewId } from '../state/app-state';
import { useApp, useController } from '../state/controller-context';
import { useI18n } from '../i18n/i18n-context';

const VIEWS: readonly { id: ViewId; needsProject: boolean; icon: string }[] = [
  { id: 'start', needsProject: false, icon: '⌂' },
  { id: 'data', needsProject: true, icon: '▤' },
  { id: 'coverage', needsProject: true, icon: '✓' },
  { id: 'write', needsProject: true, icon: '✎' },
  { id: 'export', needsProject: true, icon: '⇩' },
  { id: 'settings', needsProject: false, icon: '⚙' },
];

const selectView = (s: AppState) => s.view;
const selectProject = (s: AppState) => s.project;
/** Errors in the CSV files only: narrative errors belong to the Write view. */
const selectErrors = (s: AppState) =>
  Object.values(s.build?.inputs ?? {}).reduce((n, r) => n + (r?.problems.filter((p) => p.severity === 'error').length ?? 0), 0);

export function NavBar() {
  const { t, num } = useI18n();
  const { go } = useController();
  const view = useApp(selectView);
  const project = useApp(selectProject);
  const errors = useApp(selectErrors);

  return (
    <nav className="sidebar" aria-label={t.nav.label}>
      <div className="sidebar-project">
        <div className="app-name">{t.appName}</div>
        {project ? (
          <>
            <div className="project-name">{project.settings.organisation}</div>
            <div className="project-meta">
              {project.settings.year}
              {project.isSample ? ` · ${t.nav.sample}` : ''}
            </div>
          </>
        ) : (
          <div className="project-meta">{t.nav.noProject}</div>
        )}
      </div>
      <ul className="nav-list">
        {VIEWS.map((v) => {
          const disabled = v.needsProject && project === null;
          return (
            <li key={v.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={view === v.id ? 'page' : undefined}
                disabled={disabled}
                title={disabled ? t.nav.needsProject : undefined}
                onClick={() => go(v.id)}
              >
                <span className="nav-icon" aria-hidden="true">
                  {v.icon}
                </span>
                <span className="nav-label">{t.nav[v.id]}</span>
                {v.id === 'data' && errors > 0 ? (
                  <span className="badge badge-error" aria-label={t.status.errors(num(errors))}>
                    {num(errors)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
