/** The written files, each with "Open" and "Show in folder". */
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function ExportResult({ paths }: { paths: readonly string[] }) {
  const { t } = useI18n();
  const { exports } = useController();
  return (
    <section className="card export-result" aria-labelledby="export-result-title" role="status">
      <h2 id="export-result-title">{t.export.done}</h2>
      <ul className="written">
        {paths.map((path) => (
          <li key={path}>
            <span className="written-name">{baseName(path)}</span>
            <code className="written-path">{path}</code>
            <span className="written-actions">
              <button type="button" className="button small" aria-label={t.export.openFile(baseName(path))} onClick={() => void exports.open(path)}>
                {t.export.open}
              </button>
              <button type="button" className="button small" onClick={() => void exports.showInFolder(path)}>
                {t.export.showInFolder}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
