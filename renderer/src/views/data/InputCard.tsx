/** One input file: choose or drop it, then its import summary, problems and a row preview. */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InputKind } from '../../../../core/inputs/import-table';
import { CsvGrid } from '../../components/CsvGrid';
import { DropZone } from '../../components/DropZone';
import { useI18n } from '../../i18n/i18n-context';
import { useApp, useController } from '../../state/controller-context';
import { ImportStats } from './ImportStats';
import { ProblemsTable } from './ProblemsTable';
import { selectFile, selectFocusKind, selectImport, selectImporting, selectMissing } from './select-input';

export function InputCard({ kind }: { kind: InputKind }) {
  const { t, lang } = useI18n();
  const { inputs } = useController();
  const file = useApp(selectFile[kind]);
  const missing = useApp(selectMissing[kind]);
  const result = useApp(selectImport[kind]);
  const importing = useApp(selectImporting);
  const focusKind = useApp(selectFocusKind);
  const [showRows, setShowRows] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const texts = t.data.kinds[kind];

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
            <button type="button" className="button" onClick={() => void inputs.choose(kind)}>
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
        {missing ? <p className="field-error">{t.data.missing(missing.message[lang])}</p> : null}
        {file && (importing || !current) ? <p className="busy" role="status">{t.data.importing}</p> : null}

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
