/**
 * Checks every IPC payload before a handler sees it. The renderer is treated as untrusted: each
 * argument must have exactly the shape the contract declares, paths must be absolute, names must
 * be plain file names, and sizes are capped. A validator returns the arguments rebuilt from what it
 * checked (extra properties are dropped), or the reason it refused them.
 */
import { isAbsolute } from 'node:path';
import type { AppSettings, ExportFile, InvokeMethod, RecoveredNarrative, ReportApi } from '../common/api.js';
import { isUiLang, UI_LANGS, type UiLang } from '../common/ui-langs.js';
import { isExportFileName, MAX_FILE_NAME_LENGTH, WINDOWS_RESERVED } from '../common/file-names.js';
import { INPUT_KIND_IDS, isInputKind, isLang, NARRATIVE_SECTIONS, parseMappings, readSettings, REPORT_LANGS, settingsErrorsText, type InputKind, type Lang, type ProjectSettings, type ValueMappings } from '../../core/index.js';
import { MAX_INPUT_BYTES } from './handlers/input-file.js';

export const LIMITS = {
  pathLength: 4096,
  nameLength: MAX_FILE_NAME_LENGTH,
  narrativeChars: 2 * 1024 * 1024,
  /** One entry per narrative of each language at most, and not more text in all than four full narratives. */
  recoveryEntries: 2 * NARRATIVE_SECTIONS.length,
  recoveryChars: 4 * 2 * 1024 * 1024,
  inputBytes: MAX_INPUT_BYTES,
  exportBytes: 100 * 1024 * 1024,
  exportFiles: 10,
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

class PayloadError extends Error {}

const refuse = (reason: string): never => {
  throw new PayloadError(reason);
};

const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : v === null ? 'null' : typeof v);

// Control characters (NUL included) have no place in a path or a file name.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function absolutePath(v: unknown, what: string): string {
  if (typeof v !== 'string' || v === '') return refuse(`${what} must be a non-empty string, got ${shown(v)}`);
  if (v.length > LIMITS.pathLength) return refuse(`${what} is longer than ${LIMITS.pathLength} characters`);
  if (CONTROL.test(v)) return refuse(`${what} contains control characters`);
  if (!isAbsolute(v)) return refuse(`${what} must be an absolute path, got ${shown(v)}`);
  return v;
}

/** An exported chapter file: a plain name with one of the extensions the app writes (common/file-names.ts). */
export function exportName(v: unknown): string {
  if (typeof v !== 'string' || !isExportFileName(v)) return refuse(`export file name ${shown(v)} is not a plain .docx, .html or .txt name`);
  return v;
}

