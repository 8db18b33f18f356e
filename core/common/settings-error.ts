/**
 * What is wrong with a project's settings (project.json), as a code with parameters: like a
 * problem, no words; the message catalogues (core/common/messages/) word it in each language.
 */

/** No parameters. */
type None = Record<string, never>;

export interface SettingsErrorParamsByCode {
  'settings.notObject': None;
  'settings.organisation': None;
  'settings.year': None;
  /** `allowed`: the report languages. */
  'settings.lang': { allowed: readonly string[] };
  /** `allowed`: the GRI editions. */
  'settings.edition': { allowed: readonly string[] };
  'settings.statementOfUse': None;
  'settings.styleTemplate': None;
  /** `omissions` is not an object. */
  'settings.omissions': None;
  /** `id`: a requirement id the GRI catalogue does not know. */
  'settings.omissionUnknown': { id: string };
  /** `reasons`: the omission reasons GRI allows. */
  'settings.omissionReason': { id: string; reasons: readonly string[] };
  'settings.omissionExplanation': { id: string };
}

export type SettingsErrorCode = keyof SettingsErrorParamsByCode;

export type SettingsError = { [C in SettingsErrorCode]: { code: C; params: SettingsErrorParamsByCode[C] } }[SettingsErrorCode];

export const settingsError = <C extends SettingsErrorCode>(code: C, params: SettingsErrorParamsByCode[C]): SettingsError =>
  ({ code, params }) as SettingsError;
