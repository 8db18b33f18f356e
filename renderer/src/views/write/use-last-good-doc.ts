/**
 * The chapter to preview: the current document, or the last good one while a narrative or template
 * has an error (core leaves a broken narrative out, and its section would blink away while the
 * user is half-way through typing `{{num …}}`).
 */
import { useRef } from 'react';
import type { DocumentModel } from '../../../../core/index';
import type { AppState } from '../../state/app-state';
import { useApp } from '../../state/controller-context';

const selectDoc = (s: AppState) => s.build?.chapter.doc ?? null;
const selectBroken = (s: AppState) => s.build?.chapter.problems.some((p) => p.severity === 'error') ?? false;

export function useLastGoodDoc(): { doc: DocumentModel | null; stale: boolean } {
  const current = useApp(selectDoc);
  const broken = useApp(selectBroken);
  const last = useRef<DocumentModel | null>(null);
  if (current !== null && !broken) last.current = current;
  // Before any good build (a project opened with a broken narrative), show what there is.
  const doc = last.current ?? current;
  return { doc, stale: broken && doc !== current };
}
