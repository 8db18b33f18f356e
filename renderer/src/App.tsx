/** The window: navigation on the left, the current view, notices and the status bar. */
import { useEffect } from 'react';
import { NavBar } from './components/NavBar';
import { Notices } from './components/Notices';
import { StatusBar } from './components/StatusBar';
import { useShortcuts } from './components/use-shortcuts';
import { I18nProvider, useI18n } from './i18n/i18n-context';
import type { AppState } from './state/app-state';
import { useApp, useController } from './state/controller-context';
import { CurrentView } from './views/CurrentView';

const selectLang = (s: AppState) => s.uiLang;
const selectTitle = (s: AppState) => (s.project ? `${s.project.settings.organisation} ${s.project.settings.year}` : null);

export function App() {
  const controller = useController();
  const uiLang = useApp(selectLang);

  useEffect(() => controller.connect(), [controller]);
  useEffect(() => void controller.project.refreshRecent(), [controller]);
  useEffect(() => {
    document.documentElement.lang = uiLang;
  }, [uiLang]);
  useShortcuts();

  return (
    <I18nProvider lang={uiLang}>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const title = useApp(selectTitle);
  useEffect(() => {
    document.title = title === null ? t.appName : `${title} – ${t.appName}`;
  }, [title, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <NavBar />
      <main id="main" className="content" tabIndex={-1}>
        <CurrentView />
      </main>
      <Notices />
      <StatusBar />
    </div>
  );
}
