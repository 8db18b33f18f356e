/** Write & preview: sections on the left, the narrative editor with figures, the live chapter beside it. */
import { useCallback, useMemo } from 'react';
import { sectionTitles, type Problem } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import type { AppState } from '../../state/app-state';
import { useApp, useController } from '../../state/controller-context';
import { FiguresPanel } from './FiguresPanel';
import { NarrativeEditor } from './NarrativeEditor';
import { NarrativeProblems, SETTLE_MS } from './NarrativeProblems';
import { PreviewFrame } from './PreviewFrame';
import { RecoveryDialog } from './RecoveryDialog';
import { SectionList } from './SectionList';
import { useLastGoodDoc } from './use-last-good-doc';
import { useSettledFlag } from './use-settled';

const selectSection = (s: AppState) => s.section;
const selectFolder = (s: AppState) => s.project?.folder ?? '';
const selectReportLang = (s: AppState) => s.project?.settings.lang ?? 'pl';
const EMPTY: Problem[] = [];
const selectChapterProblems = (s: AppState) => s.build?.chapter.problems ?? EMPTY;
const selectRecovery = (s: AppState) => s.recovery;

export function WriteView() {
  const { t, textLang } = useI18n();
  const { narratives, editor, store } = useController();
  const section = useApp(selectSection);
  const folder = useApp(selectFolder);
  const reportLang = useApp(selectReportLang);
  const problems = useApp(selectChapterProblems);
  const recovery = useApp(selectRecovery);
  const { doc, stale: staleNow } = useLastGoodDoc();
  const stale = useSettledFlag(staleNow, SETTLE_MS);
  const titles = useMemo(() => sectionTitles(reportLang), [reportLang]);
  // The editor's label is UI chrome: section titles in the UI language (English when it is no report language).
  const uiTitles = useMemo(() => sectionTitles(textLang), [textLang]);

  const onChange = useCallback((text: string) => narratives.edit(section, text), [narratives, section]);
  // Read when a section opens, not subscribed to: the editor owns the text while typing, and the
  // view must not re-render on every keystroke.
  const readText = useCallback(() => store.get().project?.narratives[reportLang][section] ?? '', [store, reportLang, section]);
  const onInsert = useCallback((snippet: string) => editor.get()?.insert(snippet), [editor]);

  return (
    <div className="write">
      <header className="view-header compact">
        <h1 tabIndex={-1}>{t.write.title}</h1>
        <p className="muted">{t.write.reportLang(t.langs[reportLang])}</p>
      </header>
      <div className="write-grid">
        <SectionList current={section} titles={titles} problems={problems} lang={reportLang} />
        <div className="editor-pane">
          <div className="editor-head">
            <h2 id="editor-title">{titles[section]}</h2>
          </div>
          <p className="hint">{t.write.editorHint}</p>
          <NarrativeEditor
            // A new editor once the recovery offer is answered: it opens on the restored text.
            key={recovery === null ? 'editor' : 'editor-before-recovery'}
            docKey={`${folder}\n${reportLang}\n${section}`}
            readText={readText}
            label={t.write.editor(uiTitles[section])}
            emptyText={t.write.empty}
            slot={editor}
            onChange={onChange}
          />
          <NarrativeProblems problems={problems} section={section} lang={reportLang} />
          <FiguresPanel onInsert={onInsert} />
        </div>
        <section className="preview-pane" aria-labelledby="preview-title">
          <h2 id="preview-title" className="pane-title">
            {t.write.preview}
          </h2>
          {stale ? <p className="banner banner-warning">{t.write.previewStale}</p> : null}
          {doc === null ? <p className="muted">{t.write.previewEmpty}</p> : null}
          <PreviewFrame doc={doc} lang={reportLang} section={section} title={t.write.previewFrame} />
        </section>
      </div>
      <RecoveryDialog offer={recovery} />
    </div>
  );
}
