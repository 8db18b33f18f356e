/**
 * The UI languages' ids: what settings.json may hold, what the main process accepts and labels
 * its menu and dialogs in, and what the renderer has dictionaries for. The UI language is not the
 * report language (core's `Lang`, a project setting): a Polish UI can write an English chapter.
 *
 * Adding a UI language: its id here, then the compiler asks for the rest (the renderer's registry
 * renderer/src/i18n/languages.ts, the menu and dialog titles of electron/main) — see docs/languages.md.
 */
export const UI_LANGS = ['pl', 'en'] as const;

export type UiLang = (typeof UI_LANGS)[number];

/** The UI language of a first start, and of a settings.json that names no known language. */
export const DEFAULT_UI_LANG: UiLang = 'pl';

export const isUiLang = (v: unknown): v is UiLang => typeof v === 'string' && (UI_LANGS as readonly string[]).includes(v);
