/**
 * Project settings (project.json): who reports, for which year, in which language and GRI edition.
 * Validated here so the CLI and the app reject a bad project the same way.
 */
import { defaultGriCatalogue } from '../catalogue/gri-catalogue.js';
import type { Lang } from '../common/lang.js';
import { isOmissionReason, OMISSION_REASONS, type Omission, type StatementOfUse } from '../gri/omissions.js';
import type { Bilingual } from '../common/lang.js';
import type { GriEdition } from '../common/edition.js';

export interface ProjectSettings {
  organisation: string;
  year: number;
  lang: Lang;
  edition: GriEdition;
  /** Report title in the page header; defaults to "Raport zrównoważonego rozwoju YYYY". */
  reportTitle?: string;
  /** Input file names relative to the project folder. */
  files: { privacy?: string; service?: string; accessibility?: string };
  /** GRI statement of use in the content index (default "with-reference"). */
  statementOfUse?: StatementOfUse;
  /** Why a GRI requirement the chapter does not state is omitted, by requirement id (`418-1-b`). */
  omissions?: Record<string, Omission>;
  /** A company Word template (.docx/.dotx), relative to the project folder, whose styles the DOCX takes. */
  styleTemplate?: string;
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
  const statementOfUse = o.statementOfUse ?? 'with-reference';
  if (statementOfUse !== 'with-reference' && statementOfUse !== 'in-accordance') {
    errors.push({
      pl: '„statementOfUse” musi mieć wartość "with-reference" (z odniesieniem do Standardów GRI) lub "in-accordance" (zgodnie ze Standardami GRI).',
      en: '"statementOfUse" must be "with-reference" (with reference to the GRI Standards) or "in-accordance" (in accordance with them).',
    });
  }
  const omissions = readOmissions(o.omissions, errors);
  const styleTemplate = o.styleTemplate;
  if (styleTemplate !== undefined && (typeof styleTemplate !== 'string' || !isRelativeWordFile(styleTemplate))) {
    errors.push({
      pl: '„styleTemplate” musi być ścieżką pliku .docx lub .dotx względem folderu projektu, np. "szablon-firmowy.dotx".',
      en: '"styleTemplate" must be the path of a .docx or .dotx file relative to the project folder, e.g. "company-template.dotx".',
    });
  }
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
      ...(o.statementOfUse !== undefined ? { statementOfUse: statementOfUse as StatementOfUse } : {}),
      ...(omissions !== undefined ? { omissions } : {}),
      ...(typeof styleTemplate === 'string' ? { styleTemplate } : {}),
    },
  };
}

/** Every requirement id of the catalogue, both editions. */
const KNOWN_ITEMS: ReadonlySet<string> = new Set(defaultGriCatalogue.disclosures.flatMap((d) => d.items.map((i) => i.id)));

/** `omissions`: `{ "<item id>": { "reason": …, "explanation": … } }`; every bad entry is named. */
function readOmissions(value: unknown, errors: Bilingual[]): Record<string, Omission> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.push({
      pl: '„omissions” musi być obiektem: { "418-1-b": { "reason": "information-unavailable", "explanation": "…" } }.',
      en: '"omissions" must be an object: { "418-1-b": { "reason": "information-unavailable", "explanation": "…" } }.',
    });
    return undefined;
  }
  const out: Record<string, Omission> = {};
  const reasons = OMISSION_REASONS.join(', ');
  for (const [id, entry] of Object.entries(value)) {
    if (!KNOWN_ITEMS.has(id)) {
      errors.push({ pl: `„omissions”: nieznany wymóg GRI "${id}" (np. "418-1-b", "3-3-f").`, en: `"omissions": unknown GRI requirement "${id}" (e.g. "418-1-b", "3-3-f").` });
      continue;
    }
    const reason = isRecord(entry) ? entry.reason : undefined;
    const explanation = isRecord(entry) && typeof entry.explanation === 'string' ? entry.explanation.trim() : '';
    if (!isOmissionReason(reason)) {
      errors.push({ pl: `„omissions” → "${id}": „reason” musi być jednym z: ${reasons}.`, en: `"omissions" → "${id}": "reason" must be one of ${reasons}.` });
      continue;
    }
    if (explanation === '') {
      errors.push({ pl: `„omissions” → "${id}": brak wyjaśnienia („explanation”).`, en: `"omissions" → "${id}": the explanation ("explanation") is missing.` });
      continue;
    }
    out[id] = { reason, explanation };
  }
  return out;
}

/** A relative path inside the project (no drive, no leading slash, no `..`) to a Word file. */
function isRelativeWordFile(path: string): boolean {
  if (!/\.(docx|dotx)$/i.test(path)) return false;
  if (/^([a-z]:)?[\\/]/i.test(path)) return false;
  return !path.split(/[\\/]/).includes('..');
}

export const defaultReportTitle = (lang: Lang, year: number): string =>
  lang === 'pl' ? `Raport zrównoważonego rozwoju ${year}` : `Sustainability report ${year}`;
