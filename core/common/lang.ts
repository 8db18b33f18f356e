/**
 * The report's languages. A report is written wholly in one of them; every text that can appear in
 * the report (figure labels, section titles, kind names) is given in each.
 */
export type Lang = 'pl' | 'en';

/** The report languages, in the order the app offers them. */
export const REPORT_LANGS: readonly Lang[] = ['pl', 'en'];

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (REPORT_LANGS as readonly string[]).includes(v);

/** One text in every report language. */
export type Bilingual = Record<Lang, string>;
