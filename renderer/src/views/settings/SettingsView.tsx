/** Settings: the UI language (app-wide), the open project's settings, and the keyboard shortcuts. */
import { useI18n } from '../../i18n/i18n-context';
import { UI_LANGS, UI_LANGUAGES } from '../../i18n/languages';
import type { AppState } from '../../state/app-state';
import { useApp, useController } from '../../state/controller-context';
import { ProjectSettingsForm } from './ProjectSettingsForm';
import { ShortcutsTable } from './ShortcutsTable';

const selectProject = (s: AppState) => s.project;

export function SettingsView() {
  const { t, lang } = useI18n();
  const { project } = useController();
  const open = useApp(selectProject);

  return (
    <div className="settings">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.settings.title}</h1>
      </header>

      <section className="card" aria-labelledby="settings-app">
        <h2 id="settings-app">{t.settings.app}</h2>
        <fieldset className="radio-row" aria-describedby="ui-language-hint">
          <legend>{t.settings.uiLanguage}</legend>
          <p id="ui-language-hint" className="hint">
            {t.settings.uiLanguageHint}
          </p>
          {UI_LANGS.map((l) => (
            <label key={l} className="check">
              <input type="radio" name="ui-language" value={l} checked={lang === l} onChange={() => void project.setUiLang(l)} />
              {/* Each language names itself, so a user who cannot read the current one still finds theirs. */}
              <span lang={l}>{UI_LANGUAGES[l].name}</span>
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="settings-project">
        <h2 id="settings-project">{t.settings.project}</h2>
        {open ? <ProjectSettingsForm key={open.folder} project={open} /> : <p className="muted">{t.settings.noProject}</p>}
      </section>

      <section className="card" aria-labelledby="settings-shortcuts">
        <h2 id="settings-shortcuts">{t.settings.shortcuts}</h2>
        <ShortcutsTable />
      </section>
    </div>
  );
}
