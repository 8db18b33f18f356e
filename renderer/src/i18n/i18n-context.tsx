/** The UI language: its dictionary and number formatting (Intl, so Polish gets "1 234,5"). */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../../core/index';
import { DEFAULT_UI_LANG, textLangOf, UI_LANGUAGES, type UiLang } from './languages';
import type { Dictionary } from './pl';

export interface I18n {
  /** The UI language (not the report language: that is the project's `settings.lang`). */
  lang: UiLang;
  t: Dictionary;
  /** A count or measure in the UI language ("12 345" in Polish). */
  num: (n: number) => string;
  /** The language of core's bilingual texts (kind names, GRI labels) in UI chrome: the UI language, or English when it is no report language. */
  textLang: Lang;
}

export function makeI18n(lang: UiLang): I18n {
  const { dictionary: t, locale } = UI_LANGUAGES[lang];
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return { lang, t, num: (n) => format.format(n), textLang: textLangOf(lang) };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_UI_LANG));

export function I18nProvider({ lang, children }: { lang: UiLang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