/** A dropped input's own name: any characters a file name may hold on Windows, no folders. */
export function inputName(v: unknown): string {
  if (typeof v !== 'string' || v === '' || v.length > LIMITS.nameLength) return refuse(`input file name ${shown(v)} must be 1–${LIMITS.nameLength} characters`);
  if (CONTROL.test(v) || /[/\\:*?"<>|]/.test(v)) return refuse(`input file name ${shown(v)} must not contain folders or reserved characters`);
  if (v.startsWith('.') || /[. ]$/.test(v) || WINDOWS_RESERVED.test(v)) return refuse(`input file name ${shown(v)} is not allowed`);
  return v;
}

export function inputKind(v: unknown): InputKind {
  return isInputKind(v) ? v : refuse(`input kind ${shown(v)} is not one of ${INPUT_KIND_IDS.join(', ')}`);
}

/** A report language (a narrative's, a project's). */
export function lang(v: unknown): Lang {
  return isLang(v) ? v : refuse(`language ${shown(v)} is not ${REPORT_LANGS.join(' or ')}`);
}

/** A UI language (settings.json). */
export function uiLang(v: unknown): UiLang {
  return isUiLang(v) ? v : refuse(`UI language ${shown(v)} is not ${UI_LANGS.join(' or ')}`);
}

export function narrativeSection(v: unknown): string {
  return typeof v === 'string' && (NARRATIVE_SECTIONS as readonly string[]).includes(v) ? v : refuse(`${shown(v)} is not a narrative section`);
}

export function bytes(v: unknown, max: number, what: string): Uint8Array {
  if (!(v instanceof Uint8Array)) return refuse(`${what} must be a Uint8Array, got ${shown(v)}`);
  if (v.byteLength > max) return refuse(`${what} is larger than ${max} bytes`);
  return v;
}

function text(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string') return refuse(`${what} must be a string, got ${shown(v)}`);
  if (v.length > max) return refuse(`${what} is longer than ${max} characters`);
  return v;
}

function boolean(v: unknown, what: string): boolean {
  return typeof v === 'boolean' ? v : refuse(`${what} must be true or false, got ${shown(v)}`);
}

/** Project settings as `readSettings` accepts them; input paths must be clean strings too. */
export function projectSettings(v: unknown): ProjectSettings {
  const read = readSettings(v);
  if (!read.ok) return refuse(`invalid project settings: ${settingsErrorsText(read.errors, 'en')}`);
  for (const path of Object.values(read.settings.files)) {
    if (path !== undefined && (path.length > LIMITS.pathLength || CONTROL.test(path))) refuse('an input path in the settings is not a clean path');
  }
  if ((read.settings.reportTitle?.length ?? 0) > 1000 || read.settings.organisation.length > 1000) refuse('a settings text is too long');
  return read.settings;
}

/** `parseMappings` copies keys by assignment, and `o['__proto__'] = …` replaces o's prototype. */

function assertNoPrototypeKeys(v: unknown, depth: number): void {
  if (depth === 0 || typeof v !== 'object' || v === null) return;
  for (const [key, value] of Object.entries(v)) {
    if (key === '__proto__') refuse(`the key ${shown(key)} is not allowed`);
    assertNoPrototypeKeys(value, depth - 1);
  }
}

export function mappings(v: unknown): ValueMappings {
  assertNoPrototypeKeys(v, 3);
  try {
    return parseMappings(v);
  } catch (e) {
    return refuse(`invalid value mappings: ${(e as Error).message}`);
  }
}

function appSettings(v: unknown): AppSettings {
  const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : refuse(`app settings must be an object, got ${shown(v)}`);
  return { uiLanguage: uiLang(o.uiLanguage) };
}

function exportFiles(v: unknown): ExportFile[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > LIMITS.exportFiles) return refuse(`export files must be a list of 1–${LIMITS.exportFiles} files`);
  const files = v.map((f: unknown): ExportFile => {
    const o = typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : refuse(`an export file must be an object, got ${shown(f)}`);
    return { name: exportName(o.name), bytes: bytes(o.bytes, LIMITS.exportBytes, 'export file bytes') };
  });
  if (new Set(files.map((f) => f.name.toLowerCase())).size !== files.length) refuse('export file names must be distinct');
  return files;
}

/** ISO 8601 in UTC, as `Date.prototype.toISOString` writes it. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function recoveryEntries(v: unknown): RecoveredNarrative[] {
  if (!Array.isArray(v) || v.length > LIMITS.recoveryEntries) return refuse(`recovery entries must be a list of at most ${LIMITS.recoveryEntries}`);
  const entries = v.map((e: unknown): RecoveredNarrative => {
    const o = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : refuse(`a recovery entry must be an object, got ${shown(e)}`);
    const at = typeof o.at === 'string' && ISO_TIME.test(o.at) ? o.at : refuse(`recovery time ${shown(o.at)} is not an ISO 8601 UTC time`);
    return { lang: lang(o.lang), section: narrativeSection(o.section), text: text(o.text, LIMITS.narrativeChars, 'recovered narrative'), at };
  });
  if (new Set(entries.map((e) => `${e.lang}/${e.section}`)).size !== entries.length) refuse('recovery entries must name each narrative once');
  if (entries.reduce((sum, e) => sum + e.text.length, 0) > LIMITS.recoveryChars) refuse(`recovered narratives are longer than ${LIMITS.recoveryChars} characters in all`);
  return entries;
}

type Args<M extends InvokeMethod> = Parameters<ReportApi[M]>;
type Validator<M extends InvokeMethod> = (args: readonly unknown[]) => Args<M>;

/** Exactly `count` arguments: nothing extra rides along. */
const arity = (args: readonly unknown[], count: number): readonly unknown[] =>
  args.length === count ? args : refuse(`expected ${count} argument${count === 1 ? '' : 's'}, got ${args.length}`);

const none = (args: readonly unknown[]): [] => {
  arity(args, 0);
  return [];
};

export const VALIDATORS: { [M in InvokeMethod]: Validator<M> } = {
  getAppSettings: none,
  saveAppSettings: (args) => [appSettings(arity(args, 1)[0])],
  recentProjects: none,
  chooseProjectFolder: none,
  chooseCsvFile: none,
  chooseExportFolder: none,
  createProject: (args) => {
    const [folder, settings] = arity(args, 2);
    return [absolutePath(folder, 'project folder'), projectSettings(settings)];
  },
  openProject: (args) => [absolutePath(arity(args, 1)[0], 'project folder')],
  openSample: none,
  saveSettings: (args) => {
    const [folder, settings] = arity(args, 2);
    return [absolutePath(folder, 'project folder'), projectSettings(settings)];
  },
  saveNarrative: (args) => {
    const [folder, language, section, source] = arity(args, 4);
    return [absolutePath(folder, 'project folder'), lang(language), narrativeSection(section), text(source, LIMITS.narrativeChars, 'narrative')];
  },
  saveMappings: (args) => {
    const [folder, values] = arity(args, 2);
    return [absolutePath(folder, 'project folder'), mappings(values)];
  },
  saveRecovery: (args) => {
    const [folder, entries] = arity(args, 2);
    return [absolutePath(folder, 'project folder'), recoveryEntries(entries)];
  },
  attachInput: (args) => {
    const [folder, kind, path] = arity(args, 3);
    return [absolutePath(folder, 'project folder'), inputKind(kind), absolutePath(path, 'input file')];
  },
  attachInputBytes: (args) => {
    const [folder, kind, name, data] = arity(args, 4);
    return [absolutePath(folder, 'project folder'), inputKind(kind), inputName(name), bytes(data, LIMITS.inputBytes, 'input bytes')];
  },
  readInput: (args) => {
    const [folder, kind] = arity(args, 2);
    return [absolutePath(folder, 'project folder'), inputKind(kind)];
  },
  exportFiles: (args) => {
    const [folder, files, overwrite] = arity(args, 3);
    return [absolutePath(folder, 'export folder'), exportFiles(files), boolean(overwrite, 'overwrite')];
  },
  openPath: (args) => [absolutePath(arity(args, 1)[0], 'path')],
  showInFolder: (args) => [absolutePath(arity(args, 1)[0], 'path')],
};

/** The method's arguments, checked and rebuilt, or why they were refused. */
export function validateArgs<M extends InvokeMethod>(method: M, args: readonly unknown[]): Checked<Args<M>> {
  try {
    return { ok: true, value: VALIDATORS[method](args) };
  } catch (e) {
    if (e instanceof PayloadError) return { ok: false, reason: e.message };
    return { ok: false, reason: `payload could not be checked: ${(e as Error).message}` };
  }
}
