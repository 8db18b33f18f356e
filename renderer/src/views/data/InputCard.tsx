/** One input file: choose or drop it, then its import summary, problems and a row preview. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { kindOf, type InputKind } from '../../../../core/index';
import { CsvGrid } from '../../components/CsvGrid';
import { DropZone } from '../../components/DropZone';
import { useI18n } from '../../i18n/i18n-context';
import { useApp, useController } from '../../state/controller-context';
import { ImportProgress } from './ImportProgress';
import { ImportStats } from './ImportStats';
import { ProblemsTable } from './ProblemsTable';
import { selectFile, selectFocusKind, selectImport, selectImporting, selectImportRunning, selectMissing, selectProgress } from './select-input';

export function InputCard({ kind }: { kind: InputKind }) {
  const { t, textLang: words } = useI18n();
  const { inputs } = useController();
  const file = useApp(selectFile[kind]);
  const missing = useApp(selectMissing[kind]);
  const result = useApp(selectImport[kind]);
  const importing = useApp(selectImporting);
  const progress = useApp(selectProgress[kind]);
  const running = useApp(selectImportRunning);
  const focusKind = useApp(selectFocusKind);
  const [showRows, setShowRows] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A kind names itself in the report languages; a UI in another language shows its English name.
  const texts = { title: kindOf(kind).label[words], gri: kindOf(kind).topic[words], hint: kindOf(kind).hint[words] };

  useEffect(() => {
    if (focusKind !== kind) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusKind, kind]);

  // A row is marked rejected when an error points at its line.
  const rejected = useMemo(
    () => new Set((result?.problems ?? []).filter((p) => p.severity === 'error' && p.line !== null && p.line > 1).map((p) => p.line as number)),
    [result],
  );
  const current = result !== null && file !== null && result.file === file.name;
  // The Cancel button goes with the bar: focus moves to the card's heading rather than the page.
  const cancel = () => void inputs.cancelImport().then(() => headingRef.current?.focus());

  return (
    <DropZone onFile={(f) => void inputs.drop(kind, f)}>
      <section className="card input-card" aria-labelledby={`input-${kind}`} data-kind={kind}>
        <header className="input-head">
          <div>
            <h2 id={`input-${kind}`} ref={headingRef} tabIndex={-1}>
              {texts.title} <span className="tag">{texts.gri}</span>
            </h2>
            <p className="muted">{texts.hint}</p>
          </div>
          <div className="input-actions">
            <button type="button" className="button" disabled={running} onClick={() => void inputs.choose(kind)}>
              {file ? t.data.replace : t.data.choose}
              <span className="visually-hidden">{texts.title}</span>
            </button>
            <span className="drop-hint">{t.data.drop}</span>
          </div>
        </header>

        {file ? (
          <p className="file-line">
            <strong className="file-name">{file.name}</strong> <span className="file-path">{file.path}</span>
          </p>
        ) : missing ? null : (
          <p className="muted">{t.data.notAttached}</p>
        )}
        {missing ? <p className="field-error">{t.data.missing(missing.message[words])}</p> : null}
        {progress !== null ? <ImportProgress progress={progress} onCancel={cancel} /> : null}
        {/* While another file's import shows its progress, this one is only busy if it has no result yet. */}
        {file && progress === null && ((importing && !running) || !current) ? <p className="busy" role="status">{t.data.importing}</p> : null}

        {file && result !== null && current ? (
          <>
            <ImportStats result={result} />
            <ProblemsTable kind={kind} file={result.file} problems={result.problems} />
            <details className="rows" open={showRows} onToggle={(e) => setShowRows(e.currentTarget.open)}>
              <summary>{t.data.show.rows}</summary>
              {showRows ? <CsvGrid file={file.name} bytes={file.bytes} rejected={rejected} /> : null}
            </details>
          </>
        ) : null}
      </section>
    </DropZone>
  );
}
