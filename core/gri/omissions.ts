/**
 * Reasons for omission: GRI's closed list (GRI 1: Foundation 2021, Requirement 6), with the
 * wording the content index prints in each language.
 */
import type { Lang } from '../common/lang.js';

export const OMISSION_REASONS = ['not-applicable', 'legal-prohibitions', 'confidentiality', 'information-unavailable'] as const;

export type OmissionReason = (typeof OMISSION_REASONS)[number];

/** What the user enters in project.json for a requirement the chapter does not state. */
export interface Omission {
  reason: OmissionReason;
  explanation: string;
}

/** "In accordance with" needs every requirement met or an omission; "with reference to" is the default. */
export type StatementOfUse = 'in-accordance' | 'with-reference';

const REASON_LABELS: Readonly<Record<Lang, Record<OmissionReason, string>>> = {
  pl: {
    'not-applicable': 'Nie dotyczy',
    'legal-prohibitions': 'Zakazy prawne',
    confidentiality: 'Ograniczenia wynikające z poufności',
    'information-unavailable': 'Informacja niedostępna lub niekompletna',
  },
  en: {
    'not-applicable': 'Not applicable',
    'legal-prohibitions': 'Legal prohibitions',
    confidentiality: 'Confidentiality constraints',
    'information-unavailable': 'Information unavailable/incomplete',
  },
};

const NO_REASON: Readonly<Record<Lang, string>> = {
  pl: 'Nie podano powodu pominięcia',
  en: 'No reason for omission given',
};

export function reasonLabel(reason: OmissionReason | null, lang: Lang): string {
  return reason === null ? NO_REASON[lang] : REASON_LABELS[lang][reason];
}

export const isOmissionReason = (value: unknown): value is OmissionReason =>
  typeof value === 'string' && (OMISSION_REASONS as readonly string[]).includes(value);
