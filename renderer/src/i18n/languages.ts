/**
 * The UI languages: one line each. A UI language is a dictionary (renderer/src/i18n/<id>.ts, the
 * shape of pl.ts) and, optionally, a message catalogue in core (core/common/messages/<id>.ts) for
 * the problems the UI shows; without one, problems are shown in English. Its id goes into
 * electron/common/ui-langs.ts first (the main process checks settings.json against it); the
 * `satisfies` below then asks for the line here. See docs/languages.md.
 */
import { isLang, type Lang } from '../../../core/index';
import type { UiLang } from '../../../electron/common/ui-langs';
import { en } from './en';
import { pl, type Dictionary } from './pl';

export type { UiLang } from '../../../electron/common/ui-langs';
export { DEFAULT_UI_LANG, isUiLang, UI_LANGS } from '../../../electron/common/ui-langs';

export interface UiLanguage {
  dictionary: Dictionary;
  /** BCP 47 locale of its numbers and dates. */
  locale: string;
  /** Its name in itself, for the language picker (a user who cannot read the current UI still finds theirs). */
  name: string;
}

export const UI_LANGUAGES = {
  pl: { dictionary: pl, locale: pl.locale, name: 'polski' },
  en: { dictionary: en, locale: en.locale, name: 'English' },
} as const satisfies Record<UiLang, UiLanguage>;

/**
 * The report language whose texts the UI shows as its own chrome (kind names, GRI labels, section
 * titles outside the chapter: core's `Bilingual` texts exist in report languages only): the UI
 * language when it is a report language, else English.
 */
export const textLangOf = (ui: UiLang): Lang => (isLang(ui) ? ui : 'en');
