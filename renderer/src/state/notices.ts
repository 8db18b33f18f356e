/** Notices for the aria-live region: confirmations fade after a while, errors stay until closed. */
import type { ApiError } from '../../../electron/common/api';
import { textLangOf } from '../i18n/languages';
import type { AppState, Notice } from './app-state';
import type { Store } from './store';

const FADE_MS = 8000;

export interface Notifier {
  info(text: Notice['text']): void;
  success(text: Notice['text']): void;
  error(text: Notice['text']): void;
  apiError(error: ApiError): void;
  dismiss(id: number): void;
}

export function createNotifier(store: Store<AppState>): Notifier {
  let nextId = 1;
  const dismiss = (id: number) => store.set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  const push = (tone: Notice['tone'], text: Notice['text']) => {
    const id = nextId++;
    // Keep the list short: a burst of reloads must not bury the screen.
    store.set((s) => ({ notices: [...s.notices.slice(-3), { id, tone, text }] }));
    if (tone !== 'error') setTimeout(() => dismiss(id), FADE_MS);
  };
  return {
    info: (text) => push('info', text),
    success: (text) => push('success', text),
    error: (text) => push('error', text),
    // Errors of the main process come in the report languages: a UI in another gets English.
    apiError: (error) => push('error', (_t, lang) => error.message[textLangOf(lang)]),
    dismiss,
  };
}
