/**
 * The chapter as HTML in a sandboxed iframe (no scripts: report content can never run code) whose
 * document has its own Content-Security-Policy (preview-document.ts). The frame's document is
 * created once with the report style sheet; each build patches the report's changed blocks in
 * place, so the scroll position stays and nothing flickers. Links in it never navigate.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { htmlStyleSheet, writeHtmlFragment, type DocumentModel, type Lang } from '../../../../core/index';
import { patchHtml } from './patch-html';
import { keepLinksInPreview, PREVIEW_SANDBOX, previewDocument } from './preview-document';

/** Figures from data get a quiet underline in the preview, so an editor sees what follows the data. */
const PREVIEW_CSS = '.report [data-figure] { text-decoration: underline dotted #6b8a99; text-underline-offset: 3px; }';

export const PreviewFrame = memo(function PreviewFrame({ doc, lang, section, title }: { doc: DocumentModel | null; lang: Lang; section: string; title: string }) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [ready, setReady] = useState(false);
  const srcDoc = useMemo(() => previewDocument(lang, `${htmlStyleSheet()}${PREVIEW_CSS}`), [lang]);
  const report = () => frameRef.current?.contentDocument?.querySelector('.report') ?? null;

  useLayoutEffect(() => {
    const target = report();
    if (ready && target && doc) patchHtml(target, writeHtmlFragment(doc));
  }, [doc, ready]);

  useEffect(() => {
    if (ready) report()?.querySelector(`[id="${section}"]`)?.scrollIntoView({ block: 'start' });
  }, [section, ready]);

  return (
    <iframe
      ref={frameRef}
      className="preview-frame"
      title={title}
      sandbox={PREVIEW_SANDBOX}
      srcDoc={srcDoc}
      onLoad={() => {
        const loaded = frameRef.current?.contentDocument;
        if (loaded) keepLinksInPreview(loaded);
        setReady(false); // a new document (language change): fill it again
        requestAnimationFrame(() => setReady(true));
      }}
    />
  );
});
