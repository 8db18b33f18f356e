/**
 * Project settings (project.json): who reports, for which year, in which language and GRI edition.
 * Validated here so the CLI and the app reject a bad project the same way.
 */
import { defaultGriCatalogue } from '../catalogue/gri-catalogue.js';
import { isLang, REPORT_LANGS, type Lang } from '../common/lang.js';
import { isOmissionReason, OMISSION_REASONS, type Omission, type StatementOfUse } from '../gri/omissions.js';
import type { GriEdition } from '../common/edition.js';
import { settingsError, type SettingsError } from '../common/settings-error.js';
import { INPUT_KIND_IDS, type InputKind } from '../kinds/registry.js';

export interface ProjectSettings {
  organisation: string;
  year: number;
  lang: Lang;
  edition: GriEdition;
  /** Report title in the page header; defaults to "Raport zrównoważonego rozwoju YYYY". */
  reportTitle?: string;
  /** Input file names relative to the project folder, by input kind id. */
  files: Partial<Record<InputKind, string>>;
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

const GRI_EDITIONS: readonly GriEdition[] = ['2016', '2021'];

/** A bad project.json names every bad field, as codes with parameters (words: core/common/messages). */
export type SettingsResult = { ok: true; settings: ProjectSettings } | { ok: false; errors: SettingsError[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads project settings from parsed JSON, filling defaults and naming every bad field. */
export function readSettings(json: unknown): SettingsResult {
  const errors: SettingsError[] = [];
  const o = isRecord(json) ? json : {};
  if (!isRecord(json)) errors.push(settingsError('settings.notObject', {}));
  const organisation = typeof o.organisation === 'string' ? o.organisation.trim() : '';
  if (organisation === '') errors.push(settingsError('settings.organisation', {}));
  const year = typeof o.year === 'number' ? o.year : Number.NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push(settingsError('settings.year', {}));
  const lang = o.lang ?? 'pl';
  if (!isLang(lang)) errors.push(settingsError('settings.lang', { allowed: REPORT_LANGS }));
  const edition = o.edition ?? (Number.isInteger(year) ? defaultEdition(year) : '2021');
  if (!(GRI_EDITIONS as readonly unknown[]).includes(edition)) errors.push(settingsError('settings.edition', { allowed: GRI_EDITIONS }));
  const files = isRecord(o.files) ? o.files : {};
  const statementOfUse = o.statementOfUse ?? 'with-reference';
  if (statementOfUse !== 'with-reference' && statementOfUse !== 'in-accordance') errors.push(settingsError('settings.statementOfUse', {}));
  const omissions = readOmissions(o.omissions, errors);
  const styleTemplate = o.styleTemplate;
  if (styleTemplate !== undefined && (typeof styleTemplate !== 'string' || !isRelativeWordFile(styleTemplate))) {
    errors.push(settingsError('settings.styleTemplate', {}));
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
      files: Object.fromEntries(INPUT_KIND_IDS.flatMap((k) => (typeof files[k] === 'string' ? [[k, files[k]]] : []))),
      ...(o.statementOfUse !== undefined ? { statementOfUse: statementOfUse as StatementOfUse } : {}),
      ...(omissions !== undefined ? { omissions } : {}),
      ...(typeof styleTemplate === 'string' ? { styleTemplate } : {}),
    },
  };
}

/** Every requirement id of the catalogue, both editions. */
const KNOWN_ITEMS: ReadonlySet<string> = new Set(defaultGriCatalogue.disclosures.flatMap((d) => d.items.map((i) => i.id)));

/** `omissions`: `{ "<item id>": { "reason": …, "explanation": … } }`; every bad entry is named. */
function readOmissions(value: unknown, errors: SettingsError[]): Record<string, Omission> | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    errors.push(settingsError('settings.omissions', {}));
    return undefined;
  }
  const out: Record<string, Omission> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!KNOWN_ITEMS.has(id)) {
      errors.push(settingsError('settings.omissionUnknown', { id }));
      continue;
    }
    const reason = isRecord(entry) ? entry.reason : undefined;
    const explanation = isRecord(entry) && typeof entry.explanation === 'string' ? entry.explanation.trim() : '';
    if (!isOmissionReason(reason)) {
      errors.push(settingsError('settings.omissionReason', { id, reasons: OMISSION_REASONS }));
      continue;
    }
    if (explanation === '') {
      errors.push(settingsError('settings.omissionExplanation', { id }));
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
