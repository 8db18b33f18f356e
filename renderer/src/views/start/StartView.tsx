/** Start: the sample in one click, open a project, create one, or pick a recent one. */
import { useI18n } from '../../i18n/i18n-context';
import type { AppState } from '../../state/app-state';
import { useApp, useController } from '../../state/controller-context';
import { NewProjectForm } from './NewProjectForm';

const selectRecent = (s: AppState) => s.recent;

export function StartView() {
  const { t } = useI18n();
  const { project } = useController();
  const recent = useApp(selectRecent);

  return (
    <div className="start">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.start.title}</h1>
        <p className="lead">{t.start.intro}</p>
      </header>

      <div className="start-grid">
        <section className="card card-accent" aria-labelledby="start-sample">
          <h2 id="start-sample">{t.start.sampleTitle}</h2>
          <p>{t.start.sampleText}</p>
          <button type="button" className="button primary" onClick={() => void project.openSample()}>
            {t.start.openSample}
          </button>
        </section>

        <section className="card" aria-labelledby="start-open">
          <h2 id="start-open">{t.start.openTitle}</h2>
          <p>{t.start.openText}</p>
          <button type="button" className="button" onClick={() => void project.openFolder()}>
            {t.start.open}
            <kbd className="shortcut">{t.keys.open}</kbd>
          </button>
          <h3 className="recent-title">{t.start.recentTitle}</h3>
          {recent.length === 0 ? (
            <p className="muted">{t.start.recentEmpty}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((r) => (
                <li key={r.folder}>
                  <button type="button" className="recent-item" aria-label={t.start.openRecent(r.organisation, r.year)} onClick={() => void project.openRecent(r.folder)}>
                    <span className="recent-name">
                      {r.organisation} · {r.year}
                    </span>
                    <span className="recent-path">{r.folder}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="start-new">
          <h2 id="start-new">{t.start.newTitle}</h2>
          <p>{t.start.newText}</p>
          <NewProjectForm />
        </section>
      </div>
    </div>
  );
}
