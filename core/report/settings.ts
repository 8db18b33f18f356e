/**
 * Project settings (project.json): who reports, for which year, in which language and GRI edition.
 * Validated here so the CLI and the app reject a bad project the same way.
 */
import type { Lang } from '../doc/model.js';
import type { Bilingual } from '../problems/problem.js';
import type { GriEdition } from './context.js';

export interface ProjectSettings {
  organisation: string;
  year: number;
  lang: Lang;
  edition: GriEdition;
  /** Report title in the page header; defaults to "Raport zrównoważonego rozwoju YYYY". */
  reportTitle?: string;
  /** Input file names relative to the project folder. */
  files: { privacy?: string; service?: string; accessibility?: string };
}

/**
 * GRI 3-3 (2021) replaced 103 for reports published from 1 January 2023; a report on year Y
 * is published in Y + 1, so 2016 applies up to reporting year 2021.
 */
export const defaultEdition = (year: number): GriEdition => (year + 1 >= 2023 ? '2021' : '2016');

export type SettingsResult = { ok: true; settings: ProjectSettings } | { ok: false; errors: Bilingual[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads project settings from parsed JSON, filling defaults and naming every bad field. */
export function readSettings(json: unknown): SettingsResult {
  const errors: Bilingual[] = [];
  const o = isRecord(json) ? json : {};
  if (!isRecord(json)) errors.push({ pl: 'project.json musi być obiektem JSON.', en: 'project.json must be a JSON object.' });
  const organisation = typeof o.organisation === 'string' ? o.organisation.trim() : '';
  if (organisation === '') errors.push({ pl: 'Brak nazwy organizacji („organisation”).', en: 'The organisation name ("organisation") is missing.' });
  const year = typeof o.year === 'number' ? o.year : Number.NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.push({ pl: '„year” musi być rokiem sprawozdawczym, np. 2020.', en: '"year" must be the reporting year, e.g. 2020.' });
  }
  const lang = o.lang ?? 'pl';
  if (lang !== 'pl' && lang !== 'en') errors.push({ pl: '„lang” musi mieć wartość "pl" lub "en".', en: '"lang" must be "pl" or "en".' });
  const edition = o.edition ?? (Number.isInteger(year) ? defaultEdition(year) : '2021');
  if (edition !== '2016' && edition !== '2021') {
    errors.push({ pl: '„edition” musi mieć wartość "2016" lub "2021".', en: '"edition" must be "2016" or "2021".' });
  }
  const files = isRecord(o.files) ? o.files : {};
  const file = (k: string): string | undefined => (typeof files[k] === 'string' ? (files[k] as string) : undefined);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      organisation,
      year,
      lang: lang as Lang,
      edition: edition as GriEdition,
      ...(typeof o.reportTitle === 'string' ? { reportTitle: o.reportTitle } : {}),
      files: { privacy: file('privacy'), service: file('service'), accessibility: file('accessibility') },
    },
  };
}

export const defaultReportTitle = (lang: Lang, year: number): string =>
  lang === 'pl' ? `Raport zrównoważonego rozwoju ${year}` : `Sustainability report ${year}`;
