/** The view chosen in the navigation; views that need a project say so when none is open. */
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/EmptyState';
import { useI18n } from '../i18n/i18n-context';
import type { AppState } from '../state/app-state';
import { useApp, useController } from '../state/controller-context';
import { CoverageView } from './CoverageView';
import { DataView } from './data/DataView';
import { ExportView } from './export/ExportView';
import { SettingsView } from './settings/SettingsView';
import { StartView } from './start/StartView';
import { WriteView } from './write/WriteView';

const selectView = (s: AppState) => s.view;
const selectHasProject = (s: AppState) => s.project !== null;

export function CurrentView() {
  const { t } = useI18n();
  const { go } = useController();
  const view = useApp(selectView);
  const hasProject = useApp(selectHasProject);
  const ref = useRef<HTMLDivElement>(null);

  // Move focus to the new view's heading, so keyboard and screen-reader users land in it, unless
  // the view already focused something of its own (Ctrl+N's form field, a jump to an input card).
  useEffect(() => {
    if (ref.current?.contains(document.activeElement)) return;
    ref.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [view]);

  const needsProject = view !== 'start' && view !== 'settings';
  return (
    <div ref={ref} className={`view view-${view}`}>
      {needsProject && !hasProject ? (
        <EmptyState title={t.nav[view]} text={t.status.noProject} action={{ label: t.nav.start, onClick: () => go('start') }} />
      ) : view === 'start' ? (
        <StartView />
      ) : view === 'data' ? (
        <DataView />
      ) : view === 'coverage' ? (
        <CoverageView />
      ) : view === 'write' ? (
        <WriteView />
      ) : view === 'export' ? (
        <ExportView />
      ) : (
        <SettingsView />
      )}
    </div>
  );
}
