/** The UI language: its dictionary and number formatting (Intl, so Polish gets "1 234,5"). */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang } from '../../../core/common/lang';
import { en } from './en';
import { pl, type Dictionary } from './pl';

export const DICTIONARIES: Record<Lang, Dictionary> = { pl, en };

export interface I18n {
  lang: Lang;
  t: Dictionary;
  /** A count or measure in the UI language ("12 345" in Polish). */
  num: (n: number) => string;
}

export function makeI18n(lang: Lang): I18n {
  const t = DICTIONARIES[lang];
  const format = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
  return { lang, t, num: (n) => format.format(n) };
}

const I18nContext = createContext<I18n>(makeI18n('pl'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
