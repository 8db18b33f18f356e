/** Export: formats, destination folder, progress by step, the result with Open / Show in folder. */
import { useI18n } from '../../i18n/i18n-context';
import type { AppState } from '../../state/app-state';
import { useApp, useController } from '../../state/controller-context';
import { EXPORT_FORMATS, exportFileName } from '../../state/export-state';
import { ConflictDialog } from './ConflictDialog';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { RenameForm } from './RenameForm';

const selectExport = (s: AppState) => s.exportState;
const selectErrors = (s: AppState) => s.build?.problems.filter((p) => p.severity === 'error').length ?? 0;
const selectHasDoc = (s: AppState) => s.build === null || s.build.chapter.doc !== null;
const selectSettings = (s: AppState) => s.project?.settings ?? null;

export function ExportView() {
  const { t, num, textLang } = useI18n();
  const { exports, go } = useController();
  const state = useApp(selectExport);
  const errors = useApp(selectErrors);
  const hasDoc = useApp(selectHasDoc);
  const settings = useApp(selectSettings);
  const { formats } = state;
  const busy = state.phase === 'running' || state.phase === 'conflict';
  const noFormat = !EXPORT_FORMATS.some((f) => formats[f]);
  const blocked = errors > 0 || !hasDoc;
  const names = settings
    ? EXPORT_FORMATS.filter((f) => formats[f]).map((f) => exportFileName(settings.year, settings.lang, f))
    : [];

  return (
    <div className="export">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.export.title}</h1>
        <p className="lead">{t.export.intro}</p>
      </header>

      {blocked ? (
        <div className="banner banner-error" role="status">
          <p>{errors > 0 ? t.export.blocked(num(errors)) : t.export.noDoc}</p>
          <button type="button" className="button small" onClick={() => go(errors > 0 ? 'data' : 'write')}>
            {errors > 0 ? t.export.goToData : t.nav.write}
          </button>
        </div>
      ) : null}

      <section className="card export-form" aria-label={t.export.title}>
        <fieldset className="formats" disabled={busy}>
          <legend>{t.export.formats}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label className="check" key={f}>
              <input type="checkbox" checked={formats[f]} onChange={(e) => exports.setFormats({ ...formats, [f]: e.target.checked })} />
              {{ docx: t.export.docx, html: t.export.html, txt: t.export.txt, 'large-print': t.export.largePrint }[f]}
            </label>
          ))}
        </fieldset>
        {noFormat ? <p className="field-error">{t.export.noFormat}</p> : null}

        <div className="field">
          <span className="label" id="export-folder-label">
            {t.export.folder}
          </span>
          <div className="folder-row" aria-labelledby="export-folder-label">
            {state.folder === null ? <span className="muted">{t.export.noFolder}</span> : <code className="folder-path">{state.folder}</code>}
            <button type="button" className="button small" disabled={busy} onClick={() => void exports.chooseFolder()}>
              {t.export.chooseFolder}
            </button>
          </div>
        </div>

        {names.length > 0 ? (
          <p className="muted">
            {t.export.files}: {names.join(', ')}
          </p>
        ) : null}

        <button type="button" className="button primary" disabled={busy || blocked || noFormat} onClick={() => void exports.run()}>
          {state.phase === 'running' ? t.export.running : t.export.run}
          <kbd className="shortcut">{t.keys.export}</kbd>
        </button>
      </section>

      {state.phase !== 'idle' ? <ExportProgress state={state} /> : null}
      {state.phase === 'done' ? <ExportResult paths={state.paths} /> : null}
      {state.phase === 'cancelled' ? <p className="banner" role="status">{t.export.cancelled}</p> : null}
      {state.phase === 'error' && state.error ? (
        <p className="banner banner-error" role="alert">
          {t.export.failed(state.error[textLang])}
        </p>
      ) : null}
      {state.phase === 'error' && state.blocked ? (
        <RenameForm key={state.blocked.name} name={state.blocked.name} others={names.filter((n) => n !== state.blocked?.name)} />
      ) : null}
      <ConflictDialog open={state.phase === 'conflict'} existing={state.existing} folder={state.folder ?? ''} />
    </div>
  );
}
